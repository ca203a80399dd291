// The largest document: 5 MB of generated articles, e-mails and plain text analyses in linear time and bounded
// memory (issue 10). Bounds are generous: they catch a quadratic pass, not a slow machine. Times and memory are
// printed for the issue note.
import { analyze } from '@rapport/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownDocument, sentence, unicodeDocument } from './documents.js';
import { expectValidReport } from './invariants.js';

const MB = 1024 * 1024;
const SIZE = 5 * MB;

/** Distinct generated documents joined by blank lines up to `size` UTF-16 code units. */
function document(arb: fc.Arbitrary<string>, size: number, seed: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let round = 0; length < size; round++) {
    for (const d of fc.sample(arb, { numRuns: 2_000, seed: seed + round })) {
      parts.push(d);
      length += d.length + 2;
    }
  }
  return parts.join('\n\n').slice(0, size);
}

describe('the largest documents (5 MB)', () => {
  const cases = [
    { name: 'Markdown article', kind: 'markdown' as const, arb: markdownDocument, boundMs: 90_000 },
    // A reply of 4 MB of generated paragraphs over 1 MB of quoted history.
    {
      name: 'e-mail thread',
      kind: 'email' as const,
      arb: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')),
      boundMs: 60_000,
      wrap: (body: string) => `Hi Sam,\n\n${body.slice(0, 4 * MB)}\n\nThanks,\nAlex\n\nOn Mon, 1 Jan 2026, Sam wrote:\n${'> Nothing works and nobody answers.\n'.repeat(MB / 36)}`,
    },
    // Tiny paragraphs: the most paragraphs and sentences per megabyte (2 MB keeps CI quick).
    { name: 'plain text with hostile Unicode', kind: 'plain' as const, arb: unicodeDocument, boundMs: 60_000, size: 2 * MB },
  ];
  for (const c of cases) {
    it(`${c.name}: analysed with a valid report, in linear time, without running out of memory`, () => {
      const size = 'size' in c ? c.size : SIZE;
      const text = ('wrap' in c ? c.wrap(document(c.arb, size, 5)) : document(c.arb, size, 5)).slice(0, size);
      expect(text.length).toBe(size);
      const heapBefore = process.memoryUsage().heapUsed;
      const started = performance.now();
      const report = analyze(text, { kind: c.kind, config: { allow: ['__large_document__'] } });
      const ms = performance.now() - started;
      const heapAfter = process.memoryUsage().heapUsed;
      console.log(
        `${(text.length / MB).toFixed(0)} MB ${c.name}: ${(ms / 1000).toFixed(1)} s, ${report.findings.length} findings, ${report.metrics.paragraphs} paragraphs, ` +
          `heap ${(heapBefore / MB).toFixed(0)} → ${(heapAfter / MB).toFixed(0)} MB, rss ${(process.memoryUsage().rss / MB).toFixed(0)} MB`,
      );
      expect(ms).toBeLessThan(c.boundMs);
      expect(heapAfter).toBeLessThan(2_048 * MB);
      expectValidReport(text, report);
    }, 180_000);
  }
});
