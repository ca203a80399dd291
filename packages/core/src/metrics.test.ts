// The syllable counter is one pass over the characters; it must count exactly as its regex statement does.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { syllables } from './metrics.js';

function byRegex(word: string): number {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Math.max(1, Math.ceil(w.replace(/\D/g, '').length / 2));
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

const WORD = /[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*/g;

describe('syllables', () => {
  it('counts like the regex statement on tricky words', () => {
    const words = ['the', 'make', 'makes', 'cakes', 'tied', 'ed', 'yes', 'yellow', 'eye', 'queue', 'aaaaa', 'rhythm', 'Épée', 'l\'e', 'can’t', 'files', 'lies', 'file', 'ye', 'yee', 'bed', '3.14', '2024', '1,000', 'ÄÖÜ', 'sixes', 'ses', 'e'];
    for (const w of words) expect(syllables(w), w).toBe(byRegex(w));
  });

  const kb = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/kb/articles');
  it.skipIf(!existsSync(kb))('counts like the regex statement on every word of the KB corpus', () => {
    let n = 0;
    for (const file of readdirSync(kb)) {
      for (const m of readFileSync(resolve(kb, file), 'utf8').matchAll(WORD)) {
        expect(syllables(m[0]), m[0]).toBe(byRegex(m[0]));
        n++;
      }
    }
    expect(n).toBeGreaterThan(100_000);
  });
});
