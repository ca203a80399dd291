// Markdown regions: only the text of paragraphs, headings and table cells is prose; code, HTML, link targets and
// front matter (except title and description) are not. markdown-fast.ts reads each chunk (micromark is the
// reference its tests compare with, never part of the product).
// The document is cut into blank-line-separated chunks and each chunk is parsed and cached on its own, so an
// edit re-parses one chunk instead of the whole article.
import type { Span } from '../types.js';
import { BoundedCache } from './cache.js';
import { blankNonProseTokens, blankOut, isBlank, keepOnly, splitLines, type Line } from './lines.js';
import { fastMarkdownChunk, lenientMarkdownChunk, type FastChunk } from './markdown-fast.js';
import { trimSpan } from './segment.js';

export interface ChunkAnalysis {
  /** Prose spans, relative to the chunk. */
  keep: Span[];
  /** Paragraph spans (paragraphs, headings, table cells, title/description), relative to the chunk. */
  paragraphs: Span[];
  /** Raw HTML spans (where reviewed-ignore comments live), relative to the chunk. */
  html: Span[];
}

export interface MarkdownRegions {
  keep: Span[];
  paragraphs: Span[];
  html: Span[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^\s{0,12}(?:[-*+]|\d{1,9}[.)])\s/;
const SHALLOW_LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])\s/;
// Items nested 32+ columns deep exist only in generated or hostile text; micromark slows with every level.
const DEEP_LIST_ITEM = /^ {32,}(?:[-*+]|\d{1,9}[.)])\s/;
// A fence opened after a list marker ("1. ```") is not tracked below, so a chunk holding one is never cut.
const FENCE_IN_ITEM = /^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+)+(?:`{3,}|~{3,})/;
// micromark's cost grows faster than linearly with the lines of one list and with the number of emphasis
// delimiters in one chunk; past these sizes a chunk is parsed in pieces, or with its delimiters neutralised.
const MAX_LIST_PIECE_LINES = 64;
const MAX_DELIMITERS = 2_000;
const HTML_COMMENT_OPEN = /<!--(?![\s\S]*-->)/;
// Docs-platform markers ("> [!NOTE]", "[!INCLUDE ...]") are syntax, not prose.
const DOCS_MARKER = /\[!(?:[A-Z]+)\](?:\([^)]*\))?|\[!INCLUDE[^\]]*\](?:\([^)]*\))?/g;

// Plain chunks (no front matter, no dedent: nearly all) are keyed by their text alone, the same string hashed once
// per keystroke; the rest carry their parse options in the key.
const chunkCache = new BoundedCache<string, ChunkAnalysis>(20_000);
const optionChunkCache = new BoundedCache<string, ChunkAnalysis>(2_000);

interface Chunk {
  start: number;
  end: number;
  frontMatter: boolean;
  dedent: number;
}

/** Cuts the text into chunks at blank lines that are outside fences, front matter and HTML comments. */
function chunksOf(text: string, lines: Line[]): Chunk[] {
  const chunks: Chunk[] = [];
  let fence: string | null = null;
  let inComment = false;
  let inFrontMatter = lines.length > 1 && /^---\s*$/.test(lines[0]?.text ?? '');
  let chunkStart = -1;
  let chunkFirstLine = 0;
  let sawList = false;
  let mayCut = true;
  const close = (endLine: number): void => {
    if (chunkStart < 0) return;
    const last = lines[endLine] as Line;
    const frontMatter = chunkStart === 0 && /^---\s*$/.test(lines[0]?.text ?? '');
    // One pass over the chunk's lines (this runs for every chunk on every keystroke): least indent, any list item.
    let minIndent = Infinity;
    let hasListItem = false;
    for (let k = chunkFirstLine; k <= endLine; k++) {
      const t = (lines[k] as Line).text;
      let indent = 0;
      while (t.charCodeAt(indent) === 32 || t.charCodeAt(indent) === 9) indent++;
      if (indent === t.length || isBlank(t)) continue;
      if (indent < minIndent) minIndent = indent;
      if (!hasListItem && LIST_ITEM.test(t)) hasListItem = true;
    }
    if (minIndent === Infinity) minIndent = 0;
    // A chunk indented 4+ under a list continues that list item; parsed alone it would read as code.
    const dedent = minIndent >= 4 && sawList ? minIndent : 0;
    chunks.push({ start: chunkStart, end: last.end, frontMatter, dedent });
    if (hasListItem) sawList = true;
    else if (minIndent === 0 && !frontMatter) sawList = false;
    chunkStart = -1;
    mayCut = true;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const blank = isBlank(line.text);
    if (chunkStart < 0 && !blank) {
      chunkStart = line.start;
      chunkFirstLine = i;
    }
    if (inFrontMatter) {
      if (i > 0 && /^(?:---|\.\.\.)\s*$/.test(line.text)) inFrontMatter = false;
      continue;
    }
    // The regexes below run on every line of the document on every keystroke: a cheap look at the characters they
    // need first (a fence mark, a comment opener) skips them on the lines that cannot match.
    const mayFence = line.text.includes('`') || line.text.includes('~');
    const fenceMatch = mayFence ? FENCE.exec(line.text.replace(/^\s+/, (ws) => (ws.length > 3 ? '   ' : ws))) : null;
    if (fence) {
      if (fenceMatch && fenceMatch[1]?.[0] === fence[0] && (fenceMatch[1]?.length ?? 0) >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1] as string;
      continue;
    }
    if (inComment) {
      if (line.text.includes('-->')) inComment = false;
      continue;
    }
    if (line.text.includes('<!--') && HTML_COMMENT_OPEN.test(line.text)) {
      inComment = true;
      continue;
    }
    if (mayFence && FENCE_IN_ITEM.test(line.text)) mayCut = false;
    if (blank) close(i - 1);
    else if (mayCut && chunkStart >= 0 && i - chunkFirstLine >= MAX_LIST_PIECE_LINES && (SHALLOW_LIST_ITEM.test(line.text) || DEEP_LIST_ITEM.test(line.text))) {
      // A long list is parsed in pieces, cut before an item that starts within three spaces (so it still reads as one)
      // or before an absurdly deep one.
      close(i - 1);
      chunkStart = line.start;
      chunkFirstLine = i;
    }
  }
  close(lines.length - 1);
  return chunks;
}

