import { analyze, type Finding, type Report } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import {
  diagnosticLevel,
  escapeMarkdown,
  hoverMarkdown,
  ignoreComment,
  ignoreInsertion,
  planFixAll,
  positionsOf,
  quickFixes,
  reportOutline,
  statusOf,
  toDiagnosticData,
} from './convert.js';

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'tone/impatience',
    messageId: 'm',
    category: 'tone',
    severity: 'warning',
    start: 0,
    end: 4,
    message: 'Found it.',
    why: 'Because.',
    suggestions: [],
    docsUrl: 'docs/rules/tone/impatience.md',
    actual: 'text',
    ...over,
  };
}

describe('positionsOf', () => {
  it('matches TextDocument.positionAt for \\n, \\r\\n and \\r line ends', () => {
    const at = positionsOf('ab\ncd\r\nef\rg');
    expect(at(0)).toEqual({ line: 0, character: 0 });
    expect(at(2)).toEqual({ line: 0, character: 2 });
    expect(at(3)).toEqual({ line: 1, character: 0 });
    expect(at(5)).toEqual({ line: 1, character: 2 });
    expect(at(7)).toEqual({ line: 2, character: 0 });
    expect(at(10)).toEqual({ line: 3, character: 0 });
    expect(at(11)).toEqual({ line: 3, character: 1 });
  });

  it('clamps offsets outside the text and counts UTF-16 code units', () => {
    const at = positionsOf('😀x\ny');
    expect(at(-5)).toEqual({ line: 0, character: 0 });
    expect(at(2)).toEqual({ line: 0, character: 2 });
    expect(at(99)).toEqual({ line: 1, character: 1 });
  });
});

describe('toDiagnosticData', () => {
  it('maps span, severity, rule id, docs path and puts the why in the message', () => {
    const text = 'Hi.\nAs I already explained, restart.';
    const f = finding({ start: 4, end: 23, severity: 'info', message: 'Sounds impatient.', why: 'Kindness helps.' });
    const d = toDiagnosticData(f, text, positionsOf(text));
    expect(d).toEqual({
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 19 } },
      message: 'Sounds impatient. Kindness helps.',
      level: 'information',
      source: 'Rapport',
      ruleId: 'tone/impatience',
      docsPath: 'docs/rules/tone/impatience.md',
      related: [],
    });
  });

  it('turns related spans into related information quoting the text', () => {
    const text = 'DNS here and DNS there';
    const d = toDiagnosticData(finding({ related: [{ start: 13, end: 16 }] }), text, positionsOf(text));
    expect(d.related).toEqual([{ range: { start: { line: 0, character: 13 }, end: { line: 0, character: 16 } }, message: 'Also here: “DNS”' }]);
  });

  it('maps every core severity', () => {
    expect(['error', 'warning', 'info'].map((s) => diagnosticLevel(s as Finding['severity']))).toEqual(['error', 'warning', 'information']);
  });
});

describe('quick fixes', () => {
  const f = finding({
    start: 10,
    end: 20,
    actual: 'As I said ',
    suggestions: [
      { label: 'Rephrase', replacement: 'To recap' },
      { label: 'Remove', replacement: '' },
    ],
  });

  it('offers every suggestion in order, the first preferred, replacing exactly the span', () => {
    expect(quickFixes(f)).toEqual([
      { title: 'Rephrase: “To recap”', isPreferred: true, edit: { start: 10, end: 20, newText: 'To recap' } },
      { title: 'Remove: remove “As I said”', isPreferred: false, edit: { start: 10, end: 20, newText: '' } },
    ]);
  });

  it('offers nothing for a finding without suggestions', () => {
    expect(quickFixes(finding({}))).toEqual([]);
  });

  it('plans fix-all edits without overlaps, per rule, and only unambiguous ones for source.fixAll', () => {
    const one = (start: number, end: number, ruleId: Finding['ruleId'], n = 1): Finding =>
      finding({ start, end, ruleId, suggestions: Array.from({ length: n }, (_, i) => ({ label: `s${i}`, replacement: `r${i}` })) });
    const all = [one(20, 25, 'tone/impatience'), one(0, 5, 'tone/impatience', 2), one(3, 8, 'jargon/unexplained-term'), one(30, 31, 'jargon/unexplained-term')];
    expect(planFixAll(all)).toEqual([
      { start: 0, end: 5, newText: 'r0' },
      { start: 20, end: 25, newText: 'r0' },
      { start: 30, end: 31, newText: 'r0' },
    ]);
    expect(planFixAll(all, { ruleId: 'jargon/unexplained-term' }).map((e) => e.start)).toEqual([3, 30]);
    expect(planFixAll(all, { onlyUnambiguous: true }).map((e) => e.start)).toEqual([3, 20, 30]);
  });
});

