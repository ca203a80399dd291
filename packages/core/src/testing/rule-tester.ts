// RuleTester-style tables for rules, run through the real engine (masking, paragraphs, finalize) with vitest.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import type { AnalyzeOptions, Rule } from '../types.js';

export interface InvalidCase {
  text: string;
  options?: AnalyzeOptions;
  errors: {
    messageId?: string;
    /** [start, end] offsets into `text`. */
    span?: [number, number];
    /** The flagged text; an alternative to `span`. */
    actual?: string;
    severity?: 'error' | 'warning' | 'info';
  }[];
  /** The text after applying the first suggestion of the first finding. */
  output?: string;
}

export interface RuleTable {
  valid: (string | { text: string; options?: AnalyzeOptions })[];
  invalid: InvalidCase[];
}

function findingsOf(rule: Rule, text: string, options: AnalyzeOptions = {}) {
  const config = { ...options.config, rules: { ...options.config?.rules } };
  // The rule's own findings: the sentence model speaks under the same rule ids, and has tests of its own.
  return analyze(text, { kind: 'plain', ...options, config }).findings.filter((f) => f.ruleId === rule.meta.id && f.source === 'rule');
}

export function testRule(rule: Rule, table: RuleTable): void {
  const texts = [...table.valid.map((v) => (typeof v === 'string' ? v : v.text)), ...table.invalid.map((c) => c.text)];
  const dup = texts.find((t, i) => texts.indexOf(t) !== i);
  describe(rule.meta.id, () => {
    it('has no duplicate cases', () => expect(dup).toBeUndefined());
    it('has at least 3 valid and 3 invalid cases', () => {
      expect(table.valid.length).toBeGreaterThanOrEqual(3);
      expect(table.invalid.length).toBeGreaterThanOrEqual(3);
    });
    for (const v of table.valid) {
      const { text, options } = typeof v === 'string' ? { text: v, options: undefined } : v;
      it(`valid: ${JSON.stringify(text).slice(0, 90)}`, () => {
        expect(findingsOf(rule, text, options).map((f) => f.actual)).toEqual([]);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${JSON.stringify(c.text).slice(0, 90)}`, () => {
        const found = findingsOf(rule, c.text, c.options);
        expect(found.map((f) => f.actual), 'number of findings').toHaveLength(c.errors.length);
        c.errors.forEach((e, i) => {
          const f = found[i]!;
          if (e.messageId) expect(f.messageId).toBe(e.messageId);
          if (e.span) expect([f.start, f.end]).toEqual(e.span);
          if (e.actual !== undefined) expect(f.actual).toBe(e.actual);
          if (e.severity) expect(f.severity).toBe(e.severity);
          expect(c.text.slice(f.start, f.end)).toBe(f.actual);
        });
        if (c.output !== undefined) {
          const f = found[0]!;
          const s = f.suggestions[0]!;
          expect(c.text.slice(0, f.start) + s.replacement + c.text.slice(f.end)).toBe(c.output);
        }
      });
    }
  });
}
