// What every checklist detector reads, computed once per analysis: the writer's own words (masked prose), where
// the greeting, body and sign-off are, and where a suggested sentence can go. Only line scans and a few regexes.
import { isBlank, type Line } from '../text/lines.js';
import type { DocumentKind, Finding, Span } from '../types.js';
import { FIX_HEADING, FIX_REPORTED, GREETING, NOT_A_NAME, SIGN_OFF, startsWithInstruction } from './phrases.js';

export interface ChecklistInput {
  text: string;
  masked: string;
  kind: DocumentKind;
  paragraphs: readonly Span[];
  sentences: readonly Span[];
  findings: readonly Finding[];
  replyEnd: number;
  /** Items switched on or off by id (config). */
  enabled: Readonly<Record<string, boolean>>;
}

export type ChecklistKind = 'email' | 'article';

export interface Greeting {
  /** The greeting itself ("Hi Priya,"). */
  span: Span;
  /** Where a name would go: right after the greeting words, before the punctuation. */
  nameAt: number;
  /** Whom it addresses: a name, a group ("team"), or nobody. */
  addressee: 'name' | 'group' | 'none';
}

export interface ListItem {
  /** The item, marker included, up to the next item or blank line. */
  span: Span;
  ordered: boolean;
  /** The item's prose (masked text, marker blanked). */
  prose: string;
}

export interface ChecklistDoc {
  input: ChecklistInput;
  text: string;
  kind: ChecklistKind;
  /** End of the writer's own words (quoted history and signature come after). */
  end: number;
  newline: string;
  /** Masked text up to `end`, with the greeting and sign-off blanked: where body items are searched. */
  prose: string;
  /** Sentences inside `end`, for evidence spans. */
  sentences: readonly Span[];
  paragraphs: readonly Span[];
  /** A short note ("Thanks, that's done!"): most items don't apply. */
  short: boolean;
  /** The reply gives instructions (a list or a sentence that starts with a verb). */
  givesSteps: boolean;
  /** The reply reports a fix or a change the person can check. */
  reportsFix: boolean;
  listItems: ListItem[];
  // E-mail parts.
  greeting?: Greeting;
  /** The sign-off line ("Kind regards,"), when there is one. */
  signOff?: Span;
  /** The recipient's first name, from the greeting or the quoted history. */
  recipient?: string;
  /** Where the body starts (after the greeting). */
  bodyStart: number;
  /** Where closing sentences go: the sign-off line, or the end of the body when there is none. */
  closingAt: number;
  // Article parts.
  title?: { span: Span; text: string };
  /** Where the article body starts (after the title). */
  afterTitle: number;
  /** The article has a section whose heading promises a fix ("Resolution", "Workaround"). */
  hasFixHeading: boolean;
}

