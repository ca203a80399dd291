// Property tests (issue 10), part 1 of 3: generated Markdown articles. The three parts total 10,000 documents.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { anyConfig, markdownDocument } from './documents.js';
import { checkDocument, describeTally, newTally, params } from './fuzz.js';

const RUNS = 3_000;
const tally = newTally();

describe('property tests: Markdown', () => {
  it(`Markdown articles (front matter, code, lists, tables, HTML, ignores; random configs): ${RUNS} documents`, () => {
    fc.assert(
      fc.property(markdownDocument, fc.constantFrom<'markdown' | 'auto'>('markdown', 'auto'), anyConfig, (text, kind, config) =>
        checkDocument(tally, text, config ? { kind, config } : { kind }),
      ),
      params(RUNS),
    );
    expect(tally.documents).toBeGreaterThanOrEqual(RUNS);
  }, 180_000);
  afterAll(() => console.log(describeTally('Markdown', tally)));
});
