// A one-pass scanner for the Markdown chunks most documents are made of: paragraphs, ATX headings, lists, block
// quotes and simple tables, with CommonMark's inline rules (code spans, escapes, links, images, emphasis, hard
// breaks). It gives exactly what the micromark path in markdown.ts keeps, about 20 times faster, and returns
// null for everything else (HTML, fences, definitions, footnotes, setext headings, tabs, strikethrough, URLs
// next to emphasis marks), which then goes through micromark. markdown-fast.test.ts compares both paths.
import type { Span } from '../types.js';

export interface FastChunk {
  keep: Span[];
  paragraphs: Span[];
  html: Span[];
}

// Constructs this scanner does not model (HTML, strikethrough, footnotes, task lists, definitions): the chunk
// goes to micromark.
// No two neighbouring quantifiers over the same characters below: a line of 100 KB of spaces must stay linear.
const UNSUPPORTED = /[\t\r\f\v\0<~]|\[\^|(?:[-*+]|\d[.)]) +\[[ xX]\]|^[ >]*(?:(?:[-*+]|\d{1,9}[.)])[ >]*)?\[[^\]]*\]:/m;
// A backtick fence: at least three backticks, and an info string without backticks.
const FENCE_OPEN = /^(`{3,})[^`]*$/;
// Text that GFM may read as a literal autolink (a superset of what micromark-extension-gfm-autolink-literal and
// mdast-util-gfm-autolink-literal look for).
// Each alternative starts at the beginning of its run of characters, so a long word is scanned once, not once
// per position (which made this quadratic). A scheme is a run of letters: "1.http://" is a URL to GFM.
const AUTOLINK_LIKE = /(?:www\.|(?<![a-z])[a-z]+:\/\/|(?<![\w.+-])[\w.+-]+@[\w-]+\.)[^\s]*/gi;
const MAY_AUTOLINK = /www\.|:\/\/|@/i;
const AUTOLINK_SYNTAX = /[*_[\]`\\!]/;
// Lines that are a thematic break, a setext underline or an empty list item: not modelled.
const BREAK_OR_UNDERLINE = /^ {0,3}(?:(?:[-*_][ ]*){3,}|=+[ ]*|-+[ ]*|(?:[-*+]|\d{1,9}[.)]))$/;
const LIST_MARKER = /^(?:[-*+]|(\d{1,9})[.)])( +|$)/;
const ATX = /^#{1,6}(?: +|$)/;
// (?=(x*))\1 takes x* once and never gives it back (an atomic group).
const DELIMITER_LIKE = /^(?=([ >]*))\1(?:(?:[-*+]|\d{1,9}[.)]) (?=([ >]*))\2)?(?=[ :|]*-)[ :|-]*$/;
const TABLE_DELIMITER = /^\|? *:?-+:?(?: *\| *:?-+:?)*(?: *\|)? *$/;

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

class Unsupported extends Error {}
const bail = (): never => {
  throw new Unsupported();
};

export function fastMarkdownChunk(text: string): FastChunk | null {
  if (UNSUPPORTED.test(text)) return null;
  const urls = MAY_AUTOLINK.test(text) ? [...text.matchAll(AUTOLINK_LIKE)] : [];
  for (const m of urls) if (AUTOLINK_SYNTAX.test(m[0])) return null;
  try {
    const blocks = text.includes('|') ? tableBlocks(text) : flowBlocks(text);
    const keep: Span[] = [];
    const paragraphs: Span[] = [];
    for (const b of blocks) {
      paragraphs.push(b.node);
      inline(text, b.segs, keep);
    }
    // GFM turns URLs in text into links, and mdast-util-gfm drops the positions of some of them (and of the text
    // around them); micromark decides which, so a URL that starts in kept text goes to micromark.
    // Only where the URL starts matters: one that starts in a link destination or code was never text to GFM.
    for (const m of urls) if (keep.some((k) => k.start <= m.index && m.index < k.end)) return null;
    return { keep, paragraphs, html: [] };
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

interface Line {
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      out.push({ start, end: text.length });
      return out;
    }
    out.push({ start, end: nl });
    start = nl + 1;
  }
}

const spacesAt = (text: string, at: number, end: number): number => {
  let i = at;
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i - at;
};

/** Whether `rest` (a line after its container prefixes) starts a block that ends an open paragraph. */
function interruptsParagraph(rest: string): boolean {
  const ind = spacesAt(rest, 0, rest.length);
  if (ind >= 4) return false;
  const s = rest.slice(ind);
  if (BREAK_OR_UNDERLINE.test(rest)) bail();
  if (s.startsWith('>') || ATX.test(s) || FENCE_OPEN.test(s)) return true;
  if (s.startsWith('```')) bail();
  const m = LIST_MARKER.exec(s);
  if (!m) return false;
  // An ordered item interrupts a paragraph only when it starts at 1 (CommonMark); keep that case for micromark.
  if (m[1] !== undefined && m[1] !== '1') bail();
  if (!m[2]) bail();
  return true;
}

