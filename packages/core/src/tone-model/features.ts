// What the tone model sees in a sentence, computed the same way when fitting (`npm run train`) and when analysing:
// its words and word pairs, the politeness cues, and its words' distilled vectors pooled (see poolVectors).
import { toneFeatures } from '../score/tone-features.js';
import { type ToneToken, negatedTokens, toneNgrams, toneTokens } from './tokens.js';

export interface SentenceView {
  tokens: ToneToken[];
  grams: { gram: string; from: number; to: number }[];
  /**
   * Letter triples inside each word ("#idiot#" → "#id", "idi", …), for spellings and forms never seen, and the
   * sentence's shape (how long, how it ends, whether every word is capitalised, as in a signature or a heading):
   * a three-word line reads differently in a signature than in a retort.
   */
  letters: { gram: string; from: number; to: number }[];
  /** The politeness cues of score/tone-features.ts, in their order. */
  cues: number[];
}

export function viewSentence(sentence: string): SentenceView {
  const tokens = toneTokens(sentence);
  return { tokens, grams: toneNgrams(tokens, negatedTokens(sentence, tokens)), letters: [...letterGrams(tokens), ...shapeGrams(sentence, tokens)], cues: toneFeatures(sentence) };
}

const LENGTH_BANDS = [2, 4, 7, 12, 20];

function shapeGrams(sentence: string, tokens: readonly ToneToken[]): { gram: string; from: number; to: number }[] {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.word));
  const band = LENGTH_BANDS.findIndex((n) => words.length <= n);
  const end = /([.?!:;,])\W*$/.exec(sentence.trimEnd())?.[1] ?? 'none';
  const capitalised = words.length > 0 && words.every((t) => /^\p{Lu}/u.test(sentence.slice(t.start, t.end)));
  const none = { from: 0, to: -1 };
  return [
    { gram: `=length ${band < 0 ? LENGTH_BANDS.length : band}`, ...none },
    { gram: `=ends ${end}`, ...none },
    ...(capitalised ? [{ gram: '=capitalised', ...none }] : []),
  ];
}

/** Words shorter than this have no letter triples of their own: their word gram says it all. */
const MIN_LETTERS = 4;

function letterGrams(tokens: readonly ToneToken[]): { gram: string; from: number; to: number }[] {
  const out: { gram: string; from: number; to: number }[] = [];
  tokens.forEach((t, i) => {
    if (t.word.length < MIN_LETTERS || !/^[a-z]/.test(t.word)) return;
    const w = `#${t.word}#`;
    for (let j = 0; j + 3 <= w.length; j++) out.push({ gram: `~${w.slice(j, j + 3)}`, from: i, to: i });
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

/**
 * A sentence's word vectors pooled three ways: the mean over its words, the mean over the words near "you", and
 * the highest value of each dimension. `vectorOf` gives a word's (small, distilled) vector, or undefined when the
 * word has none; such words are left out. Returns the pooled values and, per dimension of the max, which token won.
 */
export function poolVectors(tokens: readonly ToneToken[], vectorOf: (word: string) => ArrayLike<number> | undefined, size: number): { pooled: Float64Array; counts: { all: number; you: number }; argmax: Int32Array } {
  const pooled = new Float64Array(3 * size);
  const argmax = new Int32Array(size).fill(-1);
  const near = nearYou(tokens);
  let all = 0;
  let you = 0;
  tokens.forEach((t, i) => {
    const v = vectorOf(t.word);
    if (!v) return;
    all++;
    if (near[i]) you++;
    for (let j = 0; j < size; j++) {
      const x = v[j]!;
      pooled[j]! += x;
      if (near[i]) pooled[size + j]! += x;
      if (argmax[j] === -1 || x > pooled[2 * size + j]!) {
        pooled[2 * size + j] = x;
        argmax[j] = i;
      }
    }
  });
  for (let j = 0; j < size; j++) {
    if (all) pooled[j]! /= all;
    if (you) pooled[size + j]! /= you;
  }
  return { pooled, counts: { all, you }, argmax };
}
