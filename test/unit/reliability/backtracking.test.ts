// No catastrophic backtracking: every adversarial input, through the whole engine in each document kind and
// through every rule's check() directly (unmasked, so masking cannot hide a slow pattern). The bound is
// generous on purpose: it only catches exponential or badly quadratic cases, never a slow machine.
import { analyze } from '@rapport/core';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '../../../packages/core/src/registry.js';
import { sentencesOf } from '../../../packages/core/src/text/segment.js';
import type { DocumentKind, RuleOptions } from '../../../packages/core/src/types.js';
import { ADVERSARIAL_INPUTS } from './adversarial-inputs.js';

/** Linear work takes well under a second here; a quadratic pass on these sizes takes 10 s to minutes. */
const boundMs = (text: string): number => (text.length > 512 * 1024 ? 10_000 : 5_000);
const KINDS: DocumentKind[] = ['plain', 'email', 'markdown'];
const measured: { input: string; analyze: Record<string, number>; worstRule: string; worstRuleMs: number }[] = [];

function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

describe('adversarial inputs finish in bounded time', () => {
  for (const input of ADVERSARIAL_INPUTS) {
    it(input.name, () => {
      const text = input.build();
      const row = { input: input.name, analyze: {} as Record<string, number>, worstRule: '', worstRuleMs: 0 };
      for (const kind of KINDS) {
        // A config only this run uses keeps the paragraph cache from hiding the cost.
        const { value: report, ms } = timed(() => analyze(text, { kind, config: { allow: [`__cold_${kind}_${input.name}`] } }));
        row.analyze[kind] = ms;
        expect(report.errors, `${kind}: rules that threw`).toEqual([]);
        expect(ms, `${kind} analysis of ${input.name}`).toBeLessThan(boundMs(text));
        for (const f of report.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
        }
      }
      const options: RuleOptions = { audience: 'end-user', kind: 'plain', allow: new Set(), glossary: [] };
      const sentences = sentencesOf(text, 'plain');
      for (const rule of RULES) {
        const { ms } = timed(() => rule.check({ text, offset: 0, sentences, kind: 'plain' }, options));
        if (ms > row.worstRuleMs) Object.assign(row, { worstRule: rule.meta.id, worstRuleMs: ms });
        expect(ms, `${rule.meta.id}.check on ${input.name}`).toBeLessThan(boundMs(text));
      }
      measured.push(row);
    });
  }

  afterAll(() => {
    const ms = (n: number | undefined): string => (n === undefined ? '-' : n.toFixed(0).padStart(6));
    const lines = measured.map(
      (r) => `${r.input.padEnd(44)} ${KINDS.map((k) => ms(r.analyze[k])).join(' ')}   ${ms(r.worstRuleMs)} ${r.worstRule}`,
    );
    console.log(`\nAdversarial inputs, ms (${KINDS.join(' / ')}; slowest single rule.check):\n${lines.join('\n')}\n`);
  });
});
