// Shared by the property-test files: the fixed seed, the per-document check and the tallies each file prints.
import { analyze, type AnalyzeOptions } from '@rapport/core';
import type fc from 'fast-check';
import { expect } from 'vitest';
import { expectFixesAreLocal, expectValidReport, withoutCacheStats } from './invariants.js';

const seedSetting = process.env['RAPPORT_FUZZ_SEED'];
/** Fixed so CI is repeatable; RAPPORT_FUZZ_SEED=random (or a number) explores further. */
export const SEED = seedSetting === 'random' ? Date.now() % 2 ** 31 : Number(seedSetting ?? 20_261_124);

export const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, seed: SEED });

export interface Tally {
  documents: number;
  analyses: number;
  findings: number;
  fixesApplied: number;
  edits: number;
}

export const newTally = (): Tally => ({ documents: 0, analyses: 0, findings: 0, fixesApplied: 0, edits: 0 });

export function describeTally(name: string, t: Tally): string {
  return `${name} (seed ${SEED}): ${t.documents} documents, ${t.edits} incremental edits, ${t.analyses} analyses, ${t.findings} findings checked, ${t.fixesApplied} fixes applied`;
}

let coldToken = 0;

/** A config no other run uses: its cache key is new, so every paragraph is analysed afresh. */
export function cold(options: AnalyzeOptions): AnalyzeOptions {
  return { ...options, config: { ...options.config, allow: [...(options.config?.allow ?? []), `__cold_${process.pid}_${coldToken++}__`] } };
}

export function analyzeCounted(tally: Tally, text: string, options: AnalyzeOptions) {
  tally.analyses++;
  return analyze(text, options);
}

/** The full check for one document: a valid report, local fixes, and repeat and cold runs that agree. */
export function checkDocument(tally: Tally, text: string, options: AnalyzeOptions): void {
  tally.documents++;
  const first = analyzeCounted(tally, text, options);
  expectValidReport(text, first);
  tally.findings += first.findings.length;
  tally.fixesApplied += expectFixesAreLocal(text, first);
  const again = analyzeCounted(tally, text, options);
  expect(again.cache.analysed, 'a repeat run is served from the paragraph cache').toBe(0);
  expect(withoutCacheStats(again)).toEqual(withoutCacheStats(first));
  expect(withoutCacheStats(analyzeCounted(tally, text, cold(options)))).toEqual(withoutCacheStats(first));
  // Every fourth document: the text after its first fix is a valid document too.
  const fixable = tally.documents % 4 === 0 && first.findings.find((f) => f.suggestions.length);
  if (fixable) {
    const fixed = text.slice(0, fixable.start) + fixable.suggestions[0]!.replacement + text.slice(fixable.end);
    expectValidReport(fixed, analyzeCounted(tally, fixed, options));
  }
}
