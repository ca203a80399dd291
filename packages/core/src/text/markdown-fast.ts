// A one-pass Markdown scanner: what the engine needs from a chunk is its prose (text nodes), its paragraphs and its
// raw HTML (where reviewed-ignore comments live). Two modes share one scanner:
// - strict: paragraphs, ATX headings, lists, block quotes, simple tables and fences, with CommonMark's inline
//   rules (code spans, escapes, links, images, emphasis, hard breaks). It gives exactly what the micromark
//   reference (testing/markdown-reference.ts, test-only) keeps, and gives up (null) on anything else.
// - lenient: never gives up. Where strict would, it takes the reading a writer most likely meant: HTML blocks and
//   tags, tilde fences, indented code, definitions, setext underlines and thematic breaks are not prose;
//   strikethrough marks are syntax; tabs and CR line ends are whitespace. Wherever strict reads a chunk, lenient
//   reads it the same, so the product runs lenient only.
// markdown-fast.test.ts holds strict to micromark, lenient to strict, and lenient's prose to micromark's on real
// articles. micromark itself stays out of the product: it was a third of core's bundle and most of a cold start.
import type { Span } from '../types.js';

export interface FastChunk {
  keep: Span[];
  paragraphs: Span[];
  html: Span[];
}

// Constructs the strict mode does not model (HTML, strikethrough, footnotes, task lists, definitions, tabs, CR).
// No two neighbouring quantifiers over the same characters below: a line of 100 KB of spaces must stay linear.
const UNSUPPORTED = /[\t\r\f\v\0<~]|\[\^|(?:[-*+]|\d[.)]) +\[[ xX]\]|^[ >]*(?:(?:[-*+]|\d{1,9}[.)])[ >]*)?\[[^\]]*\]:/m;
// A fence: three or more backticks with an info string without backticks, or three or more tildes.
const FENCE_OPEN = /^(?:(`{3,})[^`]*|(~{3,}).*)$/;
// Text that GFM may read as a literal autolink (a superset of what micromark-extension-gfm-autolink-literal and
// mdast-util-gfm-autolink-literal look for).
// Each alternative starts at the beginning of its run of characters, so a long word is scanned once, not once
// per position (which made this quadratic). A scheme is a run of letters: "1.http://" is a URL to GFM.
const AUTOLINK_LIKE = /(?:www\.|(?<![a-z])[a-z]+:\/\/|(?<![\w.+-])[\w.+-]+@[\w-]+\.)[^\s]*/gi;
const MAY_AUTOLINK = /www\.|:\/\/|@/i;
const AUTOLINK_SYNTAX = /[*_[\]`\\!]/;
// Lines that are a thematic break, a setext underline or an empty list item: not modelled.
const BREAK_OR_UNDERLINE = /^ {0,3}(?:(?:[-*_][ ]*){3,}|=+[ ]*|-+[ ]*|(?:[-*+]|\d{1,9}[.)]))$/;
const LIST_MARKER = /^(?:[-*+]|(\d{1,9})[.)])([ \t]+|$)/;
const ATX = /^#{1,6}(?: +|$)/;
// (?=(x*))\1 takes x* once and never gives it back (an atomic group).
const DELIMITER_LIKE = /^(?=([ >]*))\1(?:(?:[-*+]|\d{1,9}[.)]) (?=([ >]*))\2)?(?=[ :|]*-)[ :|-]*$/;
const TABLE_DELIMITER = /^\|? *:?-+:?(?: *\| *:?-+:?)*(?: *\|)? *$/;
// A link reference or footnote definition line: "[label]: destination" (lenient mode skips it).
const DEFINITION = /^\[(?:[^\]\\]|\\.){1,999}\]:/;
const TASK_MARKER = /^\[[ xX]\](?= |$)/;

/** A list item remembers its list's marker (bullet, or the ordered delimiter): a sibling item must repeat it. */
type Container = { quote: true } | { quote: false; width: number; marker: string };

interface Block {
  /** Content ranges, one per line. */
  segs: Span[];
  /** The node's range (paragraph, heading or table cell). */
  node: Span;
  /** Table cells are tokenised on their own; start and end count as whitespace for emphasis. */
  eols: boolean;
}

// Product bundles define RAPPORT_LENIENT_MARKDOWN_ONLY (packages/core/build.mjs): the product runs the lenient mode
// only, so the minifier drops every strict-only branch. Tests run the sources as they are, with both modes.
declare const RAPPORT_LENIENT_MARKDOWN_ONLY: boolean | undefined;
const STRICT_MODE_BUILT = typeof RAPPORT_LENIENT_MARKDOWN_ONLY === 'undefined';

class Unsupported extends Error {}
const bail = (): never => {
  throw new Unsupported();
};

/** The chunk through the strict mode, or null when it holds something only the lenient mode takes. */
export function fastMarkdownChunk(text: string): FastChunk | null {
  if (UNSUPPORTED.test(text)) return null;
  const urls = MAY_AUTOLINK.test(text) ? [...text.matchAll(AUTOLINK_LIKE)] : [];
  for (const m of urls) if (AUTOLINK_SYNTAX.test(m[0])) return null;
  try {
    const out = scan(text, true);
    // GFM turns URLs in text into links, and mdast-util-gfm drops the positions of some of them (and of the text
    // around them); micromark decides which, so a URL that starts in kept text goes to the lenient mode.
    // Only where the URL starts matters: one that starts in a link destination or code was never text to GFM.
    for (const m of urls) if (out.keep.some((k) => k.start <= m.index && m.index < k.end)) return null;
    return out;
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

/** The chunk through the lenient mode: never null. */
export function lenientMarkdownChunk(text: string): FastChunk {
  return scan(text, false);
}

function scan(text: string, strictMode: boolean): FastChunk {
  const strict = STRICT_MODE_BUILT && strictMode;
  const lines = linesOf(text);
  const out: FastChunk = { keep: [], paragraphs: [], html: [] };
  const table = text.includes('|') ? tableStart(text, lines, strict) : -1;
  const blocks = table < 0 ? flowBlocks(text, lines, strict, out.html) : [...flowBlocks(text, lines.slice(0, table), strict, out.html), ...tableBlocks(text, lines.slice(table), strict)];
  for (const b of blocks) {
    out.paragraphs.push(b.node);
    inline(text, b.segs, out.keep, out.html, strict);
  }
  if (!strict) out.html.sort((a, b) => a.start - b.start);
  return out;
}

interface Line {
  start: number;
  end: number;
}

/** Lines of the chunk; a line's end is before its "\n", "\r\n" or lone "\r" (only the lenient mode sees CRs). */
function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  // The next CR is searched for again only once passed: searching per line would rescan a CR-free text to its end
  // on every line.
  let cr = text.indexOf('\r');
  for (;;) {
    let nl = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    if (cr >= 0 && (nl < 0 || cr < nl)) {
      out.push({ start, end: cr });
      start = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      continue;
    }
    if (nl < 0) nl = text.length;
    out.push({ start, end: nl });
    if (nl >= text.length) return out;
    start = nl + 1;
  }
}

/** Columns of indentation at `at` (a tab runs to the next multiple of four, as in CommonMark). */
function columnsAt(text: string, at: number, end: number): number {
  let col = 0;
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) col++;
    else if (c === 9) col += 4 - (col % 4);
    else break;
  }
  return col;
}

const spacesAt = (text: string, at: number, end: number): number => {
  let i = at;
  // Tabs only reach the lenient mode, which reads one as a space.
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i - at;
};

// HTML blocks (CommonMark's seven kinds): how each starts, and how kinds 1–5 end (6 and 7 end at a blank line).
const HTML_RAW = /^<(?:pre|script|style|textarea)(?:[\s>]|$)/i;
const HTML_BLOCK_TAG = /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/i;
const HTML_LONE_TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;
const HTML_ENDS: readonly [RegExp, RegExp][] = [
  [HTML_RAW, /<\/(?:pre|script|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

interface HtmlBlock {
  /** What ends it on the line that holds it, or null when it runs to a blank line. */
  end: RegExp | null;
  span: Span;
}

/** An HTML block starting at `s` (a line after its containers), or null. Kind 7 cannot interrupt a paragraph. */
function htmlBlockStart(s: string, interrupting: boolean): RegExp | null | undefined {
  if (s.charCodeAt(0) !== 60) return undefined;
  for (const [start, end] of HTML_ENDS) if (start.test(s)) return end;
  if (HTML_BLOCK_TAG.test(s)) return null;
  if (!interrupting && HTML_LONE_TAG.test(s)) return null;
  return undefined;
}

/** Whether `rest` (a line after its container prefixes) starts a block that ends an open paragraph. */
function interruptsParagraph(rest: string, strictMode: boolean): boolean {
  const strict = STRICT_MODE_BUILT && strictMode;
  const ind = spacesAt(rest, 0, rest.length);
  if (columnsAt(rest, 0, rest.length) >= 4) return false;
  const s = rest.slice(ind);
  if (BREAK_OR_UNDERLINE.test(rest)) {
    if (strict) bail();
    return true;
  }
  if (s.startsWith('>') || ATX.test(s) || FENCE_OPEN.test(s)) return true;
  if (s.startsWith('```')) {
    if (strict) bail();
    return false;
  }
  if (!strict && htmlBlockStart(s, true) !== undefined) return true;
  const m = LIST_MARKER.exec(s);
  if (!m) return false;
  // An ordered item interrupts a paragraph only when it starts at 1, and an empty item never does (CommonMark);
  // micromark's reading inside lists differs in ways the strict mode does not model.
  if ((m[1] !== undefined && m[1] !== '1') || !m[2]) {
    if (strict) bail();
    return false;
  }
  return true;
}

