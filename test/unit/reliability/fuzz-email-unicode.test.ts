// Property tests (issue 10), part 2 of 3: generated e-mails and random Unicode. The three parts total 10,000 documents.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { anyConfig, anyKind, emailDocument, unicodeDocument } from './documents.js';
import { checkDocument, describeTally, newTally, params } from './fuzz.js';

const EMAIL_RUNS = 2_500;
const UNICODE_RUNS = 3_500;
const tally = newTally();

describe('property tests: e-mail and Unicode', () => {
  it(`e-mails with quoted history, forwarded headers, signatures and logs: ${EMAIL_RUNS} documents`, () => {
    const audience = fc.constantFrom<'end-user' | 'technical'>('end-user', 'technical');
    fc.assert(
      fc.property(emailDocument, fc.constantFrom<'email' | 'auto'>('email', 'auto'), audience, (text, kind, who) => checkDocument(tally, text, { kind, audience: who })),
      params(EMAIL_RUNS),
    );
  }, 180_000);

  it(`random Unicode (astral, combining marks, RTL, NUL, lone surrogates, CR/CRLF): ${UNICODE_RUNS} documents`, () => {
    fc.assert(
      fc.property(unicodeDocument, anyKind, anyConfig, (text, kind, config) => checkDocument(tally, text, config ? { kind, config } : { kind })),
      params(UNICODE_RUNS),
    );
    expect(tally.documents).toBeGreaterThanOrEqual(EMAIL_RUNS + UNICODE_RUNS);
  }, 180_000);

  afterAll(() => console.log(describeTally('E-mail and Unicode', tally)));
});