/** Removes `dedent` leading columns from every line and returns a map back to the original offsets. */
export function dedentText(text: string, dedent: number): { text: string; toOriginal: (offset: number) => number } {
  if (!dedent) return { text, toOriginal: (o) => o };
  const lines = splitLines(text);
  const starts: number[] = [];
  const removed: number[] = [];
  let out = '';
  for (const line of lines) {
    const cut = Math.min(dedent, /^[ \t]*/.exec(line.text)?.[0].length ?? 0);
    starts.push(out.length);
    removed.push(line.start + cut);
    out += text.slice(line.start + cut, line.next);
  }
  return {
    text: out,
    toOriginal: (o) => {
      // Binary search for the last line starting at or before o (a linear scan made big chunks quadratic).
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] as number) <= o) lo = mid;
        else hi = mid - 1;
      }
      return (removed[lo] as number) + (o - (starts[lo] as number));
    },
  };
}

/** A chunk read by `scanner` after removing its `dedent` columns, with offsets mapped back to the chunk. */
function dedented(chunkText: string, dedent: number, scanner: (text: string) => FastChunk | null): ChunkAnalysis | null {
  if (!dedent) return scanner(chunkText);
  const { text, toOriginal } = dedentText(chunkText, dedent);
  const result = scanner(text);
  if (!result) return null;
  const map = (s: Span): Span => ({ start: toOriginal(s.start), end: toOriginal(s.end) });
  return { keep: result.keep.map(map), paragraphs: result.paragraphs.map(map), html: result.html.map(map) };
}

/** The strict scanner's result for a chunk, or null outside what it models exactly (the tests' oracle). */
export function fastChunk(chunkText: string, dedent: number): ChunkAnalysis | null {
  return dedented(chunkText, dedent, fastMarkdownChunk);
}

/** The lenient scanner's result for a chunk (never null). */
export function lenientChunk(chunkText: string, dedent: number): ChunkAnalysis {
  return dedented(chunkText, dedent, lenientMarkdownChunk) as ChunkAnalysis;
}

const FRONT_MATTER_END = /^(?:---|\.\.\.)[ \t]*$/m;

