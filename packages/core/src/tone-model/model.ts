// The fitted sentence tone model (data/tone/sentence-model.json, made by `npm run train`): how harsh a sentence
// reads to the person we help, which kind of harshness it most likely is, which words drive that, and how warm
// it reads overall. The engine asks once per sentence; rules and scores read the answer from the paragraph.
import MODEL from '../data/tone/sentence-model.json';
import type { Span } from '../types.js';
import { type SentenceView, nearYou, poolVectors, viewSentence } from './features.js';
import { bytesOfBase64 } from './base64.js';
import { gramSlot } from './tokens.js';
import { TONE_FEATURE_NAMES } from '../score/tone-features.js';

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

const CUE_COUNT = TONE_FEATURE_NAMES.length;


/** The distilled word vectors: K four-bit numbers per word, one scale per dimension. */
class WordVectors {
  private readonly index = new Map<string, number>();
  private readonly values: Float64Array;
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
  readonly vectorOf = (word: string): Float64Array | undefined => {
    const i = this.index.get(word);
    return i === undefined ? undefined : this.values.subarray(i * this.size, (i + 1) * this.size);
  };
}

/** A gram's weight shared among the tokens it covers, for the span that drives the score. */
const gramShares = (w: number, g: { from: number; to: number }, shares: number[]): void => {
  const n = g.to - g.from + 1;
  for (let i = g.from; i <= g.to; i++) shares[i]! += w / n;
};

/** Harshness: words and pairs (by slot), cues, and a hidden layer over the pooled word vectors. */
class HarshHead {
  private readonly slots: Float64Array;
  private readonly cues: number[];
  constructor(private readonly data: typeof MODEL.harsh, private readonly vectors: WordVectors) {
    const raw = bytesOfBase64(data.slots.bytes);
    this.slots = new Float64Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const byte = raw[i]!;
      this.slots[i] = (byte > 127 ? byte - 256 : byte) * data.slots.scale;
    }
    const cues = data.cues as Record<string, number | undefined>;
    this.cues = TONE_FEATURE_NAMES.map((n) => cues[n] ?? 0);
  }

  /** The logit, and each token's share of it; the network's part is shared by its gradient times each input. */
  read(view: SentenceView, shares?: number[]): number {
    let z = this.data.bias;
    const seen = new Set<string>();
    for (const g of [...view.grams, ...view.letters]) {
      if (seen.has(g.gram)) continue;
      seen.add(g.gram);
      const { slot, sign } = gramSlot(g.gram, this.slots.length);
      const w = sign * this.slots[slot]!;
      z += w;
      if (shares) gramShares(w, g, shares);
    }
    for (let c = 0; c < CUE_COUNT; c++) z += this.cues[c]! * view.cues[c]!;
    const k = this.vectors.size;
    const { pooled, counts, argmax } = poolVectors(view.tokens, this.vectors.vectorOf, k);
    const slope = shares ? new Float64Array(3 * k) : undefined;
    for (const unit of this.data.hidden) {
      let s = unit.bias;
      for (let j = 0; j < pooled.length; j++) s += unit.weights[j]! * pooled[j]!;
      if (s <= 0) continue;
      z += unit.out * s;
      if (slope) for (let j = 0; j < pooled.length; j++) slope[j]! += unit.out * unit.weights[j]!;
    }
    if (shares && slope) {
      const near = nearYou(view.tokens);
      view.tokens.forEach((t, i) => {
        const v = this.vectors.vectorOf(t.word);
        if (!v) return;
        for (let j = 0; j < k; j++) {
          let share = (slope[j]! * v[j]!) / counts.all;
          if (near[i]) share += (slope[k + j]! * v[j]!) / counts.you;
          if (argmax[j] === i) share += slope[2 * k + j]! * v[j]!;
          shares[i]! += share;
        }
      });
    }
    return z;
  }
}

/** A linear head over pairs and words, the pooled vectors and the cues; one column per class. */
class LinearHeads {
  private readonly grams: Map<string, readonly number[]>;
  private readonly dense: (readonly number[])[];
  constructor(private readonly bias: readonly number[], grams: Record<string, number | readonly number[]>, dense: Record<string, number | readonly number[]>, private readonly vectors: WordVectors) {
    const column = (x: number | readonly number[]): readonly number[] => (typeof x === 'number' ? [x] : x);
    this.grams = new Map(Object.entries(grams).map(([g, w]) => [g, column(w)]));
    const zero = bias.map(() => 0);
    const names = [...['mean', 'nearYou', 'max'].flatMap((p) => Array.from({ length: vectors.size }, (_, j) => `${p}${j}`)), ...TONE_FEATURE_NAMES];
    this.dense = names.map((n) => (dense[n] === undefined ? zero : column(dense[n]!)));
  }

  read(view: SentenceView): number[] {
    const z = [...this.bias];
    const seen = new Set<string>();
    for (const g of view.grams) {
      const ws = this.grams.get(g.gram);
      if (!ws || seen.has(g.gram)) continue;
      seen.add(g.gram);
      for (let c = 0; c < z.length; c++) z[c]! += ws[c]!;
    }
    const { pooled } = poolVectors(view.tokens, this.vectors.vectorOf, this.vectors.size);
    const dense = [...pooled, ...view.cues];
    for (let j = 0; j < dense.length; j++) for (let c = 0; c < z.length; c++) z[c]! += this.dense[j]![c]! * dense[j]!;
    return z;
  }
}

interface Heads {
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
  const { harsh, polite, family } = loaded();
  const view = viewSentence(sentence);
  const shares = view.tokens.map(() => 0);
  const harshZ = harsh.read(view, shares);
  const p = sigmoid(harshZ);
  const flagged = p >= MODEL.threshold && view.tokens.length > 0;
  const warmth = Math.round(100 * sigmoid(MODEL.blend.polite * polite.read(view)[0]! + MODEL.blend.harsh * harshZ + MODEL.blend.bias));
  const reading: ToneReading = { harsh: p, flagged, words: view.tokens.filter((t) => /^\p{L}/u.test(t.word)).length, family: flagged ? mostLikely(family.read(view)) : MODEL.family.labels[0]!, warmth };
  if (flagged) {
    const span = drivingSpan(view, shares);
    if (span) reading.span = span;
  }
  return reading;
}

/** Where the fitted model came from, for the test that re-hashes its inputs. */
export const toneModelProvenance = MODEL.provenance;
