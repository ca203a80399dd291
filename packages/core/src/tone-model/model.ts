// The fitted sentence tone model (data/tone/sentence-model.json, made by `npm run train`): how harsh a sentence
// reads to the person we help, which kind of harshness it most likely is, which words drive that, and how warm
// it reads overall. The engine asks once per sentence; rules and scores read the answer from the paragraph.
import MODEL from '../data/tone/sentence-model.json';
import type { Span } from '../types.js';
import { type Pooled, type SentenceView, type WordTable, poolVectors, pooledNames, viewSentence } from './features.js';
import { bytesOfBase64 } from './base64.js';
import { gramHash, gramSign, gramSlot, startsWithLetter } from './tokens.js';

export type ToneFamily = (typeof MODEL.family.labels)[number];

/** The kinds of harshness the model names: the tone rule families it was fitted on. */
export const TONE_FAMILIES: readonly ToneFamily[] = MODEL.family.labels;

export interface ToneReading {
  /** Probability that the sentence reads as harsh, 0…1. */
  harsh: number;
  /** True at or above the threshold chosen on the dev split. */
  flagged: boolean;
  /** The most likely kind of harshness. */
  family: ToneFamily;
  /** 0 (hostile) … 100 (warm): the harsh and polite heads blended. */
  warmth: number;
  /** How many words the sentence has, as the model counts them. */
  words: number;
  /** The words that drive the harsh score (offsets into the sentence), when it is flagged. */
  span?: Span;
}



/** The distilled word vectors: K four-bit numbers per word, one scale per dimension. */
class WordVectors implements WordTable {
  private readonly index = new Map<string, number>();
  readonly values: Float64Array;
  readonly size: number;
  constructor(data: typeof MODEL.vectors) {
    this.size = data.size;
    data.words.split(' ').forEach((w, i) => this.index.set(w, i));
    // Two four-bit numbers a byte, high half first, each stored as value + 8.
    const raw = bytesOfBase64(data.bytes);
    this.values = new Float64Array(raw.length * 2);
    for (let i = 0; i < raw.length; i++) {
      const byte = raw[i]!;
      this.values[2 * i] = ((byte >> 4) - 8) * data.scale[(2 * i) % this.size]!;
      this.values[2 * i + 1] = ((byte & 15) - 8) * data.scale[(2 * i + 1) % this.size]!;
    }
  }
  rowOf(word: string): number {
    return this.index.get(word) ?? -1;
  }
}

/** A gram's weight shared among the tokens it covers, for the span that drives the score. */
const gramShares = (w: number, g: { from: number; to: number }, shares: number[]): void => {
  const n = g.to - g.from + 1;
  for (let i = g.from; i <= g.to; i++) shares[i]! += w / n;
};

/** Harshness: words, pairs, letters and shape (by slot), and a hidden layer over the pooled word vectors. */
class HarshHead {
  private readonly slots: Float64Array;
  constructor(private readonly data: typeof MODEL.harsh, private readonly vectors: WordVectors) {
    const raw = bytesOfBase64(data.slots.bytes);
    this.slots = new Float64Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const byte = raw[i]!;
      this.slots[i] = (byte > 127 ? byte - 256 : byte) * data.slots.scale;
    }
    this.unitBias = Float64Array.from(data.hidden, (u) => u.bias);
    this.unitOut = Float64Array.from(data.hidden, (u) => u.out);
    this.unitWeights = Float64Array.from(data.hidden.flatMap((u) => u.weights));
  }

  // The hidden layer, unpacked into flat arrays: unit u's weights are unitWeights[u·width … (u+1)·width).
  private readonly unitBias: Float64Array;
  private readonly unitOut: Float64Array;
  private readonly unitWeights: Float64Array;

  /** The signed weights of the sentence's grams, summed; with `shares`, each shared among the tokens it covers. */
  private gramSum(view: SentenceView, shares?: number[]): number {
    let z = 0;
    for (const g of view.grams) z += this.slotWeight(gramHash(g.gram), g, shares);
    const { hashes, tokens } = view.letters;
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i]!;
      const w = gramSign(hash) * this.slots[gramSlot(hash, this.slots.length)]!;
      z += w;
      // A letter triple is its word's; the sentence's shape (token -1) is nobody's.
      if (shares && tokens[i]! >= 0) shares[tokens[i]!]! += w;
    }
    return z;
  }

  private slotWeight(hash: number, g: { from: number; to: number }, shares?: number[]): number {
    const w = gramSign(hash) * this.slots[gramSlot(hash, this.slots.length)]!;
    if (shares) gramShares(w, g, shares);
    return w;
  }

  /** The logit, and each token's share of it; the network's part is shared by its gradient times each input. */
  read(view: SentenceView, pool: Pooled, shares?: number[]): number {
    let z = this.data.bias + this.gramSum(view, shares);
    const { pooled, counts, argmax, rows, near } = pool;
    const slope = shares ? new Float64Array(pooled.length) : undefined;
    const width = pooled.length;
    for (let u = 0; u < this.unitBias.length; u++) {
      let s = this.unitBias[u]!;
      for (let j = 0; j < width; j++) s += this.unitWeights[u * width + j]! * pooled[j]!;
      if (s <= 0) continue;
      z += this.unitOut[u]! * s;
      if (slope) for (let j = 0; j < width; j++) slope[j]! += this.unitOut[u]! * this.unitWeights[u * width + j]!;
    }
    if (shares && slope) {
      const k = this.vectors.size;
      for (let i = 0; i < rows.length; i++) {
        if (rows[i]! < 0) continue;
        const at = rows[i]! * k;
        for (let j = 0; j < k; j++) {
          const x = this.vectors.values[at + j]!;
          let share = (slope[j]! * x) / counts.all;
          if (near[i]) share += (slope[k + j]! * x) / counts.you;
          if (argmax[j] === i) share += slope[2 * k + j]! * x;
          shares[i]! += share;
        }
      }
    }
    return z;
  }
}

