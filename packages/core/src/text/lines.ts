// Line and masking helpers shared by the text models. A "mask" is a copy of the text of the same length in
// which everything that is not prose is blanked, so rules can match on it and report offsets into the original.

export interface Line {
  start: number;
  /** End of the line's content, before its line break. */
  end: number;
  /** Start of the next line. */
  next: number;
  text: string;
}

/** Splits on \n, \r\n and lone \r, keeping exact offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  // indexOf finds the next break far faster than a loop over charCodeAt (a third of an edit's model cost); a text
  // without any \r needs only the \n search.
  let nextCr = text.indexOf('\r');
  let nextLf = text.indexOf('\n');
  while (start <= n) {
    if (nextLf !== -1 && nextLf < start) nextLf = text.indexOf('\n', start);
    if (nextCr !== -1 && nextCr < start) nextCr = text.indexOf('\r', start);
    const end = nextLf === -1 ? (nextCr === -1 ? n : nextCr) : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
    let next = end;
    if (end < n) next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    lines.push({ start, end, next, text: text.slice(start, end) });
    if (end >= n) break;
    start = next;
  }
  return lines;
}

export function isBlank(s: string): boolean {
  return /^[\s\u00a0]*$/.test(s);
}

/** The same text with every character but line breaks turned into a space. */
export const blankOut = (s: string): string => s.replace(/[^\r\n]/g, ' ');

/** Merges spans into sorted, non-overlapping ones. */
export function mergeSpans(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Blanks the given spans; line breaks survive so lines and offsets stay put. */
export function blankSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const s of mergeSpans(spans)) {
    const start = Math.max(s.start, at);
    const end = Math.min(s.end, text.length);
    if (end <= start) continue;
    out += text.slice(at, start) + blankOut(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

/** Blanks every character outside the given spans. */
export function keepOnly(text: string, spans: readonly { start: number; end: number }[]): string {
  const gaps: { start: number; end: number }[] = [];
  let at = 0;
  for (const s of mergeSpans(spans)) {
    if (s.start > at) gaps.push({ start: at, end: s.start });
    at = Math.max(at, s.end);
  }
  if (at < text.length) gaps.push({ start: at, end: text.length });
  return blankSpans(text, gaps);
}

// URLs, e-mail addresses, file paths, registry keys, GUIDs and hex error codes are names, not prose:
// no rule should read "HKEY_LOCAL_MACHINE" as shouting or a path segment as jargon.
const NON_PROSE_TOKEN = new RegExp(
  [
    // Bounded scheme and addresses matched from the start of their run: a 100 KB "a-a-a…" word is scanned once.
    String.raw`\b(?:https?|ftp|file|mailto|ms-[a-z-]{1,60}):[^\s<>"'\])]+`,
    String.raw`\bwww\.[^\s<>"'\])]+`,
    String.raw`(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b`,
    String.raw`(?:\b[A-Za-z]:|\\\\[\w.$-]+)(?:\\[^\s\\/:*?"<>|]+)+\\?`,
    String.raw`\bHK(?:EY_[A-Z_]+|LM|CU|CR|U|CC)(?:\\[^\s\\]+)+`,
    String.raw`(?<![\w/])(?:~|\.{1,2})?(?:/[\w.@+-]+){2,}/?`,
    String.raw`\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b`,
    String.raw`\b0x[0-9a-fA-F]{4,}\b`,
  ].join('|'),
  'g',
);

/** Blanks URLs, addresses, paths and identifiers inside otherwise prose text. */
export function blankNonProseTokens(masked: string): string {
  return masked.replace(NON_PROSE_TOKEN, blankOut);
}