/** Title and description values in a YAML front matter body: the only prose in it. */
export function frontMatterFields(text: string, start: number, end: number, out: ChunkAnalysis): void {
  const open = /^---[ \t]*\r?\n/.exec(text.slice(start));
  const at = start + (open ? open[0].length : 0);
  const value = text.slice(at, end);
  const re = /^(title|description)[ \t]*:[ \t]*(['"]?)(.*?)\2[ \t]*$/gm;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    const field = m[3] ?? '';
    if (!field) continue;
    const fieldStart = at + m.index + m[0].indexOf(field, (m[1] as string).length + 1);
    const span = { start: fieldStart, end: fieldStart + field.length };
    out.keep.push(span);
    out.paragraphs.push(span);
  }
}

/** The chunk that opens the document with front matter: its title and description, then what follows it. */
function frontMatterChunk(chunkText: string): ChunkAnalysis | null {
  const open = /^---[ \t]*(?:\r\n|\n|\r)/.exec(chunkText);
  if (!open) return null;
  const close = FRONT_MATTER_END.exec(chunkText.slice(open[0].length));
  if (!close) return null;
  const closeAt = open[0].length + close.index;
  const out: ChunkAnalysis = { keep: [], paragraphs: [], html: [] };
  frontMatterFields(chunkText, 0, closeAt, out);
  const afterLine = /^[^\r\n]*(?:\r\n|\n|\r)?/.exec(chunkText.slice(closeAt)) as RegExpExecArray;
  const restAt = closeAt + afterLine[0].length;
  if (restAt < chunkText.length) {
    const rest = lenientChunk(chunkText.slice(restAt), 0);
    const shift = (s: Span): Span => ({ start: s.start + restAt, end: s.end + restAt });
    out.keep.push(...rest.keep.map(shift));
    out.paragraphs.push(...rest.paragraphs.map(shift));
    out.html.push(...rest.html.map(shift));
  }
  return out;
}


/** Thousands of emphasis delimiters in one chunk are noise, not formatting: parse them as plain characters. */
function withoutManyDelimiters(chunkText: string): string {
  let count = 0;
  for (let i = 0; i < chunkText.length; i++) {
    const c = chunkText.charCodeAt(i);
    if ((c === 42 || c === 95 || c === 126) && ++count > MAX_DELIMITERS) return chunkText.replace(/[*_~]/g, ' ');
  }
  return chunkText;
}

/** `keep` minus the `holes` (both sorted by start), in one pass. */
function subtractSpans(keep: readonly Span[], holes: readonly Span[]): Span[] {
  const out: Span[] = [];
  let h = 0;
  for (const k of [...keep].sort((a, b) => a.start - b.start)) {
    let start = k.start;
    while (h < holes.length && (holes[h] as Span).end <= start) h++;
    for (let j = h; j < holes.length && (holes[j] as Span).start < k.end; j++) {
      const hole = holes[j] as Span;
      if (hole.start > start) out.push({ start, end: hole.start });
      start = Math.max(start, hole.end);
    }
    if (start < k.end) out.push({ start, end: k.end });
  }
  return out;
}

function analyzeChunk(chunkText: string, frontMatter: boolean, dedent: number): ChunkAnalysis {
  const plain = !frontMatter && !dedent;
  const cache = plain ? chunkCache : optionChunkCache;
  const key = plain ? chunkText : `${frontMatter ? 'F' : '-'}${dedent}\u0000${chunkText}`;
  const cached = cache.get(key);
  if (cached) return cached;
  // The product reads every chunk in the lenient mode: wherever the strict mode takes a chunk, lenient reads it the
  // same (markdown-fast.test.ts checks both on every test chunk), so running strict first would only cost time.
  const result = (frontMatter ? frontMatterChunk(chunkText) : null) ?? lenientChunk(withoutManyDelimiters(chunkText), dedent);
  const markers = [...chunkText.matchAll(DOCS_MARKER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (markers.length) result.keep = subtractSpans(result.keep, markers);
  cache.set(key, result);
  return result;
}

export type ChunkReader = (chunkText: string, frontMatter: boolean, dedent: number) => ChunkAnalysis;

/** The whole text's regions, chunk by chunk: the reference the incremental model is tested against. */
export function markdownRegions(text: string, read: ChunkReader = analyzeChunk): MarkdownRegions {
  const lines = splitLines(text);
  const out: MarkdownRegions = { keep: [], paragraphs: [], html: [] };
  for (const chunk of chunksOf(text, lines)) {
    const part = read(text.slice(chunk.start, chunk.end), chunk.frontMatter, chunk.dedent);
    const shift = (s: Span): Span => ({ start: s.start + chunk.start, end: s.end + chunk.start });
    for (const s of part.keep) out.keep.push(shift(s));
    for (const s of part.paragraphs) out.paragraphs.push(shift(s));
    for (const s of part.html) out.html.push(shift(s));
  }
  return out;
}

/** A chunk's masked text and trimmed paragraphs, relative to the chunk; computed once per cached chunk analysis. */
interface MaskedChunk {
  masked: string;
  paragraphs: Span[];
  /** Each paragraph's masked text: the same string objects on every keystroke, so cache lookups reuse their hash. */
  texts: string[];
}

const maskedChunks = new WeakMap<ChunkAnalysis, MaskedChunk>();

/** What the document model makes of one chunk's regions: its masked text and trimmed, ordered paragraphs. */
export function maskChunk(chunkText: string, part: Pick<ChunkAnalysis, 'keep' | 'paragraphs'>): { masked: string; paragraphs: Span[] } {
  const masked = blankNonProseTokens(keepOnly(chunkText, part.keep));
  const paragraphs = part.paragraphs
    .map((p) => trimSpan(masked, p))
    .filter((p): p is Span => p !== null)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { masked, paragraphs };
}

export interface MarkdownModel {
  masked: string;
  /** Trimmed, non-empty, in document order. */
  paragraphs: Span[];
  paragraphTexts: string[];
  html: Span[];
}

/**
 * The masked document and its paragraphs, assembled from per-chunk pieces: masking never crosses a chunk (no
 * URL, path or address spans a line break), so an edit re-masks one chunk and the rest is only joined.
 * Same result as blankNonProseTokens(keepOnly(text, keep)) with every paragraph trimmed and sorted.
 */
// The previous call's chunks, in order. After an edit, every chunk before it starts where it did and every chunk after
// it ends as far from the end of the text as it did: comparing a chunk with the one found there is cheaper than
// hashing its text again for the cache (a sixth of a keystroke's model cost).
interface PlacedChunk {
  start: number;
  fromEnd: number;
  text: string;
  frontMatter: boolean;
  dedent: number;
  part: ChunkAnalysis;
}
let lastChunks: PlacedChunk[] = [];

const samePlaced = (p: PlacedChunk | undefined, chunkText: string, chunk: Chunk): boolean =>
  p !== undefined && p.frontMatter === chunk.frontMatter && p.dedent === chunk.dedent && p.text === chunkText;

export function markdownModel(text: string): MarkdownModel {
  const lines = splitLines(text);
  const pieces: string[] = [];
  const out: MarkdownModel = { masked: '', paragraphs: [], paragraphTexts: [], html: [] };
  const previous = lastChunks;
  const placedNow: PlacedChunk[] = [];
  let byStart = 0;
  let byEnd = 0;
  let at = 0;
  for (const chunk of chunksOf(text, lines)) {
    const chunkText = text.slice(chunk.start, chunk.end);
    const fromEnd = text.length - chunk.end;
    // Starts grow and distances from the end shrink along both lists, so two cursors find the candidates.
    while (byStart < previous.length && (previous[byStart] as PlacedChunk).start < chunk.start) byStart++;
    while (byEnd < previous.length && (previous[byEnd] as PlacedChunk).fromEnd > fromEnd) byEnd++;
    let part: ChunkAnalysis;
    const atStart = previous[byStart];
    const atEnd = previous[byEnd];
    if (atStart?.start === chunk.start && samePlaced(atStart, chunkText, chunk)) part = atStart.part;
    else if (atEnd?.fromEnd === fromEnd && samePlaced(atEnd, chunkText, chunk)) part = atEnd.part;
    else part = analyzeChunk(chunkText, chunk.frontMatter, chunk.dedent);
    placedNow.push({ start: chunk.start, fromEnd, text: chunkText, frontMatter: chunk.frontMatter, dedent: chunk.dedent, part });
    let m = maskedChunks.get(part);
    if (!m) {
      const { masked, paragraphs } = maskChunk(chunkText, part);
      m = { masked, paragraphs, texts: paragraphs.map((p) => masked.slice(p.start, p.end)) };
      maskedChunks.set(part, m);
    }
    if (chunk.start > at) pieces.push(blankOut(text.slice(at, chunk.start)));
    pieces.push(m.masked);
    at = chunk.start + m.masked.length;
    for (const s of m.paragraphs) out.paragraphs.push({ start: s.start + chunk.start, end: s.end + chunk.start });
    for (const t of m.texts) out.paragraphTexts.push(t);
    for (const s of part.html) out.html.push({ start: s.start + chunk.start, end: s.end + chunk.start });
  }
  if (at < text.length) pieces.push(blankOut(text.slice(at)));
  out.masked = pieces.join('');
  lastChunks = placedNow;
  return out;
}