describe('reviewed ignore', () => {
  it('writes the directive core understands, with a one-line reason that cannot close the comment', () => {
    expect(ignoreComment('tone/impatience', 'quoting\nthe customer --> here')).toBe(
      '<!-- rapport-disable-next-line tone/impatience -- quoting the customer – here -->',
    );
  });

  it('inserts above the finding line with its indent and the file line ending', () => {
    const text = '# Title\r\n\r\n  As I already explained, restart.\r\n';
    const at = text.indexOf('already');
    expect(ignoreInsertion(text, at, 'tone/impatience', 'quote')).toEqual({
      start: 11,
      end: 11,
      newText: '  <!-- rapport-disable-next-line tone/impatience -- quote -->\r\n',
    });
  });

  it('is honoured by core: the finding moves to suppressed', () => {
    const text = 'Hello.\n\nAs I already explained, restart the router.\n';
    const report = analyze(text, { kind: 'markdown' });
    const f = report.findings.find((x) => x.ruleId === 'tone/impatience');
    expect(f).toBeDefined();
    const ins = ignoreInsertion(text, f!.start, f!.ruleId, 'quoting a template');
    const after = analyze(text.slice(0, ins.start) + ins.newText + text.slice(ins.end), { kind: 'markdown' });
    expect(after.findings.some((x) => x.ruleId === 'tone/impatience')).toBe(false);
    expect(after.suppressed.map((x) => [x.ruleId, x.suppressed?.reason])).toContainEqual(['tone/impatience', 'quoting a template']);
  });
});

describe('hoverMarkdown', () => {
  it('adds the gloss, rewrites and docs link to the diagnostic (which says what and why), with document text escaped', () => {
    const md = hoverMarkdown(
      finding({
        message: '"DNS" may be *unfamiliar*.',
        why: 'Plain words help.',
        gloss: 'the internet’s *phone* book',
        suggestions: [
          { label: 'Add an explanation', replacement: 'DNS (the internet’s phone book)' },
          { label: 'Cut', replacement: '' },
        ],
      }),
      'file:///ext/docs/rules/jargon/unexplained-term.md',
    );
    expect(md).toBe(
      [
        '*In plain words:* the internet’s \\*phone\\* book',
        '',
        '*Try instead:*',
        '',
        '- “DNS \\(the internet’s phone book\\)”',
        '- leave it out (Cut)',
        '',
        '[Rapport: tone/impatience](file:///ext/docs/rules/jargon/unexplained-term.md)',
      ].join('\n'),
    );
    expect(md).not.toContain('unfamiliar');
    expect(md).not.toContain('Plain words help');
    expect(escapeMarkdown('[x](y)')).toBe('\\[x\\]\\(y\\)');
  });
});

describe('sidebar outline and status', () => {
  const report: Pick<Report, 'score' | 'scores' | 'findings' | 'checklist'> = {
    score: 72,
    scores: { tone: 60, jargon: 80, clarity: 90 },
    findings: [
      finding({ start: 0, end: 3, category: 'jargon', ruleId: 'jargon/unexplained-term', actual: 'DNS', severity: 'warning' }),
      finding({ start: 10, end: 29, actual: 'As I already explained', severity: 'error' }),
      finding({ start: 40, end: 43, category: 'jargon', ruleId: 'jargon/unexplained-term', actual: 'MFA', severity: 'info' }),
    ],
    checklist: [
      { id: 'acknowledge', label: 'Acknowledge the trouble', passed: true, evidence: { start: 5, end: 9 }, why: 'People feel heard.' },
      { id: 'plan', label: 'Give a clear plan', passed: false, suggestion: { text: 'Here is what we will do next.', insertAt: 50 }, why: 'A plan reassures.' },
      { id: 'steps', label: 'Numbered steps', passed: false, problem: { start: 60, end: 70 }, why: 'Steps help.' },
      { id: 'confirm', label: 'Confirm the fix', passed: null, why: 'Close the loop.' },
    ],
  };

  it('lists score, checklist (not applicable included) and findings grouped by category with spans to reveal', () => {
    const nodes = reportOutline(report);
    expect(nodes.map((n) => [n.label, n.description])).toEqual([
      ['Score 72/100', 'tone 60 · jargon 80 · clarity 90'],
      ['Empathy checklist', '1/3 done'],
      ['Jargon', '2 findings'],
      ['Tone', '1 finding'],
    ]);
    expect(nodes[1]!.children!.map((c) => [c.icon, c.description, c.reveal])).toEqual([
      ['pass', 'done', { start: 5, end: 9 }],
      ['fail', 'try: Here is what we will do next.', { start: 50, end: 50 }],
      ['fail', 'missing', { start: 60, end: 70 }],
      ['notApplicable', 'not applicable', undefined],
    ]);
    expect(nodes[1]!.children!.map((c) => c.insert)).toEqual([undefined, { text: 'Here is what we will do next.', at: 50 }, undefined, undefined]);
    expect(nodes[2]!.children!.map((c) => [c.label, c.icon, c.reveal])).toEqual([
      ['Found it.', 'warning', { start: 0, end: 3 }],
      ['Found it.', 'info', { start: 40, end: 43 }],
    ]);
  });

  it('says so when the checklist is empty', () => {
    expect(reportOutline({ ...report, checklist: [], findings: [] }).map((n) => n.description)).toEqual([
      'tone 60 · jargon 80 · clarity 90',
      'no items for this document',
    ]);
  });

  it('puts the score in the status bar', () => {
    expect(statusOf(report)).toEqual({
      text: '$(heart) Rapport 72',
      tooltip: 'Rapport score 72/100 (tone 60, jargon 80, clarity 90); 3 findings. Click for the report.',
    });
  });
});
