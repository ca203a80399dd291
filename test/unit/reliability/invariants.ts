// What must hold for every report on every text: spans inside the text and on code-point boundaries, findings
// sorted and not overlapping within a rule, fixes that touch only their span, finite scores.
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

function expectSpan(text: string, s: Span, what: string): void {
  expect(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`).toBe(true);
  expect(s.start, `${what}: start >= 0`).toBeGreaterThanOrEqual(0);
  expect(s.end, `${what}: end <= text length`).toBeLessThanOrEqual(text.length);
  expect(s.start, `${what}: start <= end`).toBeLessThanOrEqual(s.end);
  expect(onCodePointBoundary(text, s.start) && onCodePointBoundary(text, s.end), `${what}: splits a surrogate pair`).toBe(true);
}

const byPosition = (a: Finding, b: Finding): number => a.start - b.start || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);

function expectFindings(text: string, findings: readonly Finding[], what: string): void {
  const lastEndByRule = new Map<string, number>();
  findings.forEach((f, i) => {
    const where = `${what}[${i}] ${f.ruleId} ${f.start}..${f.end}`;
    expectSpan(text, f, where);
    expect(f.actual, `${where}: actual is the flagged text`).toBe(text.slice(f.start, f.end));
    expect(typeof f.message === 'string' && f.message.length > 0, `${where}: message`).toBe(true);
    expect(['error', 'warning', 'info'], `${where}: severity`).toContain(f.severity);
    if (i > 0) expect(byPosition(findings[i - 1]!, f), `${where}: sorted by start, then ruleId`).toBeLessThanOrEqual(0);
    const lastEnd = lastEndByRule.get(f.ruleId);
    if (lastEnd !== undefined) expect(f.start, `${where}: overlaps an earlier finding of the same rule`).toBeGreaterThanOrEqual(lastEnd);
    lastEndByRule.set(f.ruleId, Math.max(f.end, f.start + 1));
    for (const r of f.related ?? []) expectSpan(text, r, `${where} related`);
  });
}

/** Every structural promise of a report about `text`. */
export function expectValidReport(text: string, report: Report): void {
  expect(report.errors, 'rules that threw').toEqual([]);
  expectFindings(text, report.findings, 'findings');
  expectFindings(text, report.suppressed, 'suppressed');
  for (const s of report.sentences) {
    expectSpan(text, s, 'sentence');
    expect(Number.isFinite(s.tone), 'sentence tone is a number').toBe(true);
  }
  for (const item of report.checklist) {
    if (item.evidence) expectSpan(text, item.evidence, `checklist ${item.id} evidence`);
    if (item.suggestion) {
      expect(item.suggestion.insertAt, `checklist ${item.id} insertAt`).toBeGreaterThanOrEqual(0);
      expect(item.suggestion.insertAt, `checklist ${item.id} insertAt`).toBeLessThanOrEqual(text.length);
      expect(onCodePointBoundary(text, item.suggestion.insertAt), `checklist ${item.id} insertAt splits a pair`).toBe(true);
    }
  }
  for (const n of [report.score, report.scores.tone, report.scores.jargon, report.scores.clarity]) {
    expect(Number.isFinite(n) && n >= 0 && n <= 100, `score ${n} in 0..100`).toBe(true);
  }
  for (const [k, v] of Object.entries(report.metrics)) expect(Number.isFinite(v), `metrics.${k} is finite`).toBe(true);
}

/** Applies every suggestion of every finding: only the span changes and no new lone surrogate appears. */
export function expectFixesAreLocal(text: string, report: Report): number {
  let applied = 0;
  for (const f of report.findings) {
    f.suggestions.forEach((s, i) => {
      const out = applyFix(text, f, i);
      const where = `${f.ruleId} ${f.start}..${f.end} suggestion #${i}`;
      expect(out.slice(0, f.start), `${where}: text before the span`).toBe(text.slice(0, f.start));
      expect(out.slice(f.start, f.start + s.replacement.length), `${where}: replacement`).toBe(s.replacement);
      expect(out.slice(f.start + s.replacement.length), `${where}: text after the span`).toBe(text.slice(f.end));
      expect(loneSurrogates(out), `${where}: creates a lone surrogate`).toBeLessThanOrEqual(loneSurrogates(text));
      applied++;
    });
  }
  return applied;
}

/** A report without the cache statistics, for comparing warm and cold runs. */
export function withoutCacheStats(report: Report): Omit<Report, 'cache'> {
  const { cache: _cache, ...rest } = report;
  return rest;
}
