import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syllables } from './metrics.js';

/** The syllable count as first written, with regexes: the one-pass count must agree with it on every word. */
function reference(word: string): number {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Math.max(1, Math.ceil(w.replace(/\D/g, '').length / 2));
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

const WORD = /[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*/g;
const kb = resolve(__dirname, '../../../test/corpus/kb/articles');

describe('syllables', () => {
  it('counts vowel groups, without silent endings', () => {
    expect(['cat', 'make', 'makes', 'restarted', 'password', 'yesterday', 'queue', 'beautiful', 'the', '2024', '3.14'].map(syllables)).toEqual([1, 1, 1, 2, 2, 3, 2, 4, 1, 2, 2]);
  });

  it('agrees with the regex count on every word of the KB corpus and on odd words', () => {
    const words = new Set(['yes', 'eyes', 'goes', 'axes', "it's", 'don’t', 'Ÿes', 'ÉTÉ', 'naïve', 'yyyy', 'aeiouyae', 'bcdfg', 'x1es', '1a2b3c', 'ed', 'seed', 'lée', 'ées']);
    if (existsSync(kb)) for (const f of readdirSync(kb)) for (const m of readFileSync(resolve(kb, f), 'utf8').matchAll(WORD)) words.add(m[0]);
    expect(words.size).toBeGreaterThan(existsSync(kb) ? 5000 : 10);
    for (const w of words) expect(syllables(w), w).toBe(reference(w));
  });
});
