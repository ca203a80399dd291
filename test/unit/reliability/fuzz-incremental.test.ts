// Property tests (issue 10), part 3 of 3: random edits against the module-level paragraph cache. After every
// edit, the warm (incremental) report equals a cold one. The three parts total 10,000 documents.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { anyKind, applyEdit, edit, emailDocument, markdownDocument, unicodeDocument } from './documents.js';
import { analyzeCounted, cold, describeTally, newTally, params } from './fuzz.js';
import { expectValidReport, withoutCacheStats } from './invariants.js';

const RUNS = 1_000;
const tally = newTally();

describe('property tests: incremental edits', () => {
  it(`incremental analysis after random edits equals a cold run: ${RUNS} documents`, () => {
    const document = fc.oneof(markdownDocument, emailDocument, unicodeDocument);
    fc.assert(
      fc.property(document, anyKind, fc.array(edit, { minLength: 1, maxLength: 5 }), (original, kind, edits) => {
        tally.documents++;
        let text = original;
        analyzeCounted(tally, text, { kind });
        for (const e of edits) {
          text = applyEdit(text, e);
          tally.edits++;
          const warm = analyzeCounted(tally, text, { kind });
          expectValidReport(text, warm);
          expect(warm.cache.analysed).toBeLessThanOrEqual(warm.cache.paragraphs);
          expect(withoutCacheStats(warm)).toEqual(withoutCacheStats(analyzeCounted(tally, text, cold({ kind }))));
        }
      }),
      params(RUNS),
    );
    expect(tally.documents).toBeGreaterThanOrEqual(RUNS);
  }, 180_000);
  afterAll(() => console.log(describeTally('Incremental', tally)));
});