const markerOf = (m: RegExpExecArray): string => (m[1] === undefined ? m[0][0] : m[0][m[1].length]) as string;

/** End of an ATX heading's content: before trailing spaces and a closing run of "#" that follows a space. */
function atxContentEnd(text: string, contentStart: number, lineEnd: number): number {
  let end = lineEnd;
  while (end > contentStart && spacesAt(text, end - 1, end)) end--;
  let hashes = end;
  while (hashes > contentStart && text.charCodeAt(hashes - 1) === 35) hashes--;
  if (hashes < end && (hashes === contentStart || spacesAt(text, hashes - 1, hashes))) {
    end = hashes;
    while (end > contentStart && spacesAt(text, end - 1, end)) end--;
  }
  return end;
}

function flowBlocks(text: string, lines: readonly Line[], strictMode: boolean, html: Span[]): Block[] {
  const strict = STRICT_MODE_BUILT && strictMode;
  const blocks: Block[] = [];
  const stack: Container[] = [];
  let open: Block | null = null;
  // An open fenced code block: its lines are neither kept nor paragraphs.
  let fence: { char: number; len: number } | null = null;
  let htmlBlock: HtmlBlock | null = null;
  const close = (): void => {
    if (open) open.node.end = (open.segs[open.segs.length - 1] as Span).end;
    open = null;
  };
  const endHtml = (): void => {
    if (htmlBlock) html.push(htmlBlock.span);
    htmlBlock = null;
  };
  for (const line of lines) {
    const lineText = text.slice(line.start, line.end);
    const blank = !/\S/.test(lineText);
    if (blank && (!fence || stack.some((c) => c.quote))) {
      if (strict) bail();
      // A blank line ends a paragraph, an HTML block of kind 6 or 7 and a fence in a quote; lists go on.
      close();
      if (htmlBlock && !htmlBlock.end) endHtml();
      if (fence) fence = null;
      continue;
    }
    // Delimiter-like rows ("--:") can make a one-column GFM table even without pipes.
    if (!fence && !htmlBlock && DELIMITER_LIKE.test(lineText)) {
      if (strict) bail();
      close();
      continue;
    }
    let pos = line.start;
    let matched = 0;
    let siblingOf = -1;
    for (const c of stack) {
      if (c.quote) {
        const ind = spacesAt(text, pos, line.end);
        if (ind > 3 || text.charCodeAt(pos + ind) !== 62) break;
        pos += ind + 1;
        if (text.charCodeAt(pos) === 32) pos++;
      } else {
        const ind = spacesAt(text, pos, line.end);
        if (ind < c.width) {
          // Not indented enough for this item: a marker of the same list starts its next item (micromark then
          // stops "interrupting", so any number is fine); another marker or text falls through (lazy or close).
          const sibling = ind <= 3 ? LIST_MARKER.exec(text.slice(pos + ind, line.end)) : null;
          if (sibling && markerOf(sibling) === c.marker) siblingOf = matched;
          break;
        }
        pos += c.width;
      }
      matched++;
    }
    if (fence) {
      if (blank) continue;
      if (matched === stack.length) {
        // Inside the fence: a closing fence (3 spaces at most, as many marks or more, nothing after) ends it.
        const ind = spacesAt(text, pos, line.end);
        let k = pos + ind;
        while (text.charCodeAt(k) === fence.char) k++;
        if (ind <= 3 && k - (pos + ind) >= fence.len && !/\S/.test(text.slice(k, line.end))) fence = null;
        continue;
      }
      // A container that does not go on ends the code block (fences have no lazy lines).
      fence = null;
    }
    if (htmlBlock) {
      if (matched === stack.length || htmlBlock.end) {
        htmlBlock.span.end = line.end;
        if (htmlBlock.end?.test(lineText)) endHtml();
        continue;
      }
      endHtml();
    }
    const rest = text.slice(pos, line.end);
    const contentAt = pos + spacesAt(text, pos, line.end);
    if (siblingOf < 0 && open && contentAt < line.end && !interruptsParagraph(rest, strict)) {
      // Continuation, or a lazy continuation line when some containers did not match.
      (open as Block).segs.push({ start: contentAt, end: line.end });
      continue;
    }
    if (matched < stack.length) stack.length = matched;
    close();
    // New blocks: containers first, then a heading or a paragraph.
    let afterMarker = false;
    for (;;) {
      const ind = spacesAt(text, pos, line.end);
      const at = pos + ind;
      if (at >= line.end) break;
      if (columnsAt(text, pos, line.end) >= 4) {
        if (strict) bail();
        break; // indented code
      }
      const s = text.slice(at, line.end);
      if (BREAK_OR_UNDERLINE.test(s)) {
        if (strict) bail();
        // A thematic break or an underline; an empty list item opens its item for the lines below.
        const empty = LIST_MARKER.exec(s);
        if (empty && !/[-*_=]{3}|^=/.test(s.replace(/ /g, ''))) stack.push({ quote: false, width: ind + s.trimEnd().length + 1, marker: markerOf(empty) });
        break;
      }
      if (s.startsWith('>')) {
        stack.push({ quote: true });
        pos = at + 1;
        if (text.charCodeAt(pos) === 32) pos++;
        continue;
      }
      const item = LIST_MARKER.exec(s);
      if (item) {
        const marker = item[0].length - (item[2] as string).length;
        let padding = (item[2] as string).length;
        if (!padding || padding >= 5 || at + marker + padding >= line.end) {
          if (strict) bail();
          // An empty item, or content indented 5+ (then one space belongs to the marker, the rest is code).
          padding = 1;
        }
        stack.push({ quote: false, width: ind + marker + padding, marker: markerOf(item) });
        pos = Math.min(at + marker + padding, line.end);
        afterMarker = true;
        continue;
      }
      const fenceOpen = FENCE_OPEN.exec(s);
      if (fenceOpen) {
        const marks = (fenceOpen[1] ?? fenceOpen[2]) as string;
        fence = { char: marks.charCodeAt(0), len: marks.length };
        break;
      }
      // A backtick run with a backtick in its info string is not a fence: strict leaves it to lenient (a paragraph).
      if (strict && s.startsWith('```')) bail();
      if (!strict) {
        const htmlEnd = htmlBlockStart(s, false);
        if (htmlEnd !== undefined) {
          htmlBlock = { end: htmlEnd, span: { start: at, end: line.end } };
          if (htmlEnd?.test(s.slice(1))) endHtml();
          break;
        }
        if (DEFINITION.test(s)) break;
        const task = afterMarker ? TASK_MARKER.exec(s) : null;
        if (task) {
          pos = at + task[0].length;
          afterMarker = false;
          continue;
        }
      }
      const atx = ATX.exec(s);
      if (atx) {
        const contentStart = at + atx[0].length;
        const end = atxContentEnd(text, contentStart, line.end);
        if (strict) {
          // A closing run of "#" is left to the lenient mode (micromark's reading of it has corner cases).
          let trimmed = line.end;
          while (trimmed > at && text.charCodeAt(trimmed - 1) === 32) trimmed--;
          if (text.charCodeAt(trimmed - 1) === 35 && trimmed > at + atx[0].trimEnd().length) bail();
        }
        blocks.push({ segs: contentStart < end ? [{ start: contentStart, end }] : [], node: { start: at, end: line.end }, eols: true });
        break;
      }
      open = { segs: [{ start: at, end: line.end }], node: { start: at, end: line.end }, eols: true };
      blocks.push(open);
      break;
    }
  }
  close();
  endHtml();
  return blocks;
}
function cellsOf(text: string, line: Line): Span[] {
  let start = line.start;
  let end = line.end;
  while (start < end && start - line.start < 3 && text.charCodeAt(start) === 32) start++;
  while (end > start && spacesAt(text, end - 1, end)) end--;
  if (text.charCodeAt(start) === 124) start++;
  if (end > start && text.charCodeAt(end - 1) === 124 && text.charCodeAt(end - 2) !== 92) end--;
  const cells: Span[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    // An escaped pipe ("\|") is cell text; the strict mode never sees one (it leaves rows with "\" to lenient).
    if (i === end || (text.charCodeAt(i) === 124 && text.charCodeAt(i - 1) !== 92)) {
      cells.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return cells;
}

/**
 * Index of the line where a GFM table starts (its header row), or -1. The strict mode takes a chunk with a pipe as
 * a table from its first line (tableBlocks refuses anything else); lenient looks for a header and delimiter row.
 */
function tableStart(text: string, lines: readonly Line[], strictMode: boolean): number {
  const strict = STRICT_MODE_BUILT && strictMode;
  if (strict) return 0;
  for (let i = 1; i < lines.length; i++) {
    const row = lines[i] as Line;
    const header = lines[i - 1] as Line;
    if (!TABLE_DELIMITER.test(text.slice(row.start, row.end).replace(/^ {1,3}/, '')) || !text.slice(header.start, header.end).includes('|')) continue;
    if (cellsOf(text, header).length === cellsOf(text, row).length) return i - 1;
  }
  return -1;
}

/** A GFM table from its header row to the end of the chunk; the strict mode refuses what it does not model. */
function tableBlocks(text: string, lines: readonly Line[], strictMode: boolean): Block[] {
  const strict = STRICT_MODE_BUILT && strictMode;
  if (lines.length < 2) bail();
  // The lenient mode takes a table indented up to three spaces.
  const rows = lines.map((l) => text.slice(l.start, l.end).replace(strict ? /^(?!)/ : /^ {1,3}/, ''));
  if (!TABLE_DELIMITER.test(rows[1] as string)) bail();
  const header = cellsOf(text, lines[0] as Line);
  const width = header.length;
  if (strict) {
    // An empty header cell ("|  |") can stop GFM from reading a table at all.
    if (header.some((c) => !/\S/.test(text.slice(c.start, c.end)))) bail();
    if (cellsOf(text, lines[1] as Line).length !== width) bail();
  }
  const blocks: Block[] = [];
  lines.forEach((line, i) => {
    const row = rows[i] as string;
    if (strict && (!row.includes('|') || /^[ >#\\]|\\|^(?:[-*+]|\d{1,9}[.)]) /.test(row) || (i > 1 && TABLE_DELIMITER.test(row)))) bail();
    if (i === 1 || (i > 1 && TABLE_DELIMITER.test(row))) return;
    const cells = cellsOf(text, line);
    if (strict && cells.length !== width) bail();
    // GFM drops the cells past the header's width.
    for (const cell of cells.slice(0, width)) {
      let { start, end } = cell;
      while (start < end && spacesAt(text, start, start + 1)) start++;
      while (end > start && spacesAt(text, end - 1, end)) end--;
      if (start === end) continue;
      // Emphasis marks touching a pipe would depend on how GFM splits cells; strict leaves those to lenient.
      if (strict && ((start === cell.start && start > line.start) || (end === cell.end && end < line.end))) {
        if (/[*_]/.test(text[start] as string) || /[*_]/.test(text[end - 1] as string)) bail();
      }
      blocks.push({ segs: [{ start, end }], node: { start, end }, eols: false });
    }
  });
  return blocks;
}

// ---------- Inline ---------------------------------------------------------------------------------------------

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
// CommonMark's autolinks ("<https://…>", "<name@example.com>") and raw inline HTML (open and closing tags,
// comments, processing instructions, declarations, CDATA).
const AUTOLINK = /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\u0000-\u001f]*|[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/;
const HTML_TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>|<!---?>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<![A-Za-z][^>]*>|<!\[CDATA\[[\s\S]*?\]\]>)/;

/** End of the raw HTML starting at `at` (a "<"), or -1. Looks at most 4 KB ahead so a stray "<" stays cheap. */
function inlineHtmlEnd(s: string, at: number): number {
  // Raw HTML starts "<" + a letter, "/", "!" or "?": anything else ("a < b") is text without running the regex.
  const next = s.charCodeAt(at + 1) | 32;
  if (!((next >= 97 && next <= 122) || next === 47 || next === 33 || next === 63)) return -1;
  const m = HTML_TAG.exec(s.slice(at, at + 4096));
  return m ? at + m[0].length : -1;
}
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u;
const UNICODE_WHITESPACE = /\s/;

/** micromark's classifyCharacter: 1 whitespace (and line edges), 2 punctuation, 0 other. */
function classify(s: string, at: number): number {
  if (at < 0 || at >= s.length) return 1;
  const c = s[at] as string;
  if (c === '\n' || c === ' ' || UNICODE_WHITESPACE.test(c)) return 1;
  return UNICODE_PUNCTUATION.test(c) ? 2 : 0;
}

interface Delimiter {
  char: string;
  start: number;
  end: number;
  open: boolean;
  close: boolean;
  active: boolean;
}

interface Bracket {
  at: number;
  image: boolean;
  inactive: boolean;
  balanced: boolean;
  /** Index into the delimiter list when the bracket was opened. */
  delimiters: number;
}

// kind: 0 = text (the default), 1 = neutral (neither starts nor ends a text node), 2 = syntax.
const NEUTRAL = 1;
const MARK = 2;
// The characters the inline tokeniser acts on: "\", "`", "!" (before "["), "[", "]", "<", "~", "*" and "_".
const INLINE_SYNTAX = /[\\`![\]<~*_]/g;

/** Tokenises the inline content of one block and appends the text-node ranges (what mdast keeps) to `keep`. */
function inline(text: string, segs: readonly Span[], keep: Span[], html: Span[], strictMode: boolean): void {
  const strict = STRICT_MODE_BUILT && strictMode;
  if (!segs.length) return;
  // One string for the block, lines joined by "\n"; `toText` maps its offsets back to the chunk.
  let s = '';
  const starts: number[] = [];
  for (const seg of segs) {
    if (s) s += '\n';
    starts.push(s.length);
    s += text.slice(seg.start, seg.end);
  }
  const toText = (v: number): number => {
    let k = starts.length - 1;
    while (k > 0 && (starts[k] as number) > v) k--;
    return (segs[k] as Span).start + (v - (starts[k] as number));
  };
  const n = s.length;
  const kind = new Uint8Array(n);
  const delimiters: Delimiter[] = [];
  const brackets: Bracket[] = [];
  const mark = (a: number, b: number): void => {
    kind.fill(MARK, a, b);
  };

  // Line ends: trailing spaces are a hard break (2+) or nothing (1); "\" before the line end is a hard break.
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
    let j = i;
    while (j > 0 && s.charCodeAt(j - 1) === 32) j--;
    if (i - j >= 2) mark(j, i + 1);
    else if (i - j === 1) kind[j] = NEUTRAL;
  }
  for (let j = n; j > 0 && s.charCodeAt(j - 1) === 32; j--) kind[j - 1] = NEUTRAL;

  const processEmphasis = (bottom: number): void => {
    for (let c = bottom; c < delimiters.length; c++) {
      const closer = delimiters[c] as Delimiter;
      if (!closer.active || !closer.close) continue;
      for (let o = c - 1; o >= bottom && closer.start < closer.end; o--) {
        const opener = delimiters[o] as Delimiter;
        if (!opener.active || !opener.open || opener.char !== closer.char || opener.start === opener.end) continue;
        const openLen = opener.end - opener.start;
        const closeLen = closer.end - closer.start;
        if (closer.char === '~' ? openLen !== closeLen : (opener.close || closer.open) && closeLen % 3 && !((openLen + closeLen) % 3)) continue;
        const use = closer.char === '~' ? closeLen : openLen > 1 && closeLen > 1 ? 2 : 1;
        mark(opener.end - use, opener.end);
        mark(closer.start, closer.start + use);
        opener.end -= use;
        closer.start += use;
        // Delimiters between the pair can no longer match anything outside it.
        for (let k = o + 1; k < c; k++) (delimiters[k] as Delimiter).active = false;
        if (opener.start === opener.end) opener.active = false;
        o = c; // search again from the closer for what is left of it
      }
      if (closer.start === closer.end) closer.active = false;
    }
    for (let k = bottom; k < delimiters.length; k++) (delimiters[k] as Delimiter).active = false;
  };

  let unmatchedBackticks = false;
  let i = 0;
  while (i < n) {
    // Straight to the next character that may be syntax (found natively: most of a block is plain text).
    INLINE_SYNTAX.lastIndex = i;
    if (!INLINE_SYNTAX.test(s)) break;
    i = INLINE_SYNTAX.lastIndex - 1;
    const c = s.charCodeAt(i);
    if (c === 92) {
      // "\" + ASCII punctuation is an escape (text); before a line end it is a hard break.
      const next = s[i + 1];
      if (next === '\n') {
        mark(i, i + 2);
        i += 2;
      } else i += next !== undefined && ASCII_PUNCTUATION.test(next) ? 2 : 1;
      continue;
    }
    if (c === 96) {
      let j = i;
      while (s.charCodeAt(j) === 96) j++;
      const len = j - i;
      let k = j;
      let close = -1;
      while (k < n) {
        const at = s.indexOf('`', k);
        if (at < 0) break;
        let e = at;
        while (s.charCodeAt(e) === 96) e++;
        if (e - at === len) {
          close = e;
          break;
        }
        k = e;
      }
      if (close >= 0) {
        mark(i, close);
        i = close;
      } else {
        unmatchedBackticks = true;
        i = j;
      }
      continue;
    }
    if (c === 33 && s.charCodeAt(i + 1) === 91) {
      brackets.push({ at: i, image: true, inactive: false, balanced: false, delimiters: delimiters.length });
      i += 2;
      continue;
    }
    if (c === 91) {
      brackets.push({ at: i, image: false, inactive: false, balanced: false, delimiters: delimiters.length });
      i++;
      continue;
    }
    if (c === 93) {
      while (brackets.length && (brackets[brackets.length - 1] as Bracket).balanced) brackets.pop();
      const opener = brackets[brackets.length - 1];
      if (!opener) {
        i++;
        continue;
      }
      const end = opener.inactive ? -1 : resourceEnd(s, i + 1, strict);
      if (end < 0) {
        opener.balanced = true;
        i++;
        continue;
      }
      brackets.pop();
      processEmphasis(opener.delimiters);
      if (opener.image) mark(opener.at, end);
      else {
        mark(opener.at, opener.at + 1);
        mark(i, end);
        for (const b of brackets) if (!b.image) b.inactive = true;
      }
      i = end;
      continue;
    }
    if (c === 60) {
      // Only the lenient mode sees "<": an autolink keeps its text (the URL is masked later), raw HTML is not prose.
      const tag = inlineHtmlEnd(s, i);
      if (tag > 0) {
        mark(i, tag);
        html.push({ start: toText(i), end: toText(tag - 1) + 1 });
        i = tag;
        continue;
      }
      const auto = AUTOLINK.exec(s.slice(i, i + 2048));
      if (auto) {
        mark(i, i + 1);
        mark(i + auto[0].length - 1, i + auto[0].length);
        i += auto[0].length;
        continue;
      }
      i++;
      continue;
    }
    if (c === 126) {
      // Strikethrough (lenient mode only): runs of one or two tildes pair with a run of the same length.
      let j = i;
      while (s.charCodeAt(j) === 126) j++;
      if (j - i <= 2) {
        const before = classify(s, i - 1);
        const after = classify(s, j);
        delimiters.push({ char: '~', start: i, end: j, open: !after || (after === 2 && before !== 0), close: !before || (before === 2 && after !== 0), active: true });
      }
      i = j;
      continue;
    }
    if (c === 42 || c === 95) {
      let j = i;
      while (s.charCodeAt(j) === c) j++;
      const before = classify(s, i - 1);
      const after = classify(s, j);
      // micromark's attention rules (CommonMark flanking, with "_" stricter inside words).
      const open = !after || (after === 2 && before !== 0);
      const close = !before || (before === 2 && after !== 0);
      delimiters.push({
        char: s[i] as string,
        start: i,
        end: j,
        open: c === 42 ? open : open && (before !== 0 || !close),
        close: c === 42 ? close : close && (after !== 0 || !open),
        active: true,
      });
      i = j;
      continue;
    }
    i++;
  }
  processEmphasis(0);
  // After a backtick run that opens no code span, micromark's text node runs on over the next line's "> "
  // prefix; that is only visible in block quotes, which then go to micromark.
  if (unmatchedBackticks && strict) {
    for (let k = 1; k < segs.length; k++) if (/\S/.test(text.slice((segs[k - 1] as Span).end + 1, (segs[k] as Span).start))) bail();
  }

  // Text nodes: runs of text in one parent (a line end is text too); container prefixes between the lines of a
  // run are inside the node's range.
  let runStart = -1;
  let last = -1;
  const flush = (): void => {
    if (runStart >= 0) keep.push({ start: toText(runStart), end: toText(last) + 1 });
    runStart = -1;
  };
  // Text is kind 0, found a run at a time: the next syntax mark and the next neutral character are looked up natively.
  let nextMark = kind.indexOf(MARK);
  let nextNeutral = kind.indexOf(NEUTRAL);
  for (let v = 0; v < n; v++) {
    if (nextMark >= 0 && nextMark < v) nextMark = kind.indexOf(MARK, v);
    if (nextNeutral >= 0 && nextNeutral < v) nextNeutral = kind.indexOf(NEUTRAL, v);
    const to = Math.min(nextMark < 0 ? n : nextMark, nextNeutral < 0 ? n : nextNeutral);
    if (to > v) {
      if (runStart < 0) runStart = v;
      last = to - 1;
      v = to;
      if (v >= n) break;
    }
    if (kind[v] === MARK) flush();
  }
  flush();
}

/** End of an inline link's "(destination "title")" starting at `at`, or -1 (micromark's resource rules). */
function resourceEnd(s: string, at: number, strictMode: boolean): number {
  const strict = STRICT_MODE_BUILT && strictMode;
  if (s.charCodeAt(at) !== 40) return -1;
  let i = at + 1;
  const ws = (): void => {
    while (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 10) i++;
  };
  ws();
  if (s.charCodeAt(i) === 41) return i + 1;
  // Raw destination: no spaces or controls, balanced parentheses (up to 32 deep), "\" escapes ( ) and "\".
  let balance = 0;
  const destStart = i;
  for (;;) {
    const c = s.charCodeAt(i);
    if (Number.isNaN(c)) {
      if (balance) return -1;
      break;
    }
    if (!balance && (c === 41 || c === 32 || c === 10)) break;
    if (c === 40) {
      if (balance >= 32) return -1;
      balance++;
      i++;
      continue;
    }
    if (c === 41) {
      balance--;
      i++;
      continue;
    }
    if (c === 32 || c < 32 || c === 127) return -1;
    i += c === 92 && /[()\\]/.test(s[i + 1] ?? '') ? 2 : 1;
  }
  if (i === destStart) return -1;
  if (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 10) {
    ws();
    const q = s[i];
    if (q === '"' || q === "'") {
      let j = i + 1;
      while (j < s.length && s[j] !== q) {
        if (s[j] === '\n' && strict) bail();
        j += s[j] === '\\' ? 2 : 1;
      }
      if (j >= s.length) return -1;
      i = j + 1;
      ws();
    } else if (q === '(') {
      if (strict) bail();
      const j = s.indexOf(')', i + 1);
      if (j < 0) return -1;
      i = j + 1;
      ws();
    }
  }
  return s.charCodeAt(i) === 41 ? i + 1 : -1;
}
