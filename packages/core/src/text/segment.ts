// Paragraphs and sentences over the masked text. Sentence spans never include blanked (non-prose) edges.
import type { DocumentKind, Span } from '../types.js';
import { isBlank, splitLines } from './lines.js';

const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|approx|incl|min|max|no|fig|dept|ext|mr|mrs|ms|dr|st|inc|ltd|co|jr|sr|a\.m|p\.m|u\.s|cf|al|ver|v)\.$/i;
const LIST_MARKER = /^\s*(?:[-*•‣◦+]|\d{1,3}[.)]|[a-z][.)])\s+/;
const TERMINAL = /[.!?:;,)]["'’”)\]]*\s*$/;
const SENTENCE_END = /[.!?]+["'’”)\]]*(?=\s|$)/g;

/** Paragraphs of e-mail and plain text: runs of non-blank lines in the masked text. */
export function blankLineParagraphs(masked: string): Span[] {
  const out: Span[] = [];
  let start = -1;
  let end = -1;
  for (const line of splitLines(masked)) {
    if (isBlank(line.text)) {
      if (start >= 0) out.push({ start, end });
      start = -1;
      continue;
    }
    if (start < 0) start = line.start;
    end = line.end;
  }
  if (start >= 0) out.push({ start, end });
  return out;
}

/** Shrinks a span to its non-blank content; null when nothing is left. */
export function trimSpan(text: string, s: Span): Span | null {
  // trimStart and trimEnd drop what \s matches (no-break space included), natively: masked text has long blank runs.
  const slice = text.slice(s.start, s.end);
  const start = s.start + slice.length - slice.trimStart().length;
  const end = s.end - (slice.length - slice.trimEnd().length);
  return end > start ? { start, end } : null;
}

/** Sentence spans relative to the paragraph text (already masked). */
export function sentencesOf(paragraph: string, kind: DocumentKind): Span[] {
  const cuts: Span[] = [];
  let start = 0;
  const lines = splitLines(paragraph);
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(line.text); m; m = SENTENCE_END.exec(line.text)) {
      const end = line.start + m.index + m[0].length;
      const before = paragraph.slice(Math.max(start, end - 12), end);
      if (m[0].startsWith('.') && m[0].length === 1 && ABBREVIATION.test(before)) continue;
      cuts.push({ start, end });
      start = end;
    }
    const next = lines[li + 1];
    if (!next) break;
    const rest = paragraph.slice(start, line.end);
    if (isBlank(rest)) continue;
    const nextStartsItem = LIST_MARKER.test(next.text);
    const softWrap = kind === 'markdown' && !TERMINAL.test(line.text);
    const endsClause = TERMINAL.test(line.text);
    const nextCapital = /^\s*["'“‘(]?[A-Z0-9]/.test(next.text);
    if (nextStartsItem || (!softWrap && (endsClause || nextCapital))) {
      cuts.push({ start, end: line.end });
      start = next.start;
    }
  }
  if (start < paragraph.length) cuts.push({ start, end: paragraph.length });
  const out: Span[] = [];
  for (const c of cuts) {
    const t = trimSpan(paragraph, c);
    if (!t) continue;
    const marker = LIST_MARKER.exec(paragraph.slice(t.start, t.end));
    const s = marker ? trimSpan(paragraph, { start: t.start + marker[0].length, end: t.end }) : t;
    if (s) out.push(s);
  }
  return out;
}
