// The JSON contract (version 1), documented in README.md: other tools and tests read it, keep it stable.
import type { FileResult, LocatedFinding } from '../result.js';

function finding(f: LocatedFinding, suppressed: boolean) {
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    start: f.start,
    end: f.end,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: f.message,
    why: f.why,
    suggestions: f.suggestions.map((s) => ({ label: s.label, replacement: s.replacement })),
    source: f.source,
    ...(f.gloss ? { gloss: f.gloss } : {}),
    ...(suppressed && f.suppressed ? { suppressed: { reason: f.suppressed.reason } } : {}),
  };
}

export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((r) => ({
    path: r.path,
    kind: r.report.kind,
    score: r.report.score,
    scores: r.report.scores,
    metrics: r.report.metrics,
    checklist: r.report.checklist.map((c) => ({ id: c.id, label: c.label, passed: c.passed })),
    findings: r.findings.map((f) => finding(f, false)),
    suppressed: r.suppressed.map((f) => finding(f, true)),
    ...(r.report.errors.length ? { errors: r.report.errors } : {}),
  }));
  return `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
}
