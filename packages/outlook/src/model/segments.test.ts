import type { Finding } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { segmentsFor } from './segments.js';

const f = (start: number, end: number): Finding => ({ start, end } as Finding);

describe('segmentsFor', () => {
  it('covers the whole text with plain and underlined runs', () => {
    expect(segmentsFor('abcdefgh', [f(2, 4), f(6, 8)])).toEqual([
      { start: 0, end: 2 }, { start: 2, end: 4, finding: 0 }, { start: 4, end: 6 }, { start: 6, end: 8, finding: 1 },
    ]);
  });
  it('underlines the first of overlapping findings only, and skips empty or out-of-range ones', () => {
    expect(segmentsFor('abcdef', [f(1, 4), f(2, 3), f(3, 3), f(5, 99)])).toEqual([{ start: 0, end: 1 }, { start: 1, end: 4, finding: 0 }, { start: 4, end: 6 }]);
  });
  it('returns one empty run for an empty draft', () => {
    expect(segmentsFor('', [])).toEqual([{ start: 0, end: 0 }]);
  });
});
