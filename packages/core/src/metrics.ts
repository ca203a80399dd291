// Readability metrics (Flesch–Kincaid), summed per paragraph so they can be cached with it.
import type { Metrics, Span } from './types.js';

export interface MetricCounts {
  words: number;
  sentences: number;
  syllables: number;
}

const WORD = /[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*/g;

/** Heuristic English syllable count: vowel groups, minus a silent final e, at least one. */
export function syllables(word: string): number {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Math.max(1, Math.ceil(w.replace(/\D/g, '').length / 2));
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
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
