// The Markdown reference for tests: a chunk's prose, paragraph and HTML spans read straight from micromark's event
// stream, exactly as mdast-util-from-markdown (+ frontmatter, GFM) would position its text nodes (mdast merges
// adjacent data into one text node, so a kept span runs from its first data token to its last, over any "> "
// prefixes between). markdown-reference.test.ts holds it to mdast; text/markdown-fast.test.ts holds the product's
// own scanner to it. Never imported by the product: micromark was a third of core's bundle and most of a cold start.
import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { unicodePunctuation, unicodeWhitespace } from 'micromark-util-character';
import { decodeString } from 'micromark-util-decode-string';
import type { Span } from '../types.js';
import { dedentText, frontMatterFields, type ChunkAnalysis } from '../text/markdown.js';

export interface EventsChunk {
  keep: Span[];
  paragraphs: Span[];
  html: Span[];
}

interface Token {
  type: string;
  start: { offset: number };
  end: { offset: number };
}
type Event = ['enter' | 'exit', Token, unknown];

interface Text {
  start: number;
  end: number;
  value: string;
  inLink: boolean;
}
interface Parent {
  /** Whether a line ending inside it is text (mdast's canContainEols; 'label' is mdast's fragment). */
  eols: boolean;
  /** Under a link: the autolink-literal transform leaves its text alone. */
  inLink: boolean;
  /** The last child when it is text (adjacent data merges into it), else null. */
  tail: Text | null;
}

// Nodes whose content is never prose (mdast: code, inlineCode, html, yaml, image, definition, footnotes), and a link's
// destination or reference: skipped whole.
const OPAQUE = new Set(['codeFenced', 'codeIndented', 'codeText', 'htmlFlow', 'htmlText', 'yaml', 'image', 'definition',
  'gfmFootnoteDefinition', 'gfmFootnoteCall', 'resource', 'reference']);
// Containers and phrasing nodes; the value says whether a line ending inside is text.
const PARENTS: Record<string, boolean> = { blockQuote: false, listOrdered: false, listUnordered: false, listItem: false,
  paragraph: true, atxHeading: true, setextHeading: true, emphasis: true, strong: true, strikethrough: true,
  label: true, link: false, autolink: false, literalAutolink: false, table: false, tableRow: false, tableHeader: false,
  tableData: false };
const PARAGRAPH_TOKENS = new Set(['paragraph', 'atxHeading', 'setextHeading', 'tableHeader', 'tableData']);
// Tokens whose enter opens (or continues) a text node and whose exit ends it.
const DATA = new Set(['data', 'characterEscape', 'characterReference', 'autolinkProtocol', 'autolinkEmail',
  'literalAutolinkEmail', 'literalAutolinkHttp', 'literalAutolinkWww']);
// Other nodes that end a run of text (mdast children without prose).
const BREAKS = new Set(['hardBreakEscape', 'hardBreakTrailing', 'thematicBreak']);

/**
 * A chunk's spans as mdast would position them. `keepAutolinkText: false` drops the text nodes that hold a GFM
 * literal autolink, as mdast-util-gfm does; the product keeps them (their URLs are masked like any other).
 */