const markerOf = (m: RegExpExecArray): string => (m[1] === undefined ? m[0][0] : m[0][m[1].length]) as string;

function flowBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const stack: Container[] = [];
  let open: Block | null = null;
  // An open fenced code block: its lines are neither kept nor paragraphs.
  let fence: { len: number } | null = null;
  const close = (): void => {
    if (open) open.node.end = (open.segs[open.segs.length - 1] as Span).end;
    open = null;
  };
  for (const line of linesOf(text)) {
    const blank = !/\S/.test(text.slice(line.start, line.end));
    if (blank && (!fence || stack.some((c) => c.quote))) bail();
    // Delimiter-like rows ("--:") can make a one-column GFM table even without pipes.
    if (!fence && DELIMITER_LIKE.test(text.slice(line.start, line.end))) bail();
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
        // Inside the fence: a closing fence (3 spaces at most, as many backticks or more, nothing after) ends it.
        const ind = spacesAt(text, pos, line.end);
        const closing = ind <= 3 ? /^(`{3,}) *$/.exec(text.slice(pos + ind, line.end)) : null;
        if (closing && (closing[1] as string).length >= fence.len) fence = null;
        continue;
      }
      // A container that does not go on ends the code block (fences have no lazy lines).
      fence = null;
    }
    const rest = text.slice(pos, line.end);
    const contentAt = pos + spacesAt(text, pos, line.end);
    if (siblingOf < 0 && open && contentAt < line.end && !interruptsParagraph(rest)) {
      // Continuation, or a lazy continuation line when some containers did not match.
      (open as Block).segs.push({ start: contentAt, end: line.end });
      continue;
    }
    if (matched < stack.length) stack.length = matched;
    close();
    // New blocks: containers first, then a heading or a paragraph.
    for (;;) {
      const ind = spacesAt(text, pos, line.end);
      const at = pos + ind;
      if (at >= line.end) break;
      if (ind >= 4) bail();
      const s = text.slice(at, line.end);
      if (BREAK_OR_UNDERLINE.test(s)) bail();
      if (s.startsWith('>')) {
        stack.push({ quote: true });
        pos = at + 1;
        if (text.charCodeAt(pos) === 32) pos++;
        continue;
      }
      const item = LIST_MARKER.exec(s);
      if (item) {
        const marker = item[0].length - (item[2] as string).length;
        const padding = (item[2] as string).length;
        if (!padding || padding >= 5 || at + marker + padding >= line.end) bail();
        stack.push({ quote: false, width: ind + marker + padding, marker: markerOf(item) });
        pos = at + marker + padding;
        continue;
      }
      const fenceOpen = FENCE_OPEN.exec(s);
      if (fenceOpen) {
        fence = { len: (fenceOpen[1] as string).length };
        break;
      }
      if (s.startsWith('```')) bail();
      const atx = ATX.exec(s);
      if (atx) {
        let end = line.end;
        while (end > at && text.charCodeAt(end - 1) === 32) end--;
        if (text.charCodeAt(end - 1) === 35 && end > at + atx[0].trimEnd().length) bail();
        const contentStart = at + atx[0].length;
        blocks.push({ segs: contentStart < end ? [{ start: contentStart, end }] : [], node: { start: at, end: line.end }, eols: true });
        break;
      }
      open = { segs: [{ start: at, end: line.end }], node: { start: at, end: line.end }, eols: true };
      blocks.push(open);
      break;
    }
  }
  close();
  return blocks;
}

