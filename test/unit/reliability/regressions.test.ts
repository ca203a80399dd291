// Counterexamples the property tests found with random seeds, pinned so they stay fixed.
import { analyze, applyFix } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { expectFixesAreLocal, expectValidReport, loneSurrogates } from './invariants.js';

describe('found by fuzzing', () => {
  it('a Markdown chunk that starts with a byte-order mark keeps its offsets (micromark drops the mark)', () => {
    for (const text of ['\uFEFF𐀀\n-- \n', '\uFEFF# As I already explained\n\nReset the MFA token.\n', 'Intro.\n\n\uFEFFAs I already explained, restart it.\n']) {
      const report = analyze(text, { kind: 'markdown' });
      expectValidReport(text, report);
      for (const f of report.findings) expect(text.slice(f.start, f.end)).toBe(f.actual);
    }
    const text = '\uFEFFAs I already explained, restart it.';
    const f = analyze(text, { kind: 'markdown' }).findings.find((x) => x.ruleId === 'tone/impatience');
    expect(f?.actual).toBe('As I already explained');
  });

  it('a glossary gloss holding a lone surrogate never writes one into the text', () => {
    for (const [text, gloss] of [['laptop', '\ud83d the.'], ['VPN the.\n\nThe.', '\udc00 \u0000.']] as const) {
      const term = text.split(' ')[0]!;
      const report = analyze(text, { kind: 'markdown', config: { glossary: [{ term, gloss }] } });
      expectValidReport(text, report);
      expect(report.findings.some((f) => f.suggestions.some((s) => s.replacement.includes('\ufffd')))).toBe(true);
      expectFixesAreLocal(text, report);
      for (const f of report.findings) for (let i = 0; i < f.suggestions.length; i++) expect(loneSurrogates(applyFix(text, f, i))).toBe(0);
    }
  });
});
