// Human output: findings per file with line:column, the why, the first rewrite, then the checklist and score.
import type { Severity } from '@rapport/core';
import type { FileResult } from '../result.js';

export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

export function palette(color: boolean): Palette {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
}

const ICON: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

export function formatStylish(results: readonly FileResult[], color: boolean, showChecklist: boolean): string {
  const p = palette(color);
  const paint: Record<Severity, (s: string) => string> = { error: p.red, warning: p.yellow, info: p.blue };
  const lines: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    lines.push(p.underline(r.path) + p.dim(`  (${r.report.kind}, score ${r.report.score}/100 — tone ${r.report.scores.tone}, jargon ${r.report.scores.jargon}, clarity ${r.report.scores.clarity})`));
    if (!r.findings.length) lines.push(`  ${p.green('✓')} no findings`);
    for (const f of r.findings) {
      totals[f.severity]++;
      lines.push(`  ${p.dim(`${f.line}:${f.column}`.padEnd(8))} ${paint[f.severity](ICON[f.severity].padEnd(7))} ${f.message}  ${p.dim(f.ruleId)}`);
      lines.push(`  ${' '.repeat(17)}${p.dim(`why: ${f.why}`)}`);
      if (f.gloss) lines.push(`  ${' '.repeat(17)}${p.dim(`means: ${f.gloss}`)}`);
      const first = f.suggestions[0];
      if (first) lines.push(`  ${' '.repeat(17)}${p.green('→')} ${first.label}: "${first.replacement}"`);
    }
    if (r.suppressed.length) lines.push(`  ${p.dim(`${r.suppressed.length} suppressed by reviewed ignores`)}`);
    for (const e of r.report.errors) lines.push(`  ${p.red('internal')} rule ${e.ruleId} failed: ${e.message}`);
    const items = r.report.checklist.filter((c) => c.passed !== null);
    if (showChecklist && items.length) {
      lines.push(`  ${p.bold('Checklist')}`);
      for (const c of items) {
        lines.push(`    ${c.passed ? p.green('✓') : p.yellow('○')} ${c.label}`);
        if (!c.passed && c.suggestion) lines.push(`      ${p.dim(`try: "${c.suggestion.text.trim()}"`)}`);
      }
    }
    lines.push('');
  }
  const problems = totals.error + totals.warning + totals.info;
  lines.push(
    problems
      ? p.bold(`${problems} finding${problems === 1 ? '' : 's'} (${totals.error} error${totals.error === 1 ? '' : 's'}, ${totals.warning} warning${totals.warning === 1 ? '' : 's'}, ${totals.info} info) in ${results.length} file${results.length === 1 ? '' : 's'}`)
      : p.green(`No findings in ${results.length} file${results.length === 1 ? '' : 's'}.`),
  );
  return `${lines.join('\n')}\n`;
}
