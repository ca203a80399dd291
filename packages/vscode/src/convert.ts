// Finding -> VS Code concepts, as plain data. No `vscode` import here: these functions are unit-tested with vitest,
// and the adapters in the other modules turn their output into Diagnostics, CodeActions, hovers and tree items.
import type { ChecklistItem, Finding, Report, Severity, Span } from '@rapport/core';

export interface Pos {
  line: number;
  character: number;
}

export interface PlainRange {
  start: Pos;
  end: Pos;
}

export type PositionAt = (offset: number) => Pos;

/** Offset -> line/character with TextDocument.positionAt's rules (\r\n, \n and \r end a line), for files not open. */
export function positionsOf(text: string): PositionAt {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    } else if (c === 10 /* \n */) {
      lineStarts.push(i + 1);
    }
  }
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: at - lineStarts[lo]! };
  };
}

export function rangeOf(span: Span, positionAt: PositionAt): PlainRange {
  return { start: positionAt(span.start), end: positionAt(span.end) };
}

export type DiagnosticLevel = 'error' | 'warning' | 'information';

export function diagnosticLevel(severity: Severity): DiagnosticLevel {
  return severity === 'info' ? 'information' : severity;
}

export interface DiagnosticData {
  range: PlainRange;
  /** What was found, then why it matters: the Problems panel shows one line, so both go in. */
  message: string;
  level: DiagnosticLevel;
  source: 'Rapport';
  ruleId: string;
  /** Repo-relative docs page (`docs/rules/<id>.md`), bundled in the extension at the same path. */
  docsPath: string;
  related: { range: PlainRange; message: string }[];
}

export function toDiagnosticData(finding: Finding, text: string, positionAt: PositionAt): DiagnosticData {
  return {
    range: rangeOf(finding, positionAt),
    message: `${finding.message} ${finding.why}`,
    level: diagnosticLevel(finding.severity),
    source: 'Rapport',
    ruleId: finding.ruleId,
    docsPath: finding.docsUrl,
    related: (finding.related ?? []).map((span) => ({
      range: rangeOf(span, positionAt),
      message: `Also here: “${text.slice(span.start, span.end)}”`,
    })),
  };
}

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface QuickFixData {
  title: string;
  isPreferred: boolean;
  edit: OffsetEdit;
}

export function suggestionTitle(finding: Pick<Finding, 'actual'>, s: { label: string; replacement: string }): string {
  if (s.replacement === '') return `${s.label}: remove “${finding.actual.trim()}”`;
  return `${s.label}: “${s.replacement}”`;
}

/** One quick fix per core suggestion, in the engine's order; the first is the preferred one. */
export function quickFixes(finding: Finding): QuickFixData[] {
  return finding.suggestions.map((s, i) => ({
    title: suggestionTitle(finding, s),
    isPreferred: i === 0,
    edit: { start: finding.start, end: finding.end, newText: s.replacement },
  }));
}

/**
 * Edits for "fix all": each finding's first suggestion, skipping any that overlaps an earlier edit.
 * `onlyUnambiguous` (for source.fixAll, which may run on save) also skips findings offering a choice of rewrites.
 */
export function planFixAll(findings: readonly Finding[], options: { ruleId?: string; onlyUnambiguous?: boolean } = {}): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  let lastEnd = -1;
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const f of sorted) {
    if (options.ruleId && f.ruleId !== options.ruleId) continue;
    const first = f.suggestions[0];
    if (!first) continue;
    if (options.onlyUnambiguous && f.suggestions.length !== 1) continue;
    if (f.start < lastEnd) continue;
    edits.push({ start: f.start, end: f.end, newText: first.replacement });
    lastEnd = f.end;
  }
  return edits;
}

/** The reviewed-ignore comment core understands; the reason is kept on one line and cannot close the comment. */
export function ignoreComment(ruleId: string, reason: string): string {
  const clean = reason.replace(/\s+/g, ' ').replace(/--+>?/g, '–').trim();
  return `<!-- rapport-disable-next-line ${ruleId} -- ${clean} -->`;
}

/** Where and what to insert so the comment sits on its own line above the finding's line, with the same indent. */
export function ignoreInsertion(text: string, offset: number, ruleId: string, reason: string): OffsetEdit {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: lineStart, end: lineStart, newText: `${indent}${ignoreComment(ruleId, reason)}${eol}` };
}

/** Escapes text from the document so Markdown in a hover shows it literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

/**
 * Hover text. VS Code already shows the diagnostic (what was found and why) at the top of the same hover, so this
 * adds only what the diagnostic lacks: the plain-language gloss, the rewrites and the rule's page.
 */
