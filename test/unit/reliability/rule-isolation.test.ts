// A rule that throws (or returns garbage) is isolated: the document still gets every other rule's findings,
// its score and checklist, and report.errors names the faulty rule. Faulty rules are injected into the real
// registry through a module mock; `fault` switches their behaviour per test.
import { analyze } from '@rapport/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RawFinding, Rule } from '../../../packages/core/src/types.js';
import { expectValidReport } from './invariants.js';

type Fault = 'none' | 'throw-error' | 'throw-string' | 'throw-undefined' | 'throw-on-marker' | 'return-undefined' | 'return-garbage' | 'nan-offsets' | 'finalize-throws' | 'stack-overflow';
const state = vi.hoisted(() => ({ fault: 'none' as string, calls: 0 }));

function faultyCheck(text: string): RawFinding[] {
  state.calls++;
  switch (state.fault as Fault) {
    case 'throw-error':
      throw new Error('boom in check');
    case 'throw-string':
      throw 'a string, not an Error';
    case 'throw-undefined':
      throw undefined;
    case 'throw-on-marker':
      if (text.includes('MARKER')) throw new RangeError('marker paragraph');
      return [{ start: 0, end: Math.min(4, text.length), messageId: 'found' }];
    case 'return-undefined':
      return undefined as never;
    case 'return-garbage':
      return [{ start: 'x', end: {}, messageId: 'found', suggestions: 'not an array' }] as never;
    case 'nan-offsets':
      return [{ start: Number.NaN, end: Number.POSITIVE_INFINITY, messageId: 'found' }];
    case 'stack-overflow': {
      const recurse = (n: number): number => recurse(n + 1) + 1;
      return [{ start: recurse(0), end: 0, messageId: 'found' }];
    }
    default:
      return [{ start: 0, end: Math.min(4, text.length), messageId: 'found' }];
  }
}

vi.mock('../../../packages/core/src/registry.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../packages/core/src/registry.js')>();
  const faulty: Rule = {
    meta: {
      id: 'clarity/zz-faulty-test-rule',
      category: 'clarity',
      description: 'A rule that fails on purpose (test only).',
      why: 'Test only.',
      messages: { found: 'found' },
      fixable: false,
      defaultSeverity: 'info',
    },
    check: (paragraph) => faultyCheck(paragraph.text),
    finalize: (found) => {
      if (state.fault === 'finalize-throws') throw new Error('boom in finalize');
      return found;
    },
  };
  return { ...real, RULES: [...real.RULES, faulty] };
});

const FAULTY = 'clarity/zz-faulty-test-rule';
const EMAIL = 'Hi Sam,\n\nAs I already explained, the VPN needs a restart.\n\nMARKER: as I already said, restart it.\n\nThanks,\nAlex\n';
let run = 0;
/** Each call uses a fresh cache key, so the faulty rule really runs. */
const analyzeFresh = (text: string) => analyze(text, { kind: 'email', config: { allow: [`__isolation_${run++}__`] } });

afterEach(() => {
  state.fault = 'none';
});

describe('a faulty rule is isolated', () => {
  const healthy = analyzeFresh(EMAIL);
  const othersOf = (r: ReturnType<typeof analyze>) => r.findings.filter((f) => f.ruleId !== FAULTY);

  it('sanity: the injected rule runs and reports when healthy', () => {
    expect(healthy.errors).toEqual([]);
    expect(healthy.findings.some((f) => f.ruleId === FAULTY)).toBe(true);
    expect(othersOf(healthy).some((f) => f.ruleId === 'tone/impatience')).toBe(true);
  });

  const throwing: Fault[] = ['throw-error', 'throw-string', 'throw-undefined', 'return-undefined', 'return-garbage', 'nan-offsets', 'stack-overflow'];
  for (const fault of throwing) {
    it(`${fault}: other rules' findings, score and checklist survive; errors names the rule`, () => {
      state.fault = fault;
      const report = analyzeFresh(EMAIL);
      expect(report.errors.length).toBeGreaterThan(0);
      expect(new Set(report.errors.map((e) => e.ruleId))).toEqual(new Set([FAULTY]));
      for (const e of report.errors) expect(typeof e.message).toBe('string');
      expect(report.findings.filter((f) => f.ruleId === FAULTY)).toEqual([]);
      expect(othersOf(report)).toEqual(othersOf(healthy));
      expect(report.checklist.map((c) => c.id)).toEqual(healthy.checklist.map((c) => c.id));
      expect(Number.isFinite(report.score)).toBe(true);
      expectValidReport(EMAIL, { ...report, errors: [] });
    });
  }

  it('throwing in one paragraph keeps that rule\'s findings from the other paragraphs', () => {
    state.fault = 'throw-on-marker';
    const report = analyzeFresh(EMAIL);
    expect(report.errors).toEqual([expect.objectContaining({ ruleId: FAULTY, message: 'marker paragraph' })]);
    expect(report.findings.filter((f) => f.ruleId === FAULTY).length).toBeGreaterThan(0);
    expect(othersOf(report)).toEqual(othersOf(healthy));
  });

  it('a throwing finalize drops only that rule', () => {
    state.fault = 'finalize-throws';
    const report = analyzeFresh(EMAIL);
    expect(report.errors).toEqual([{ ruleId: FAULTY, message: 'boom in finalize' }]);
    expect(othersOf(report)).toEqual(othersOf(healthy));
  });

  it('a failed paragraph is not cached: the next run retries it and recovers', () => {
    const options = { kind: 'email' as const, config: { allow: ['__isolation_retry__'] } };
    state.fault = 'throw-error';
    expect(analyze(EMAIL, options).errors.length).toBeGreaterThan(0);
    state.fault = 'none';
    const calls = state.calls;
    const recovered = analyze(EMAIL, options);
    expect(state.calls).toBeGreaterThan(calls);
    expect(recovered.errors).toEqual([]);
    expect(recovered.findings).toEqual(analyzeFresh(EMAIL).findings);
  });

  it('a rule that throws on every paragraph of a large document still leaves a full report', () => {
    state.fault = 'throw-error';
    const big = Array.from({ length: 300 }, (_, i) => `Paragraph ${i}: as I already explained, restart the VPN.`).join('\n\n');
    const report = analyzeFresh(big);
    expect(report.errors.every((e) => e.ruleId === FAULTY)).toBe(true);
    expect(report.findings.filter((f) => f.ruleId === 'tone/impatience')).toHaveLength(300);
  });
});
