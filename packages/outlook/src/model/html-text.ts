// Reads the visible text out of a draft's HTML without a DOM, remembering where each character came from, so a
// phrase found in the plain-text body can be edited inside the HTML's text nodes and every tag (bold, links, fonts,
// the signature) stays exactly as the writer left it.

/** One text character of the HTML and the raw HTML range it came from. */
interface FlatChar {
  /** Index of the text run (between two tags) it belongs to; -1 for the break a block tag stands for. */
  run: number;
  from: number;
  to: number;
}

export interface FlatHtml {
  /** Visible text with every whitespace run collapsed to one space. */
  text: string;
  chars: FlatChar[];
}

// Elements whose content is never visible text.
const HIDDEN = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'xml']);
// Elements that break a line: their boundaries separate words even without spaces in the source.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html',
]);

// Named character references that e-mail editors (Outlook, Word, Gmail) actually write. Names are case-sensitive.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', AMP: '&', LT: '<', GT: '>', QUOT: '"',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', bull: '\u2022', middot: '\u00b7', laquo: '\u00ab', raquo: '\u00bb',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f', shy: '\u00ad',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2',
  sect: '\u00a7', para: '\u00b6', deg: '\u00b0', plusmn: '\u00b1', times: '\u00d7', divide: '\u00f7', iexcl: '\u00a1', iquest: '\u00bf',
};
// Latin-1 letters, U+00C0–U+00FF in order (× and ÷ are above).
'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml - Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml - oslash ugrave uacute ucirc uuml yacute thorn yuml'
  .split(' ')
  .forEach((name, i) => {
    if (name !== '-') NAMED[name] = String.fromCharCode(0xc0 + i);
  });

export function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\u00a0' || c === '\u2028';
}

/** Collapses every whitespace run to one space, as rendering does, so text and HTML compare alike. */
export function collapseSpaces(s: string): string {
  let out = '';
  let inSpace = false;
  for (const c of s) {
    if (isSpace(c)) {
      if (!inSpace) out += ' ';
      inSpace = true;
    } else {
      out += c;
      inSpace = false;
    }
  }
  return out;
}

/** Decodes one character reference at `at` (which holds "&"); returns the character and the reference's length. */
function decodeEntity(html: string, at: number): [string, number] {
  const m = /^&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});?/i.exec(html.slice(at, at + 12));
  if (!m) return ['&', 1];
  const body = m[1]!;
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? [String.fromCodePoint(code), m[0].length] : ['\ufffd', m[0].length];
  }
  const named = Object.prototype.hasOwnProperty.call(NAMED, body) ? NAMED[body] : undefined;
  return named === undefined ? ['&', 1] : [named, m[0].length];
}

/** Where the tag or comment starting at `at` ends (exclusive), and its lower-case name ("/p" for a closing tag). */
function readTag(html: string, at: number): { end: number; name: string } {
  if (html.startsWith('<!--', at)) {
    const close = html.indexOf('-->', at + 4);
    return { end: close < 0 ? html.length : close + 3, name: '!--' };
  }
  let i = at + 1;
  let quote = '';
  for (; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') break;
  }
  const name = /^<\s*(\/?[a-zA-Z][\w:-]*|!|\?)/.exec(html.slice(at, at + 40))?.[1]?.toLowerCase() ?? '';
  return { end: Math.min(html.length, i + 1), name };
}

export function flattenHtml(html: string): FlatHtml {
  const chars: FlatChar[] = [];
  let text = '';
  let run = 0;
  let hiddenUntil = ''; // closing tag name while inside script/style/head…
  const push = (c: string, from: number, to: number, r: number): void => {
    if (isSpace(c)) {
      const last = chars[chars.length - 1];
      if (last && text.endsWith(' ')) {
        // Extend the run of spaces so an edit removes the whole run, not one character of it.
        if (r >= 0 && last.run === r) last.to = to;
        else if (last.run < 0 && r >= 0) chars[chars.length - 1] = { run: r, from, to };
        return;
      }
      text += ' ';
    } else text += c;
    chars.push({ run: r, from, to });
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (!hiddenUntil) {
      for (let j = i; j < textEnd; ) {
        if (html[j] === '&') {
          const [c, len] = decodeEntity(html, j);
          push(c, j, j + len, run);
          j += len;
        } else {
          const cp = html.codePointAt(j)!;
          const len = cp > 0xffff ? 2 : 1;
          // Astral characters take two UTF-16 units in the text too: keep one entry per unit.
          if (len === 2) {
            text += html.slice(j, j + 2);
            chars.push({ run, from: j, to: j + 2 }, { run, from: j, to: j + 2 });
          } else push(html[j]!, j, j + 1, run);
          j += len;
        }
      }
    }
    if (lt < 0) break;
    const tag = readTag(html, lt);
    const bare = tag.name.replace(/^\//, '');
    if (hiddenUntil) {
      if (tag.name === `/${hiddenUntil}`) hiddenUntil = '';
    } else if (HIDDEN.has(tag.name)) {
      hiddenUntil = tag.name;
    } else if (BLOCK.has(bare)) {
      push(' ', tag.end, tag.end, -1);
    }
    run++;
    i = tag.end;
  }
  return { text, chars };
}

/** Escapes text for an HTML text node; line breaks become <br>. */
export function escapeHtmlText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * Replaces the flat characters [start, end) with `replacement`, editing text runs only: the first run touched gets
 * the new words (so they keep its formatting), later runs lose their share, tags stay untouched.
 */
export function replaceFlatRange(html: string, flat: FlatHtml, start: number, end: number, replacement: string): string {
  const edits: { run: number; from: number; to: number }[] = [];
  for (let k = start; k < end; k++) {
    const c = flat.chars[k];
    if (!c || c.run < 0) continue;
    const last = edits[edits.length - 1];
    if (last && last.run === c.run) last.to = Math.max(last.to, c.to);
    else edits.push({ run: c.run, from: c.from, to: c.to });
  }
  if (!edits.length) {
    // Only block breaks in range (or an empty range): insert where the range starts.
    const at = insertionPoint(flat, start);
    return html.slice(0, at) + escapeHtmlText(replacement) + html.slice(at);
  }
  let out = html;
  for (let e = edits.length - 1; e >= 0; e--) {
    const { from, to } = edits[e]!;
    out = out.slice(0, from) + (e === 0 ? escapeHtmlText(replacement) : '') + out.slice(to);
  }
  return out;
}

/** The raw HTML position for inserting before flat character `at` (or after the last one). */
export function insertionPoint(flat: FlatHtml, at: number): number {
  const here = flat.chars[at];
  if (here) return here.from;
  const last = flat.chars[flat.chars.length - 1];
  return last ? last.to : 0;
}
