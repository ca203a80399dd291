// Readability metrics (Flesch–Kincaid), summed per paragraph so they can be cached with it.
import type { Metrics, Span } from './types.js';

export interface MetricCounts {
  words: number;
  sentences: number;
  syllables: number;
}

const WORD = /[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*/g;

// aeiouy and l: the vowels a syllable is counted by, and the letters a silent final "e" or "es" never follows.
const isVowel = (c: number): boolean => c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
const keepsFinalE = (c: number): boolean => c === 108 || isVowel(c);

// Words repeat (a 3,000-word article has about 900 distinct ones), so their counts are kept; cleared when full.
const counted = new Map<string, number>();

/**
 * Heuristic English syllable count: vowel groups (a run of vowels counts one per two), minus a silent final "e",
 * "es" or "ed", at least one. One pass over the characters; metrics.test.ts holds it to the regex statement of it.
 */
export function syllables(word: string): number {
  let n = counted.get(word);
  if (n === undefined) {
    if (counted.size >= 20_000) counted.clear();
    counted.set(word, (n = countSyllables(word.toLowerCase())));
  }
  return n;
}

function countSyllables(w: string): number {
  const first = w.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    let digits = 0;
    for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 48 && w.charCodeAt(i) <= 57) digits++;
    return Math.max(1, Math.ceil(digits / 2));
  }
  if (w.length <= 3) return 1;
  let end = w.length;
  const at = (i: number): number => w.charCodeAt(i);
  if (at(end - 1) === 115 && at(end - 2) === 101 && !keepsFinalE(at(end - 3))) end -= 3; // "…kes"
  else if (at(end - 1) === 100 && at(end - 2) === 101) end -= 2; // "…ed"
  else if (at(end - 1) === 101 && !keepsFinalE(at(end - 2))) end -= 2; // "…ke"
  let i = end > 0 && at(0) === 121 ? 1 : 0; // a leading "y" is a consonant
  let groups = 0;
  while (i < end) {
    if (!isVowel(at(i))) {
      i++;
      continue;
    }
    let run = 0;
    while (i < end && isVowel(at(i))) {
      run++;
      i++;
    }
    groups += Math.ceil(run / 2);
  }
  return Math.max(1, groups);
}

export function countWords(text: string): { words: number; syllables: number } {
  let words = 0;
  let syl = 0;
  for (const m of text.matchAll(WORD)) {
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
