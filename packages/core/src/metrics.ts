// Readability metrics (Flesch–Kincaid), summed per paragraph so they can be cached with it.
import type { Metrics, Span } from './types.js';

export interface MetricCounts {
  words: number;
  sentences: number;
  syllables: number;
}

const WORD = /[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*/g;

/** Heuristic English syllable count: vowel groups, minus a silent final e, at least one. */
// One pass over the characters (this runs for every word of every paragraph): no regex, no new strings but one.
export function syllables(word: string): number {
  const w = word.toLowerCase();
  const n = w.length;
  if (isDigit(w.charCodeAt(0))) {
    let digits = 0;
    for (let i = 0; i < n; i++) if (isDigit(w.charCodeAt(i))) digits++;
    return Math.max(1, Math.ceil(digits / 2));
  }
  if (n <= 3) return 1;
  // Silent endings: "es" after a consonant ("makes"), "ed", and "e" after a consonant, which goes with it ("make").
  let end = n;
  if (w.endsWith('es') && !SOFT.includes(w[n - 3]!)) end = n - 3;
  else if (w.endsWith('ed') || (w[n - 1] === 'e' && !SOFT.includes(w[n - 2]!))) end = n - 2;
  // Vowel groups, a long one counting once per two vowels; a leading "y" is a consonant.
  let groups = 0;
  let run = 0;
  for (let i = w[0] === 'y' ? 1 : 0; i < end; i++) {
    if (VOWELS.includes(w[i]!)) run++;
    else {
      groups += (run + 1) >> 1;
      run = 0;
    }
  }
  groups += (run + 1) >> 1;
  return Math.max(1, groups);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const VOWELS = 'aeiouy';
const SOFT = 'laeiouy';

/** Words as the readability metrics count them, without the syllables. */
export function wordCount(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

export function countWords(text: string): { words: number; syllables: number } {
  let words = 0;
  let syl = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words++;
    syl += syllables(m[0]);
  }
  return { words, syllables: syl };
}

export function paragraphCounts(text: string, sentences: readonly Span[]): MetricCounts {
  const { words, syllables: syl } = countWords(text);
  return { words, sentences: words ? Math.max(1, sentences.length) : 0, syllables: syl };
}

export function toMetrics(total: MetricCounts, paragraphs: number): Metrics {
  const { words, sentences, syllables: syl } = total;
  if (!words || !sentences) {
    return { words, sentences, paragraphs, syllables: syl, gradeLevel: 0, readingEase: 100, averageSentenceLength: 0 };
  }
  const wps = words / sentences;
  const spw = syl / words;
  const round1 = (n: number): number => Math.round(n * 10) / 10;
  return {
    words,
    sentences,
    paragraphs,
    syllables: syl,
    gradeLevel: round1(Math.max(0, 0.39 * wps + 11.8 * spw - 15.59)),
    readingEase: round1(Math.min(121, 206.835 - 1.015 * wps - 84.6 * spw)),
    averageSentenceLength: round1(wps),
  };
}
