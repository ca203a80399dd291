import { analyze, type Report } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { withDismissed } from './dismissed.js';
import { MAX_CANCEL_LABEL, MAX_ERROR_MESSAGE, verdictFor } from './verdict.js';

const HARSH = 'Hi Sam,\n\nAs I already explained, the laptop needs a restart.\n\nAlex';

describe('verdictFor', () => {
  it('holds a draft with tone findings at error severity and names the phrase', () => {
    const v = verdictFor(analyze(HARSH, { kind: 'email' }));
    expect(v.allow).toBe(false);
    if (v.allow) return;
    expect(v.errorMessage).toContain('“As I already explained”');
    expect(v.errorMessage.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
    expect(v.cancelLabel.length).toBeLessThanOrEqual(MAX_CANCEL_LABEL);
  });
  it('allows a kind draft, and jargon alone never holds the send', () => {
    expect(verdictFor(analyze('Hi Sam,\n\nThanks for your patience. Your laptop is ready.\n\nAlex', { kind: 'email' }))).toEqual({ allow: true });
    expect(verdictFor(analyze('Hi Sam,\n\nPlease reset MFA.\n\nAlex', { kind: 'email' })).allow).toBe(true);
  });
  it('never holds a draft for a finding of the sentence model alone, even one configured as an error', () => {
    const text = 'Hi Sam,\n\nMaybe try actually reading the screen before you ring us next time.\n\nAlex';
    const report = analyze(text, { kind: 'email', config: { rules: { tone: 'error' } } });
    const modelOnly = report.findings.filter((f) => f.source === 'model');
    expect(modelOnly.length).toBeGreaterThan(0);
    expect(modelOnly.every((f) => f.severity === 'warning')).toBe(true);
    expect(verdictFor({ ...report, findings: modelOnly.map((f) => ({ ...f, severity: 'error' as const })) })).toEqual({ allow: true });
  });
  it('honours phrases dismissed for this draft', () => {
    const report = analyze(HARSH, { kind: 'email' });
    const f = report.findings.find((x) => x.category === 'tone')!;
    expect(verdictFor(report, { dismissed: withDismissed(new Set(), f) })).toEqual({ allow: true });
  });
  it('stays within 500 characters however many harsh phrases there are', () => {
    const long = Array.from({ length: 40 }, (_, i) => `As I already explained ${'x'.repeat(i)}, step ${i}.`).join('\n\n');
    const base = analyze(long, { kind: 'plain' });
    const report: Report = { ...base, findings: base.findings.map((f, i) => ({ ...f, actual: `${f.actual} ${'y'.repeat(i * 7)}` })) };
    const v = verdictFor(report);
    expect(v.allow).toBe(false);
    if (!v.allow) {
      expect(v.errorMessage.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
      expect(v.errorMessage).toMatch(/and \d+ more/);
    }
  });
  it('holds for failed checklist items only when the writer enforces them', () => {
    const base = analyze('Hi Sam,\n\nYour laptop is ready.\n\nAlex', { kind: 'email' });
    const report: Report = { ...base, checklist: [{ id: 'acknowledge', label: 'Acknowledge the problem', passed: false, why: 'x' }] };
    expect(verdictFor(report).allow).toBe(true);
    const v = verdictFor(report, { blockOnChecklist: ['acknowledge'] });
    expect(v.allow).toBe(false);
    if (!v.allow) expect(v.errorMessage).toContain('Acknowledge the problem');
  });
});
