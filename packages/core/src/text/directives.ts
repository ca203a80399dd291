// Reviewed ignores in Markdown: <!-- rapport-disable-next-line <rules> -- <reason> -->,
// <!-- rapport-disable <rules> -- <reason> --> … <!-- rapport-enable [rules] -->. No rules means every rule.
import type { Span } from '../types.js';

export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Rule ids or families; empty = all. */
  rules: string[];
  reason: string;
  /** The comment itself. */
  span: Span;
  /** Where it applies: the next line, or up to the matching enable (or the end). */
  range: Span;
}

const COMMENT = /<!--\s*rapport-(disable-next-line|disable|enable)\b([\s\S]*?)-->/g;

export function parseDirectives(text: string, html: readonly Span[]): Directive[] {
  const found: Directive[] = [];
  for (const h of html) {
    const src = text.slice(h.start, h.end);
    for (const m of src.matchAll(COMMENT)) {
      const [body = '', reason = ''] = (m[2] ?? '').split(/\s--\s|\s--$/);
      const span = { start: h.start + m.index, end: h.start + m.index + m[0].length };
      const rules = body.split(/[\s,]+/).filter(Boolean);
      found.push({ kind: m[1] as Directive['kind'], rules, reason: reason.trim(), span, range: { start: span.end, end: text.length } });
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);
  for (const d of found) {
    if (d.kind === 'disable-next-line') {
      const lineEnd = text.slice(d.span.end).search(/\r?\n|\r/);
      const nextStart = lineEnd < 0 ? text.length : d.span.end + lineEnd + (text.slice(d.span.end + lineEnd).startsWith('\r\n') ? 2 : 1);
      // The "next line" is the first line with content after the comment (a blank line may sit between).
      const rest = text.slice(nextStart);
      const lead = /^[ \t]*(?:\r?\n|\r)*/.exec(rest)?.[0].length ?? 0;
      const after = rest.slice(lead).search(/\r?\n|\r/);
      d.range = { start: nextStart, end: after < 0 ? text.length : nextStart + lead + after };
    } else if (d.kind === 'disable') {
      const enable = found.find(
        (e) => e.kind === 'enable' && e.span.start > d.span.start && (e.rules.length === 0 || d.rules.some((r) => e.rules.includes(r))),
      );
      d.range = { start: d.span.end, end: enable ? enable.span.start : text.length };
    }
  }
  return found.filter((d) => d.kind !== 'enable');
}

export function directiveCovers(d: Directive, ruleId: string, at: number): boolean {
  if (at < d.range.start || at >= d.range.end) return false;
  return d.rules.length === 0 || d.rules.some((r) => r === ruleId || ruleId.startsWith(`${r}/`));
}
