// What the tone model sees in a sentence, computed the same way when fitting (`npm run train`) and when analysing:
// its words and word pairs, the politeness cues, and its words' distilled vectors pooled (see poolVectors).
import { toneFeatures } from '../score/tone-features.js';
import { type ToneToken, gramHash, negatedTokens, toneNgrams, toneTokens } from './tokens.js';

/** A gram known only by its hash (core's gramHash of the gram's text): only the harsh head reads these. */
export interface HashedGram {
  hash: number;
  from: number;
  to: number;
}

export interface SentenceView {
  tokens: ToneToken[];
  /** Distinct grams only (the first of repeats), as every head counts a gram once. */
  grams: { gram: string; from: number; to: number }[];
  /**
   * Letter triples inside each word ("#idiot#" → "#id", "idi", …), for spellings and forms never seen, and the
   * sentence's shape (how long, how it ends, whether every word is capitalised, as in a signature or a heading):
   * a three-word line reads differently in a signature than in a retort.
   */
  letters: HashedGram[];
  /** The politeness cues of score/tone-features.ts, in their order. */
  cues: number[];
}

export function viewSentence(sentence: string): SentenceView {
  const tokens = toneTokens(sentence);
  const grams = distinct(toneNgrams(tokens, negatedTokens(sentence, tokens)));
  const seen = new Set<number>();
  const letters = [...letterGrams(tokens), ...shapeGrams(sentence, tokens)].filter((g) => !seen.has(g.hash) && seen.add(g.hash));
  return { tokens, grams, letters, cues: toneFeatures(sentence) };
}

/** The grams not seen before, in order. */
function distinct<T extends { gram: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((g) => !seen.has(g.gram) && seen.add(g.gram));
}

const LENGTH_BANDS = [2, 4, 7, 12, 20];

function shapeGrams(sentence: string, tokens: readonly ToneToken[]): HashedGram[] {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.word));
  const band = LENGTH_BANDS.findIndex((n) => words.length <= n);
  const end = /([.?!:;,])\W*$/.exec(sentence.trimEnd())?.[1] ?? 'none';
  const capitalised = words.length > 0 && words.every((t) => /^\p{Lu}/u.test(sentence.slice(t.start, t.end)));
  const none = { from: 0, to: -1 };
  return [`=length ${band < 0 ? LENGTH_BANDS.length : band}`, `=ends ${end}`, ...(capitalised ? ['=capitalised'] : [])].map((gram) => ({ hash: gramHash(gram), ...none }));
}

/** Words shorter than this have no letter triples of their own: their word gram says it all. */
const MIN_LETTERS = 4;

const LETTERS_MARK = gramHash('~');

/** The hash of "~" followed by three characters of "#word#", computed without building the string. */
function letterHash(word: string, at: number): number {
  let h = LETTERS_MARK;
  for (let k = at; k < at + 3; k++) {
    h ^= k === 0 || k === word.length + 1 ? 0x23 /* # */ : word.charCodeAt(k - 1);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function letterGrams(tokens: readonly ToneToken[]): HashedGram[] {
  const out: HashedGram[] = [];
  tokens.forEach((t, i) => {
    if (t.word.length < MIN_LETTERS || !/^[a-z]/.test(t.word)) return;
    // The triples of "#word#": the word with a mark at each end.
    for (let j = 0; j + 3 <= t.word.length + 2; j++) out.push({ hash: letterHash(t.word, j), from: i, to: i });
  });
  return out;
}

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur', 'ya', 'yall']);
/** How far around "you" a word counts as said about the reader: two words before, three after. */
const BEFORE_YOU = 2;
const AFTER_YOU = 3;

/** For each token, whether it sits near a second-person word ("you … idiot" differs from "I … silly"). */
export function nearYou(tokens: readonly ToneToken[]): boolean[] {
  const out = tokens.map(() => false);
  tokens.forEach((t, i) => {
    if (!SECOND_PERSON.has(t.word)) return;
    for (let j = Math.max(0, i - BEFORE_YOU); j <= Math.min(tokens.length - 1, i + AFTER_YOU); j++) out[j] = true;
  });
  return out;
}

/** Distilled word vectors: `size` numbers per word, row by row in `values`; `rowOf` is -1 for a word without one. */
export interface WordTable {
  size: number;
  values: ArrayLike<number>;
  rowOf(word: string): number;
}

export interface Pooled {
  /** Mean over the words with vectors, mean over those near "you", and the highest value per dimension. */
  pooled: Float64Array;
  counts: { all: number; you: number };
  /** Per dimension, the token that gave the highest value (-1 when no word has a vector). */
  argmax: Int32Array;
  /** The tokens' rows in the table (-1 for none) and whether each sits near "you". */
  rows: Int32Array;
  near: boolean[];
}

/**
 * A sentence's word vectors pooled three ways: the mean over its words, the mean over the words near "you", and
 * the highest value of each dimension. Words without a vector are left out.
 */
export function poolVectors(tokens: readonly ToneToken[], table: WordTable): Pooled {
  const size = table.size;
  const pooled = new Float64Array(3 * size);
  const argmax = new Int32Array(size).fill(-1);
  const rows = new Int32Array(tokens.length);
  const near = nearYou(tokens);
  let all = 0;
  let you = 0;
  for (let i = 0; i < tokens.length; i++) {
    const row = (rows[i] = table.rowOf(tokens[i]!.word));
    if (row < 0) continue;
    all++;
    if (near[i]) you++;
    const at = row * size;
    for (let j = 0; j < size; j++) {
      const x = table.values[at + j]!;
      pooled[j]! += x;
      if (near[i]) pooled[size + j]! += x;
      if (argmax[j] === -1 || x > pooled[2 * size + j]!) {
        pooled[2 * size + j] = x;
        argmax[j] = i;
      }
    }
  }
  for (let j = 0; j < size; j++) {
    if (all) pooled[j]! /= all;
    if (you) pooled[size + j]! /= you;
  }
  return { pooled, counts: { all, you }, argmax, rows, near };
}