export function hoverMarkdown(finding: Finding, docsLink: string): string {
  const lines: string[] = [];
  if (finding.gloss) lines.push(`*In plain words:* ${escapeMarkdown(finding.gloss)}`, '');
  if (finding.suggestions.length) {
    lines.push('*Try instead:*', '');
    for (const s of finding.suggestions) {
      lines.push(s.replacement === '' ? `- leave it out (${escapeMarkdown(s.label)})` : `- “${escapeMarkdown(s.replacement)}”`);
    }
    lines.push('');
  }
  lines.push(`[Rapport: ${escapeMarkdown(finding.ruleId)}](${docsLink})`);
  return lines.join('\n');
}

export interface StatusData {
  text: string;
  tooltip: string;
}

export function statusOf(report: Pick<Report, 'score' | 'scores' | 'findings'>): StatusData {
  const n = report.findings.length;
  return {
    text: `$(heart) Rapport ${report.score}`,
    tooltip:
      `Rapport score ${report.score}/100 (tone ${report.scores.tone}, jargon ${report.scores.jargon}, ` +
      `clarity ${report.scores.clarity}); ${n} finding${n === 1 ? '' : 's'}. Click for the report.`,
  };
}

export type OutlineIcon = 'pass' | 'fail' | 'notApplicable' | 'error' | 'warning' | 'info' | 'score' | 'checklist' | 'category';

/** A sidebar row as plain data; `reveal` is the span to select when it is clicked. */
export interface OutlineNode {
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  icon: OutlineIcon;
  reveal?: Span;
  /** Text the writer can insert for a failed checklist item, and where. */
  insert?: { text: string; at: number };
  children?: OutlineNode[];
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const oneLine = (s: string, max = 60): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Where a checklist row leads: what satisfies it, else what falls short, else where the suggested text would go. */
function revealFor(c: ChecklistItem): { reveal?: Span } {
  const at = c.evidence ?? c.problem ?? (c.suggestion ? { start: c.suggestion.insertAt, end: c.suggestion.insertAt } : undefined);
  return at ? { reveal: at } : {};
}

/** The sidebar for one document: score, empathy checklist, then findings grouped by category (in report order). */
export function reportOutline(report: Pick<Report, 'score' | 'scores' | 'findings' | 'checklist'>): OutlineNode[] {
  const nodes: OutlineNode[] = [
    {
      id: 'score',
      label: `Score ${report.score}/100`,
      description: `tone ${report.scores.tone} · jargon ${report.scores.jargon} · clarity ${report.scores.clarity}`,
      tooltip: '100 means warm and plain. Each finding below lowers the score of its category.',
      icon: 'score',
    },
  ];
  const applicable = report.checklist.filter((c) => c.passed !== null);
  nodes.push({
    id: 'checklist',
    label: 'Empathy checklist',
    description: report.checklist.length ? `${applicable.filter((c) => c.passed).length}/${applicable.length} done` : 'no items for this document',
    icon: 'checklist',
    children: report.checklist.map((c) => ({
      id: `checklist/${c.id}`,
      label: c.label,
      description: c.passed === null ? 'not applicable' : c.passed ? 'done' : c.suggestion ? `try: ${oneLine(c.suggestion.text, 50)}` : 'missing',
      tooltip: c.suggestion && c.passed === false ? `${c.why}\n\nYou could add: ${c.suggestion.text}` : c.why,
      icon: c.passed === null ? 'notApplicable' : c.passed ? 'pass' : 'fail',
      ...revealFor(c),
      ...(c.passed === false && c.suggestion ? { insert: { text: c.suggestion.text, at: c.suggestion.insertAt } } : {}),
    })),
  });
  const byCategory = new Map<string, Finding[]>();
  for (const f of report.findings) byCategory.set(f.category, [...(byCategory.get(f.category) ?? []), f]);
  for (const [category, findings] of byCategory) {
    nodes.push({
      id: `category/${category}`,
      label: capitalise(category),
      description: `${findings.length} finding${findings.length === 1 ? '' : 's'}`,
      icon: 'category',
      children: findings.map((f) => ({
        id: `finding/${f.ruleId}/${f.start}`,
        label: oneLine(f.message, 120),
        description: f.ruleId,
        tooltip: `${f.message}\n\n${f.why}`,
        icon: f.severity,
        reveal: { start: f.start, end: f.end },
      })),
    });
  }
  return nodes;
}