/** A linear head over pairs and words and the pooled vectors; one column per class. */
class LinearHeads {
  private readonly grams: Map<string, readonly number[]>;
  private readonly dense: (readonly number[])[];
  constructor(private readonly bias: readonly number[], grams: Record<string, number | readonly number[]>, dense: Record<string, number | readonly number[]>, vectors: WordVectors) {
    const column = (x: number | readonly number[]): readonly number[] => (typeof x === 'number' ? [x] : x);
    this.grams = new Map(Object.entries(grams).map(([g, w]) => [g, column(w)]));
    const zero = bias.map(() => 0);
    const names = pooledNames(vectors.size);
    this.dense = names.map((n) => (dense[n] === undefined ? zero : column(dense[n]!)));
  }

  read(view: SentenceView, pool: Pooled): number[] {
    const z = [...this.bias];
    for (const g of view.grams) {
      const ws = this.grams.get(g.gram);
      if (ws) for (let c = 0; c < z.length; c++) z[c]! += ws[c]!;
    }
    const { pooled } = pool;
    for (let j = 0; j < pooled.length; j++) for (let c = 0; c < z.length; c++) z[c]! += this.dense[j]![c]! * pooled[j]!;
    return z;
  }
}

interface Heads {
  vectors: WordVectors;
  harsh: HarshHead;
  polite: LinearHeads;
  family: LinearHeads;
}
let heads: Heads | undefined;
// Built on first use: decoding the word tables is work an import should not do.
function loaded(): Heads {
  if (!heads) {
    const vectors = new WordVectors(MODEL.vectors);
    heads = {
      vectors,
      harsh: new HarshHead(MODEL.harsh, vectors),
      polite: new LinearHeads([MODEL.polite.bias], MODEL.polite.grams, MODEL.polite.dense, vectors),
      family: new LinearHeads(MODEL.family.bias, MODEL.family.grams, MODEL.family.dense, vectors),
    };
  }
  return heads;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function mostLikely(z: readonly number[]): ToneFamily {
  let best = 0;
  for (let c = 1; c < z.length; c++) if (z[c]! > z[best]!) best = c;
  return MODEL.family.labels[best]!;
}

/**
 * The words that drive the harsh score: the run of tokens whose shares add up to the most (at least two words
 * when the sentence has them), so the underline covers "actually reading the screen", not one word of it.
 */
function drivingSpan(view: SentenceView, shares: readonly number[]): Span | undefined {
  let best = -Infinity;
  let from = 0;
  let to = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < shares.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += shares[i]!;
    if (sum > best) {
      best = sum;
      from = start;
      to = i;
    }
  }
  if (to < 0) return undefined;
  if (to === from && view.tokens.length > 1) {
    // One word alone reads as a word-list hit: take the neighbour that adds more.
    if (to + 1 < shares.length && (from === 0 || shares[to + 1]! >= shares[from - 1]!)) to++;
    else from--;
  }
  return { start: view.tokens[from]!.start, end: view.tokens[to]!.end };
}

export function readTone(sentence: string): ToneReading {
  const { vectors, harsh, polite, family } = loaded();
  const view = viewSentence(sentence);
  const pool = poolVectors(view.tokens, vectors);
  const harshZ = harsh.read(view, pool);
  const p = sigmoid(harshZ);
  const flagged = p >= MODEL.threshold && view.tokens.length > 0;
  const warmth = Math.round(100 * sigmoid(MODEL.blend.polite * polite.read(view, pool)[0]! + MODEL.blend.harsh * harshZ + MODEL.blend.bias));
  let words = 0;
  for (const t of view.tokens) if (startsWithLetter(t)) words++;
  const reading: ToneReading = { harsh: p, flagged, words, family: flagged ? mostLikely(family.read(view, pool)) : MODEL.family.labels[0]!, warmth };
  if (flagged) {
    // Which words drive the score is asked only of the few sentences that are flagged.
    const shares = view.tokens.map(() => 0);
    harsh.read(view, pool, shares);
    const span = drivingSpan(view, shares);
    if (span) reading.span = span;
  }
  return reading;
}

/** Where the fitted model came from, for the test that re-hashes its inputs. */
export const toneModelProvenance = MODEL.provenance;
