// Reviewed ignores in Markdown: <!-- rapport-disable-next-line <rules> -- <reason> -->,
// <!-- rapport-disable <rules> -- <reason> --> … <!-- rapport-enable [rules] -->. No rules means every rule.
// Rules are ids ("tone/blame") or families ("tone"), separated by spaces or commas. The reason follows " -- "
// (or an em dash, which editors often make of "--"). A disable without a reason still applies; the
// clarity/ignore-without-reason rule reports it so reviews can see why.
import type { Span } from '../types.js';

export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Rule ids or families, lower-cased; empty = all. */
  rules: string[];
  /** Why the finding is fine here; '' when the comment gives none. */
  reason: string;
  /** The comment itself. */
  span: Span;
  /** Where it applies: the next line, or up to the matching enable (or the end). */
  range: Span;
}

// The kind must end at a space or the comment's end, so "rapport-disable-line" is not read as a blanket disable.
const COMMENT = /<!--\s*rapport-(disable-next-line|disable|enable)(?=\s|-->)([\s\S]*?)-->/gi;
// The reason starts at the first " -- " (or " — "); a trailing "--" with nothing after it is an empty reason.
const REASON = /(?:^|\s)(?:--|—|–)(?:\s|$)/;

function parseBody(body: string): { rules: string[]; reason: string } {
  const cut = REASON.exec(body);
  const head = cut ? body.slice(0, cut.index) : body;
  const reason = cut ? body.slice(cut.index + cut[0].length).trim() : '';
  const rules = head
    .split(/[\s,]+/)
    .map((r) => r.toLowerCase())
    .filter(Boolean);
  return { rules, reason };
}

/** The first line with content after the comment's own line (blank lines in between are skipped). */
function nextLine(text: string, from: number): Span {
  const lineBreak = text.slice(from).search(/\r\n|\n|\r/);
  if (lineBreak < 0) return { start: text.length, end: text.length };
  let start = from + lineBreak + (text.startsWith('\r\n', from + lineBreak) ? 2 : 1);
  while (start < text.length) {
    const lead = /^[ \t]*(?:\r\n|\n|\r)/.exec(text.slice(start, start + 1000));
    if (!lead) break;
    start += lead[0].length;
  }
  const end = text.slice(start).search(/\r\n|\n|\r/);
  return { start, end: end < 0 ? text.length : start + end };
}

/** An enable ends a disable when it names every rule (or family) of it, or names none. */
function ends(enable: Directive, disable: Directive): boolean {
  if (enable.rules.length === 0) return true;
  if (disable.rules.length === 0) return false;
  return disable.rules.every((r) => enable.rules.some((e) => r === e || r.startsWith(`${e}/`)));
}

export function parseDirectives(text: string, html: readonly Span[]): Directive[] {
  const found: Directive[] = [];
  for (const h of html) {
    const src = text.slice(h.start, h.end);
    if (!/rapport-/i.test(src)) continue;
    for (const m of src.matchAll(COMMENT)) {
      const span = { start: h.start + m.index, end: h.start + m.index + m[0].length };
      const kind = (m[1] as string).toLowerCase() as Directive['kind'];
      found.push({ kind, ...parseBody(m[2] ?? ''), span, range: { start: span.end, end: text.length } });
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);
  for (const d of found) {
    if (d.kind === 'disable-next-line') d.range = nextLine(text, d.span.end);
    else if (d.kind === 'disable') {
      const enable = found.find((e) => e.kind === 'enable' && e.span.start > d.span.start && ends(e, d));
      d.range = { start: d.span.end, end: enable ? enable.span.start : text.length };
    }
  }
  return found.filter((d) => d.kind !== 'enable');
}

export function directiveCovers(d: Directive, ruleId: string, at: number): boolean {
  if (at < d.range.start || at >= d.range.end) return false;
  return d.rules.length === 0 || d.rules.some((r) => r === ruleId || ruleId.startsWith(`${r}/`));
}