const ATTRIBUTION = /^[ \t>]*On\b(.{0,200}?)\bwrote:?[ \t]*$/i;
const FROM_HEADER = /^[ \t>*]*From\*{0,2}[ \t]*:[ \t]*(.{1,120})$/i;
const FIRST_NAME = /^[\p{Lu}][\p{L}'’-]{1,30}$/u;
const HONORIFIC = /^(?:mr|mrs|ms|mx|dr|prof|miss|sir|madam)\.?$/i;

function firstName(raw: string): string | undefined {
  let name = raw.replace(/<[^>]*>|\[[^\]]*\]|\([^)]*\)|["']/g, ' ').trim();
  if (/@/.test(name)) return undefined;
  // "Shah, Priya" (Outlook's "Last, First") → "Priya".
  const comma = name.split(',').map((s) => s.trim()).filter(Boolean);
  if (comma.length === 2 && !/\d/.test(name) && comma.every((p) => p.split(/\s+/).length <= 2)) name = comma[1] as string;
  const word = name.split(/\s+/).find((w) => !HONORIFIC.test(w));
  return word && FIRST_NAME.test(word) && !NOT_A_NAME.test(word) ? word : undefined;
}

/** The name of whoever wrote the quoted message ("On Tue, … Dana Ortiz <dana@…> wrote:", "From: Ortiz, Dana"). */
function quotedAuthor(text: string, from: number): string | undefined {
  const tail = text.slice(from, from + 4000);
  for (const line of tail.split(/\r?\n|\r/)) {
    const on = ATTRIBUTION.exec(line);
    if (on) {
      const who = (on[1] ?? '').replace(/<[^>]*>/g, '').trim();
      // The name is the last comma-separated part without digits ("Mon, 3 Mar 2025 at 09:12, Priya Shah").
      const part = who.split(',').map((s) => s.trim()).reverse().find((s) => s && !/\d/.test(s));
      return part ? firstName(part) : undefined;
    }
    const fromHeader = FROM_HEADER.exec(line);
    if (fromHeader) return firstName((fromHeader[1] ?? '').replace(/<.*$/, ''));
  }
  return undefined;
}

function readGreeting(line: Line): { greeting: Greeting; name?: string } | undefined {
  if (!GREETING.test(line.text)) return undefined;
  const lead = /^\s*/.exec(line.text)?.[0].length ?? 0;
  const word = /^(?:good[ \t]+[a-z]+|[a-z]+)/i.exec(line.text.slice(lead))?.[0] ?? '';
  let at = lead + word.length;
  // Then the addressee: one group word ("team"), or up to three capitalised words ("Ms Ortiz", "Priya").
  const rest = line.text.slice(at);
  const group = /^[ \t]+([a-z']+)\b/i.exec(rest);
  let addressee: Greeting['addressee'] = 'none';
  let name: string | undefined;
  if (group && NOT_A_NAME.test(group[1] as string)) {
    addressee = 'group';
    at += group[0].length;
  } else {
    const named = /^(?:[ \t]+[\p{Lu}][\p{L}'’.-]*){1,3}/u.exec(rest);
    if (named) {
      addressee = 'name';
      name = firstName(named[0]);
      at += named[0].length;
    }
  }
  const punct = /^[ \t]*[,!.:;]/.exec(line.text.slice(at))?.[0].length ?? 0;
  return { greeting: { span: { start: line.start + lead, end: line.start + at + punct }, nameAt: line.start + at, addressee }, name };
}

function blank(s: string, from: number, to: number): string {
  return s.slice(0, from) + s.slice(from, to).replace(/[^\r\n]/g, ' ') + s.slice(to);
}

function lineStart(s: string, at: number): number {
  let i = at;
  while (i > 0 && s.charCodeAt(i - 1) !== 10 && s.charCodeAt(i - 1) !== 13) i--;
  return i;
}

function lineEnd(s: string, at: number): number {
  let i = at;
  while (i < s.length && s.charCodeAt(i) !== 10 && s.charCodeAt(i) !== 13) i++;
  return i;
}

function lineAt(s: string, at: number): Line {
  const start = lineStart(s, at);
  const end = lineEnd(s, start);
  const next = s.startsWith('\r\n', end) ? end + 2 : Math.min(s.length, end + 1);
  return { start, end, next, text: s.slice(start, end) };
}

/** The line holding the next non-blank character of `s` at or after `from`. */
function nextContentLine(s: string, from: number, limit: number): Line | undefined {
  const m = /\S/.exec(s.slice(from, limit));
  return m ? lineAt(s, from + m.index) : undefined;
}

/** The line holding the last non-blank character of `s` before `to`. */
function previousContentLine(s: string, to: number): Line | undefined {
  const i = s.slice(0, to).trimEnd().length - 1;
  return i < 0 ? undefined : lineAt(s, i);
}

const LIST_LINE = /^([ \t]*)(?:(\d{1,3})[.)]|[-*+•])[ \t]+/gm;

/** List items whose text is prose (not inside code or HTML), each up to the next item or a blank line. */
function collectListItems(text: string, masked: string, end: number): ListItem[] {
  const items: ListItem[] = [];
  const scope = text.slice(0, end);
  LIST_LINE.lastIndex = 0;
  for (let m = LIST_LINE.exec(scope); m; m = LIST_LINE.exec(scope)) {
    const first = lineAt(scope, m.index);
    if (isBlank(masked.slice(m.index + m[0].length, first.end))) continue;
    let itemEnd = first.end;
    // Continuation lines belong to the item until a blank line, another item or a heading.
    for (let line = first; line.next < end && line.next > line.start; ) {
      line = lineAt(scope, line.next);
      if (isBlank(line.text) || /^[ \t]*(?:\d{1,3}[.)]|[-*+•])[ \t]+|^[ \t]{0,3}#|^\|/.test(line.text)) break;
      itemEnd = line.end;
    }
    const start = m.index + (m[1]?.length ?? 0);
    items.push({ span: { start, end: itemEnd }, ordered: m[2] !== undefined, prose: masked.slice(start, itemEnd) });
    if (items.length >= 500) break;
    LIST_LINE.lastIndex = Math.max(LIST_LINE.lastIndex, first.end);
  }
  return items;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]{0,20000}?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function articleTitle(text: string, masked: string, end: number): ChecklistDoc['title'] {
  const fm = FRONT_MATTER.exec(text);
  const fmTitle = fm && /^title[ \t]*:[ \t]*(['"]?)(.+?)\1[ \t]*$/m.exec(fm[1] as string);
  if (fm && fmTitle?.[2]) {
    const start = fm[0].indexOf(fmTitle[0]) + fmTitle[0].indexOf(fmTitle[2], 6);
    return { span: { start, end: start + fmTitle[2].length }, text: fmTitle[2] };
  }
  // The first ATX heading ("# Title") or setext heading ("Title" over "==="), whichever comes first. Every
  // pattern fails fast at a line start, so neither a megabyte-long line nor 100,000 lone "\r" costs more than a pass.
  const scope = text.slice(0, end);
  const atx = /^[ \t]{0,3}#[ \t]+([^\r\n]{1,300})$/gm;
  const setext = /\n[ \t]{0,3}=+[ \t]*(?=\r?\n|$)/g;
  const candidates: Span[] = [];
  for (let m = atx.exec(scope); m && candidates.length < 50; m = atx.exec(scope)) {
    const title = (m[1] as string).replace(/[ \t]+#+[ \t]*$|[ \t]+$/, '');
    const start = m.index + m[0].indexOf(title);
    if (title) candidates.push({ start, end: start + title.length });
  }
  for (let m = setext.exec(scope); m && candidates.length < 100; m = setext.exec(scope)) {
    const line = lineAt(scope, Math.max(0, m.index - 1));
    const title = line.text.trim();
    if (title && title.length <= 300) {
      const start = line.start + line.text.indexOf(title);
      candidates.push({ start, end: start + title.length });
    }
  }
  candidates.sort((a, b) => a.start - b.start);
  const first = candidates.find((c) => !isBlank(masked.slice(c.start, c.end)));
  if (first) return { span: first, text: text.slice(first.start, first.end) };
  return undefined;
}

/** A plain-text title: a short first line without closing punctuation, followed by a blank line. */
function plainTitle(text: string): ChecklistDoc['title'] {
  const line = nextContentLine(text, 0, Math.min(text.length, 2000));
  if (!line) return undefined;
  const after = lineAt(text, Math.min(line.next, text.length));
  if (line.next < text.length && !isBlank(after.text)) return undefined;
  const t = line.text.trim();
  if (!t || t.split(/\s+/).length > 14 || /[.,;:]$/.test(t) || GREETING.test(t)) return undefined;
  const start = line.start + line.text.indexOf(t);
  return { span: { start, end: start + t.length }, text: t };
}

export function decideKind(input: ChecklistInput): ChecklistKind {
  if (input.kind === 'email') return 'email';
  if (input.kind === 'markdown') return 'article';
  // Plain text: a greeting makes it a message; a title line over a numbered procedure, or a long text with no
  // sign-off, reads as an article; anything else is a message to someone.
  const first = nextContentLine(input.text, 0, Math.min(input.text.length, 2000));
  if (first && GREETING.test(first.text)) return 'email';
  const numbered = input.text.slice(0, 50_000).match(/^[ \t]*\d{1,3}[.)][ \t]+\S/gm)?.length ?? 0;
  if (plainTitle(input.text) && numbered >= 2) return 'article';
  const last = previousContentLine(input.masked.slice(0, input.replyEnd), Math.min(input.replyEnd, input.masked.length));
  return input.replyEnd > 4000 && !(last && SIGN_OFF.test(last.text)) ? 'article' : 'email';
}

const HAS_WORD = /[A-Za-z0-9\u00c0-\uffff]/;
const WORD = /[^\s.,;:!?()[\]"“”]+/g;

export function buildDoc(input: ChecklistInput): ChecklistDoc {
  const { text, masked } = input;
  const end = Math.max(0, Math.min(input.replyEnd, text.length, masked.length));
  const kind = decideKind(input);
  const newline = /\r\n/.test(text.slice(0, 5000)) ? '\r\n' : '\n';
  let prose = masked.slice(0, end);
  const firstLine = nextContentLine(prose, 0, end);
  let greeting: Greeting | undefined;
  let recipient: string | undefined;
  let signOff: Span | undefined;
  let bodyStart = firstLine ? firstLine.start + (/^\s*/.exec(firstLine.text)?.[0].length ?? 0) : 0;
  let closingAt = previousContentLine(prose, end)?.end ?? 0;
  let title: ChecklistDoc['title'];
  let afterTitle = bodyStart;

  if (kind === 'email') {
    const read = firstLine ? readGreeting(lineAt(text, firstLine.start)) : undefined;
    if (read) {
      greeting = read.greeting;
      recipient = read.name;
      prose = blank(prose, greeting.span.start, greeting.span.end);
      const rest = /\S/.exec(prose.slice(greeting.span.end));
      bodyStart = rest ? greeting.span.end + rest.index : end;
    }
    recipient ??= end < text.length ? quotedAuthor(text, end) : undefined;
    // The sign-off is one of the last few lines that hold the writer's words.
    let line = previousContentLine(prose, end);
    for (let n = 0; line && n < 8 && line.start >= bodyStart; n++) {
      if (SIGN_OFF.test(line.text)) {
        const lead = /^\s*/.exec(line.text)?.[0].length ?? 0;
        signOff = { start: line.start + lead, end: line.end };
        closingAt = signOff.start;
        prose = blank(prose, line.start, end);
        break;
      }
      line = previousContentLine(prose, line.start);
    }
  } else {
    title = input.kind === 'markdown' ? articleTitle(text, masked, end) : plainTitle(text.slice(0, end));
    if (title) {
      prose = blank(prose, title.span.start, title.span.end);
      // The body starts at the first prose line after the title (and after the front matter that may hold it).
      let from = Math.max(title.span.end, FRONT_MATTER.exec(text)?.[0].length ?? 0);
      let next = nextContentLine(prose, from, end);
      // Skip the description in the front matter and an H1 that repeats the title.
      while (next && /^\s*description\s*:|^[ \t]{0,3}#[ \t]/.test(text.slice(next.start, next.end))) next = nextContentLine(prose, (from = next.next), end);
      afterTitle = next ? next.start : end;
    }
    bodyStart = afterTitle;
    closingAt = text.slice(0, end).trimEnd().length;
  }

  const listItems = collectListItems(text, masked, end);
  const sentences = input.sentences.filter((s) => s.start < end);
  // Enough counting to tell a short note from a full reply, and whether any sentence is an instruction.
  let words = 0;
  let bodySentences = 0;
  let givesSteps = listItems.length > 0;
  for (const s of sentences) {
    if (bodySentences > 2 && givesSteps) break;
    const chunk = prose.slice(s.start, Math.min(s.end, end));
    if (!HAS_WORD.test(chunk)) continue;
    bodySentences++;
    if (bodySentences <= 3) words += chunk.match(WORD)?.length ?? 0;
    if (!givesSteps && startsWithInstruction(chunk)) givesSteps = true;
  }
  // Only e-mail items ask whether a fix was reported; an article scan would be wasted work.
  const reportsFix = kind === 'email' && FIX_REPORTED.test(prose);
  const hasFixHeading = kind === 'article' && FIX_HEADING.test(text.slice(0, end));
  const short = kind === 'email' && words <= 30 && bodySentences <= 2 && !givesSteps;

  return {
    input,
    text,
    kind,
    end,
    newline,
    prose,
    sentences,
    paragraphs: input.paragraphs.filter((p) => p.start < end),
    short,
    givesSteps,
    reportsFix,
    listItems,
    greeting,
    signOff,
    recipient,
    bodyStart,
    closingAt,
    title,
    afterTitle,
    hasFixHeading,
  };
}
