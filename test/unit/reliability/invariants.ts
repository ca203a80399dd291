// What must hold for every report on every text: spans inside the text and on code-point boundaries, findings
// sorted and not overlapping within a rule, fixes that touch only their span, finite scores. Checks collect
// problems in plain code and assert once, so they stay cheap across thousands of documents.
import { applyFix, type Finding, type Report, type Span } from '@rapport/core';
import { expect } from 'vitest';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True unless `at` falls between the two halves of a surrogate pair. */
export function onCodePointBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  return !(isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1)));
}

/** How many UTF-16 code units are unpaired surrogates. */
export function loneSurrogates(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHigh(c) && isLow(text.charCodeAt(i + 1))) i++;
    else if (isHigh(c) || isLow(c)) n++;
  }
  return n;
}

function spanProblem(text: string, s: Span): string | null {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return 'offsets are not integers';
  if (s.start < 0 || s.end > text.length || s.start > s.end) return `outside the text (length ${text.length})`;
  if (!onCodePointBoundary(text, s.start) || !onCodePointBoundary(text, s.end)) return 'splits a surrogate pair';
  return null;
}

const byPosition = (a: Finding, b: Finding): number => a.start - b.start || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);

function findingProblems(text: string, findings: readonly Finding[], what: string, problems: string[]): void {
  const lastEndByRule = new Map<string, number>();
  findings.forEach((f, i) => {
    const where = `${what}[${i}] ${f.ruleId} ${f.start}..${f.end}`;
    const bad = (p: string): number => problems.push(`${where}: ${p}`);
    const span = spanProblem(text, f);
    if (span) bad(span);
    if (f.actual !== text.slice(f.start, f.end)) bad('actual is not the flagged text');
    if (typeof f.message !== 'string' || !f.message) bad('no message');
    if (!['error', 'warning', 'info'].includes(f.severity)) bad(`severity ${String(f.severity)}`);
    if (i > 0 && byPosition(findings[i - 1]!, f) > 0) bad('not sorted by start, then ruleId');
    const lastEnd = lastEndByRule.get(f.ruleId);
    if (lastEnd !== undefined && f.start < lastEnd) bad('overlaps an earlier finding of the same rule');
    lastEndByRule.set(f.ruleId, Math.max(f.end, f.start + 1));
    for (const s of f.suggestions) if (typeof s.replacement !== 'string' || typeof s.label !== 'string') bad('malformed suggestion');
    for (const r of f.related ?? []) {
      const p = spanProblem(text, r);
      if (p) bad(`related span ${p}`);
    }
  });
}

/** Every structural promise of a report about `text`. */
export function expectValidReport(text: string, report: Report): void {
  expect(report.errors, 'rules that threw').toEqual([]);
  const problems: string[] = [];
  findingProblems(text, report.findings, 'findings', problems);
  findingProblems(text, report.suppressed, 'suppressed', problems);
  for (const s of report.sentences) {
    const p = spanProblem(text, s);
    if (p) problems.push(`sentence ${s.start}..${s.end}: ${p}`);
    if (!Number.isFinite(s.tone)) problems.push(`sentence ${s.start}..${s.end}: tone ${s.tone}`);
  }
  for (const item of report.checklist) {
    const p = item.evidence && spanProblem(text, item.evidence);
    if (p) problems.push(`checklist ${item.id} evidence: ${p}`);
    const at = item.suggestion?.insertAt;
    if (at !== undefined && (!Number.isInteger(at) || at < 0 || at > text.length || !onCodePointBoundary(text, at))) {
      problems.push(`checklist ${item.id} insertAt ${at}`);
    }
  }
  for (const n of [report.score, report.scores.tone, report.scores.jargon, report.scores.clarity]) {
    if (!(Number.isFinite(n) && n >= 0 && n <= 100)) problems.push(`score ${n} outside 0..100`);
  }
  for (const [k, v] of Object.entries(report.metrics)) if (!Number.isFinite(v)) problems.push(`metrics.${k} = ${v}`);
  expect(problems.slice(0, 20)).toEqual([]);
}

/** Applies every suggestion of every finding: only the span changes and no new lone surrogate appears. */
export function expectFixesAreLocal(text: string, report: Report): number {
  const problems: string[] = [];
  const lone = loneSurrogates(text);
  let applied = 0;
  for (const f of report.findings) {
    f.suggestions.forEach((s, i) => {
      const out = applyFix(text, f, i);
      const where = `${f.ruleId} ${f.start}..${f.end} suggestion #${i}`;
      if (out.slice(0, f.start) !== text.slice(0, f.start)) problems.push(`${where}: changed the text before the span`);
      if (out.slice(f.start, f.start + s.replacement.length) !== s.replacement) problems.push(`${where}: replacement not in place`);
      if (out.slice(f.start + s.replacement.length) !== text.slice(f.end)) problems.push(`${where}: changed the text after the span`);
      if (loneSurrogates(out) > lone) problems.push(`${where}: created a lone surrogate`);
      applied++;
    });
  }
  expect(problems.slice(0, 20)).toEqual([]);
  return applied;
}

/** A report without the cache statistics, for comparing warm and cold runs. */
export function withoutCacheStats(report: Report): Omit<Report, 'cache'> {
  const { cache: _cache, ...rest } = report;
  return rest;
}
