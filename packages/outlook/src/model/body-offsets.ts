// Maps between offsets in the draft's plain text (what Outlook's body.getAsync(Text) returns and what the engine
// analyses) and places in the draft's HTML. The two differ in whitespace and markup, so a span is carried across
// as "the k-th occurrence of this text", compared with whitespace collapsed.
import { collapseSpaces, escapeHtmlText, flattenHtml, insertionPoint, isSpace, replaceFlatRange } from './html-text.js';

/** Index of the n-th (0-based) occurrence of `needle` in `hay`, or -1. Occurrences may overlap. */
function nthIndexOf(hay: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** How many times `needle` occurs in `hay` starting before `before`. */
function countBefore(hay: string, needle: string, before: number): number {
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0 && at < before; at = hay.indexOf(needle, at + 1)) n++;
  return n;
}

/** A span of the plain text as "occurrence `index` of `needle`", both with whitespace collapsed. */
export interface Occurrence {
  needle: string;
  index: number;
}

export function occurrenceOf(text: string, start: number, end: number): Occurrence | null {
  while (start < end && isSpace(text[start]!)) start++;
  while (end > start && isSpace(text[end - 1]!)) end--;
  if (start >= end) return null;
  const needle = collapseSpaces(text.slice(start, end));
  // text[start] is not a space, so the collapsed prefix ends exactly where the needle starts.
  const at = collapseSpaces(text.slice(0, start)).length;
  return { needle, index: countBefore(collapseSpaces(text), needle, at) };
}

/** True when the user's selection is the flagged text (ignoring line-break and spacing differences). */
export function sameText(a: string, b: string): boolean {
  return collapseSpaces(a).trim() === collapseSpaces(b).trim() && a.trim() !== '';
}

/**
 * Replaces text[start, end) inside `html`, touching text nodes only. Returns the new HTML, or null when the span
 * cannot be found there (the caller then falls back or asks the user to select the phrase).
 */
export function replaceSpanInHtml(html: string, text: string, start: number, end: number, replacement: string): string | null {
  const occ = occurrenceOf(text, start, end);
  if (!occ) return null;
  const flat = flattenHtml(html);
  const at = nthIndexOf(flat.text, occ.needle, occ.index);
  if (at < 0) return null;
  return replaceFlatRange(html, flat, at, at + occ.needle.length, replacement);
}

// How much surrounding text anchors an insertion point: enough to be unique in a normal e-mail.
const ANCHOR_CHARS = 48;

/**
 * Inserts `insert` at plain-text offset `at`, anchored on the words just before it (or just after, at the start of
 * the draft), inside the HTML's text nodes. Returns null when the anchor cannot be found.
 */
export function insertInHtml(html: string, text: string, at: number, insert: string): string | null {
  const flat = flattenHtml(html);
  let from = at;
  while (from > 0 && isSpace(text[from - 1]!)) from--;
  let to = at;
  while (to < text.length && isSpace(text[to]!)) to++;
  const atLineStart = from === 0 || /[\r\n]/.test(text.slice(from, at));
  if (to < text.length && atLineStart) {
    // Start of a line: join the paragraph that follows, so the words take its formatting.
    let stop = Math.min(text.length, to + ANCHOR_CHARS);
    while (stop < text.length && !isSpace(text[stop]!)) stop++;
    const found = find(flat.text, occurrenceOf(text, to, stop));
    if (found < 0) return null;
    const point = flat.chars[found]!.from;
    return html.slice(0, point) + escapeHtmlText(insert) + html.slice(point);
  }
  if (from > 0) {
    let begin = Math.max(0, from - ANCHOR_CHARS);
    while (begin > 0 && !isSpace(text[begin - 1]!)) begin--; // whole words only
    const occ = occurrenceOf(text, begin, from);
    const found = find(flat.text, occ);
    if (!occ || found < 0) return null;
    const point = flat.chars[found + occ.needle.length - 1]!.to;
    // Keep the space or line break the text had between the anchor and the insertion point.
    return html.slice(0, point) + escapeHtmlText(text.slice(from, at).replace(/[^\S\r\n]+/g, ' ')) + escapeHtmlText(insert) + html.slice(point);
  }
  const point = insertionPoint(flat, flat.chars.length);
  return html.slice(0, point) + escapeHtmlText(insert) + html.slice(point);
}

function find(flatText: string, occ: Occurrence | null): number {
  return occ ? nthIndexOf(flatText, occ.needle, occ.index) : -1;
}
