// E-mail regions: the writer's own words are prose; quoted history, forwarded headers, the signature block
// and pasted logs or stack traces are not (the writer did not write them, or they are machine output).
import type { Span } from '../types.js';
import { isBlank, splitLines, type Line } from './lines.js';

const QUOTED = /^\s*>/;
const ATTRIBUTION = /^\s*(?:On\b.{0,200}\bwrote:?\s*$|-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}|_{10,}\s*$|Begin forwarded message:)/i;
const HEADER = /^\s*\*{0,2}(From|Sent|Date|To|Cc|Subject)\*{0,2}\s*:/i;
const SIGNATURE_DELIMITER = /^--\s?$/;
const SIGN_OFF = /^\s*(?:(?:many |kind |best |warm |warmest )?(?:thanks|thank you|regards|wishes)(?: so much| again| for your patience)?|best|cheers|sincerely|yours(?: truly| sincerely)?|respectfully|all the best|take care|talk soon)[,.!]?\s*$/i;
const LOG_LINE = new RegExp(
  [
    // Stack frames "at f (file:1:2)" / "at file:1:2"; [^(]* finds the first "(" without nested backtracking,
    // so a megabyte-long line stays linear.
    String.raw`^\s+at\s+\S[^(]*\(.*:\d+(?::\d+)?\)\s*$`,
    String.raw`^\s+at\s+\S.*:\d+:\d+\s*$`,
    String.raw`^\s*(?:Traceback \(most recent call last\)|Exception in thread|Caused by:|---\s*End of (?:inner )?exception stack trace)`,
    String.raw`^\s*File ".*", line \d+`,
    String.raw`^\s*\[?\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?`,
    String.raw`^\s*\[?\d\d:\d\d:\d\d(?:[.,]\d+)?\]?\s`,
    String.raw`^\s*\[?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL)\]?[:\s]`,
    String.raw`^\s*(?:[A-Za-z]+\.)+[A-Z]\w*(?:Exception|Error)\b`,
    String.raw`^\s*(?:PS [A-Z]:\\.*>|C:\\.*>|\$ |# )\S`,
  ].join('|'),
);

export interface EmailRegions {
  /** Spans that are not the writer's prose. */
  skip: Span[];
  /** Where the quoted history or signature starts (text after it is not the reply), or text.length. */
  replyEnd: number;
}

export function emailRegions(text: string): EmailRegions {
  const lines = splitLines(text);
  const skip: Span[] = [];
  let replyEnd = text.length;
  // A saved message (.eml) opens with its own headers: skip them up to the first blank line, then read on.
  let first = 0;
  if (startsHeaderBlock(lines, 0)) {
    while (first < lines.length && !isBlank((lines[first] as Line).text)) first++;
    skip.push({ start: 0, end: (lines[Math.max(0, first - 1)] as Line).end });
  }
  for (let i = first; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (SIGNATURE_DELIMITER.test(line.text) || ATTRIBUTION.test(line.text) || startsHeaderBlock(lines, i)) {
      replyEnd = line.start;
      break;
    }
  }
  if (replyEnd < text.length) skip.push({ start: replyEnd, end: text.length });
  const reply = lines.filter((l) => l.start < replyEnd);
  for (let i = 0; i < reply.length; i++) {
    const line = reply[i] as Line;
    if (QUOTED.test(line.text) || LOG_LINE.test(line.text)) skip.push({ start: line.start, end: line.end });
  }
  // The lines under a sign-off ("Thanks,\nSam\nIT Service Desk\n555-0100") are the signature.
  for (let i = reply.length - 1; i >= 0 && i >= reply.length - 8; i--) {
    const line = reply[i] as Line;
    if (SIGN_OFF.test(line.text)) {
      const rest = reply.slice(i + 1).filter((l) => !isBlank(l.text));
      if (rest.length > 0 && rest.length <= 6 && rest.every((l) => l.text.trim().length <= 60)) {
        const first = rest[0] as Line;
        skip.push({ start: first.start, end: (rest[rest.length - 1] as Line).end });
      }
      break;
    }
  }
  return { skip, replyEnd };
}

function startsHeaderBlock(lines: Line[], i: number): boolean {
  const first = HEADER.exec((lines[i] as Line).text);
  if (!first || first[1]?.toLowerCase() !== 'from') return false;
  let headers = 1;
  for (let j = i + 1; j < lines.length && j <= i + 6; j++) if (HEADER.test((lines[j] as Line).text)) headers++;
  return headers >= 2;
}