export function eventsChunk(text: string, frontMatter: boolean, keepAutolinkText = false): EventsChunk {
  const extensions = frontMatter ? [frontmatter(['yaml']), gfm()] : [gfm()];
  const events = postprocess(parse({ extensions }).document().write(preprocess()(text, undefined, true))) as Event[];
  const out: EventsChunk = { keep: [], paragraphs: [], html: [] };
  const texts: Text[] = [];
  const stack: Parent[] = [{ eols: false, inLink: false, tail: null }];
  let atHardBreak = false;
  let setextSlurp = false;
  const top = (): Parent => stack[stack.length - 1] as Parent;
  const openText = (token: Token): Text => {
    const parent = top();
    if (!parent.tail) {
      parent.tail = { start: token.start.offset, end: token.start.offset, value: '', inLink: parent.inLink };
      texts.push(parent.tail);
    }
    return parent.tail;
  };
  for (let i = 0; i < events.length; i++) {
    const [kind, token] = events[i] as Event;
    const type = token.type;
    if (kind === 'enter') {
      if (OPAQUE.has(type)) {
        top().tail = null;
        if (type === 'htmlFlow' || type === 'htmlText') out.html.push({ start: token.start.offset, end: token.end.offset });
        if (type === 'yaml') frontMatterFields(text, token.start.offset, token.end.offset, out);
        while ((events[i] as Event)[1] !== token || (events[i] as Event)[0] !== 'exit') i++;
      } else if (type in PARENTS) {
        const parent = top();
        parent.tail = null;
        const inLink = parent.inLink || type === 'link' || type === 'autolink' || type === 'literalAutolink';
        stack.push({ eols: PARENTS[type] as boolean, inLink, tail: null });
        if (PARAGRAPH_TOKENS.has(type)) out.paragraphs.push({ start: token.start.offset, end: token.end.offset });
      } else if (DATA.has(type)) {
        openText(token);
      } else if (BREAKS.has(type)) {
        top().tail = null;
      }
      continue;
    }
    if (type in PARENTS) {
      stack.pop();
      if (type === 'setextHeading') setextSlurp = false;
    } else if (DATA.has(type)) {
      const tail = top().tail as Text;
      tail.end = token.end.offset;
      const raw = text.slice(token.start.offset, token.end.offset);
      tail.value += type === 'characterEscape' ? raw.slice(1) : type === 'characterReference' ? decodeString(raw) : raw;
    } else if (type === 'hardBreakEscape' || type === 'hardBreakTrailing') {
      atHardBreak = true;
    } else if (type === 'setextHeadingText') {
      setextSlurp = true;
    } else if (type === 'lineEnding') {
      if (atHardBreak) atHardBreak = false;
      else if (!setextSlurp && top().eols) {
        const tail = openText(token);
        tail.end = token.end.offset;
        tail.value += text.slice(token.start.offset, token.end.offset);
      }
    }
  }
  for (const t of texts) if (keepAutolinkText || t.inLink || !holdsAutolinkLiteral(t.value)) out.keep.push({ start: t.start, end: t.end });
  return out;
}

// mdast-util-gfm-autolink-literal's find patterns and the conditions under which each match counts (its find
// functions return something other than false), as of mdast-util-gfm-autolink-literal 2.0.
const URL_LIKE = /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi;
const XMPP_LIKE = /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g;
const MAILTO_LIKE = /(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g;
const EMAIL_LIKE = /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g;
const BAD_LABEL_END = /[\d\-_]$/;

/** Whether mdast-util-gfm-autolink-literal would rewrite this text node (dropping its position). */
function holdsAutolinkLiteral(value: string): boolean {
  if (!/www|:\/\/|@/i.test(value)) return false;
  const counts = (re: RegExp, ok: (m: RegExpExecArray) => boolean): boolean => {
    re.lastIndex = 0;
    for (let m = re.exec(value); m; m = re.exec(value)) {
      if (ok(m)) return true;
      re.lastIndex = m.index + 1;
    }
    return false;
  };
  return (
    counts(URL_LIKE, (m) => {
      const before = value.charCodeAt(m.index - 1);
      if (!(m.index === 0 || unicodeWhitespace(before) || unicodePunctuation(before))) return false;
      const protocol = m[1] as string;
      const domain = /^w/i.test(protocol) ? protocol + m[2] : (m[2] as string);
      return !unicodePunctuation(domain.charCodeAt(0)) && correctDomain(domain);
    }) ||
    counts(XMPP_LIKE, (m) => {
      const resource = m[3];
      return !(BAD_LABEL_END.test(m[2] as string) || (resource && (!/[A-Za-z]$/.test(resource) || value.charAt(m.index + m[0].length) === '@')));
    }) ||
    counts(MAILTO_LIKE, (m) => !BAD_LABEL_END.test(m[2] as string)) ||
    counts(EMAIL_LIKE, (m) => !BAD_LABEL_END.test(m[2] as string))
  );
}

function correctDomain(domain: string): boolean {
  const parts = domain.split('.');
  const bad = (part: string | undefined): boolean => !!part && (/_/.test(part) || !/[\dA-Za-z]/.test(part));
  return parts.length >= 2 && !bad(parts[parts.length - 1]) && !bad(parts[parts.length - 2]);
}

/** A chunk through micromark, dedented and offset like the product's scanners: the reference in their tests. */
export function micromarkChunk(chunkText: string, frontMatter: boolean, dedent: number, keepAutolinkText = false): ChunkAnalysis {
  const { text, toOriginal } = dedentText(chunkText, dedent);
  // micromark drops a leading byte-order mark, which would shift every offset by one: parse a space in its place.
  const raw: ChunkAnalysis = eventsChunk(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text, frontMatter, keepAutolinkText);
  const map = (s: Span): Span => ({ start: toOriginal(s.start), end: toOriginal(s.end) });
  return dedent ? { keep: raw.keep.map(map), paragraphs: raw.paragraphs.map(map), html: raw.html.map(map) } : raw;
}
