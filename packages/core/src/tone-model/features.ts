// What the tone model sees in a sentence, computed the same way when fitting (`npm run train`) and when analysing:
// its words and word pairs, letter triples and shape, and its words' distilled vectors pooled (see poolVectors).
import { type ToneToken, gramHash, negatedTokens, startsWithLetter, toneNgrams, toneTokens } from './tokens.js';

/**
 * Grams known only by their hashes (core's gramHash of the gram's text), which only the harsh head reads: for each,
 * the hash and the token it belongs to (-1 for the sentence's shape). Repeats count each time.
 */
export interface HashedGrams {
  hashes: Uint32Array;
  tokens: Int32Array;
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
  letters: HashedGrams;
}

export function viewSentence(sentence: string): SentenceView {
  const tokens = toneTokens(sentence);
  const grams = distinct(toneNgrams(tokens, negatedTokens(sentence, tokens)));
  return { tokens, grams, letters: letterGrams(sentence, tokens) };
}

/** The grams not seen before, in order. */
function distinct<T extends { gram: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((g) => !seen.has(g.gram) && seen.add(g.gram));
}

const LENGTH_BANDS = [2, 4, 7, 12, 20];

/** Hashes of the sentence's shape: how long it is, how it ends, and whether every word is capitalised. */
function shapeHashes(sentence: string, tokens: readonly ToneToken[]): number[] {
  const words = tokens.filter(startsWithLetter);
  const band = LENGTH_BANDS.findIndex((n) => words.length <= n);
  const end = /([.?!:;,])\W*$/.exec(sentence.trimEnd())?.[1] ?? 'none';
  const capitalised = words.length > 0 && words.every((t) => /^\p{Lu}/u.test(sentence.slice(t.start, t.end)));
  return [`=length ${band < 0 ? LENGTH_BANDS.length : band}`, `=ends ${end}`, ...(capitalised ? ['=capitalised'] : [])].map(memoHash);
}

const shapeHashMemo = new Map<string, number>();
function memoHash(gram: string): number {
  let h = shapeHashMemo.get(gram);
  if (h === undefined) shapeHashMemo.set(gram, (h = gramHash(gram)));
  return h;
}

/** Words shorter than this have no letter triples of their own: their word gram says it all. */
const MIN_LETTERS = 4;
const LETTERS_MARK = gramHash('~');

/** The hashes of "~" followed by each three characters of "#word#", computed without building the strings. */
function tripleHashes(word: string): Uint32Array {
  const out = new Uint32Array(word.length);
  for (let at = 0; at < out.length; at++) {
    let h = LETTERS_MARK;
    for (let k = at; k < at + 3; k++) {
      h ^= k === 0 || k === word.length + 1 ? 0x23 /* # */ : word.charCodeAt(k - 1);
      h = Math.imul(h, 0x01000193);
    }
    out[at] = h >>> 0;
  }
  return out;
}

// Words recur from sentence to sentence: their triples are hashed once. Bounded, so a huge text cannot grow it.
const triplesMemo = new Map<string, Uint32Array>();
const TRIPLES_MEMO_SIZE = 50_000;
function triplesOf(word: string): Uint32Array {
  let t = triplesMemo.get(word);
  if (!t) {
    if (triplesMemo.size >= TRIPLES_MEMO_SIZE) triplesMemo.clear();
    triplesMemo.set(word, (t = tripleHashes(word)));
  }
  return t;
}

function letterGrams(sentence: string, tokens: readonly ToneToken[]): HashedGrams {
  const shape = shapeHashes(sentence, tokens);
  const per = tokens.map((t) => (t.word.length >= MIN_LETTERS && /^[a-z]/.test(t.word) ? triplesOf(t.word) : undefined));
  const total = per.reduce((n, t) => n + (t ? t.length : 0), 0) + shape.length;
  const hashes = new Uint32Array(total);
  const owners = new Int32Array(total);
  let k = 0;
  per.forEach((t, i) => {
    if (!t) return;
    hashes.set(t, k);
    owners.fill(i, k, k + t.length);
    k += t.length;
  });
  for (const h of shape) {
    hashes[k] = h;
    owners[k++] = -1;
  }
  return { hashes, tokens: owners };
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

/** Names of the pooled values, in poolVectors' order (mean0…, nearYou0…, max0…): the linear heads' dense weights. */
export function pooledNames(size: number): string[] {
  return ['mean', 'nearYou', 'max'].flatMap((p) => Array.from({ length: size }, (_, j) => `${p}${j}`));
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