function cellsOf(text: string, line: Line): Span[] {
  let start = line.start;
  let end = line.end;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  if (text.charCodeAt(start) === 124) start++;
  if (end > start && text.charCodeAt(end - 1) === 124) end--;
  const cells: Span[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 124) {
      cells.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return cells;
}

/** A GFM table that is the whole chunk: header, delimiter row, body rows; anything else goes to micromark. */
function tableBlocks(text: string): Block[] {
  const lines = linesOf(text);
  if (lines.length < 2) bail();
  const rows = lines.map((l) => text.slice(l.start, l.end));
  if (!TABLE_DELIMITER.test(rows[1] as string)) bail();
  const header = cellsOf(text, lines[0] as Line);
  // An empty header cell ("|  |") can stop GFM from reading a table at all.
  if (header.some((c) => !/\S/.test(text.slice(c.start, c.end)))) bail();
  const width = header.length;
  if (cellsOf(text, lines[1] as Line).length !== width) bail();
  const blocks: Block[] = [];
  lines.forEach((line, i) => {
    const row = rows[i] as string;
    if (!row.includes('|') || /^[ >#\\]|\\|^(?:[-*+]|\d{1,9}[.)]) /.test(row) || (i > 1 && TABLE_DELIMITER.test(row))) bail();
    if (i === 1) return;
    const cells = cellsOf(text, line);
    if (cells.length !== width) bail();
    for (const cell of cells) {
      let { start, end } = cell;
      while (start < end && text.charCodeAt(start) === 32) start++;
      while (end > start && text.charCodeAt(end - 1) === 32) end--;
      if (start === end) continue;
      // Emphasis marks touching a pipe would depend on how GFM splits cells; leave those to micromark.
      if ((start === cell.start && start > line.start) || (end === cell.end && end < line.end)) {
        if (/[*_]/.test(text[start] as string) || /[*_]/.test(text[end - 1] as string)) bail();
      }
      blocks.push({ segs: [{ start, end }], node: { start, end }, eols: false });
    }
  });
  return blocks;
}

// ---------- Inline ---------------------------------------------------------------------------------------------

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
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

/** Tokenises the inline content of one block and appends the text-node ranges (what mdast keeps) to `keep`. */
function inline(text: string, segs: readonly Span[], keep: Span[]): void {
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
  for (let i = 0; i < n; i++) {
    if (s.charCodeAt(i) !== 10) continue;
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
        if ((opener.close || closer.open) && closeLen % 3 && !((openLen + closeLen) % 3)) continue;
        const use = openLen > 1 && closeLen > 1 ? 2 : 1;
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
      const end = opener.inactive ? -1 : resourceEnd(s, i + 1);
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
  if (unmatchedBackticks) {
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
  for (let v = 0; v < n; v++) {
    const k = kind[v] as number;
    if (k === MARK) {
      flush();
      continue;
    }
    if (k === NEUTRAL) continue;
    if (runStart < 0) runStart = v;
    last = v;
  }
  flush();
}

/** End of an inline link's "(destination "title")" starting at `at`, or -1 (micromark's resource rules). */
function resourceEnd(s: string, at: number): number {
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
        if (s[j] === '\n') bail();
        j += s[j] === '\\' ? 2 : 1;
      }
      if (j >= s.length) return -1;
      i = j + 1;
      ws();
    } else if (q === '(') bail();
  }
  return s.charCodeAt(i) === 41 ? i + 1 : -1;
}
