// Per-sentence warmth, 0 (hostile) … 100 (warm): a small logistic model over lexical cues (./tone-features.ts),
// with weights fitted offline on TyDiP English (see data/tone/sentence-weights.ts). Cheap: ~30 regex tests.
import { TONE_BIAS, TONE_WEIGHTS } from '../data/tone/sentence-weights.js';
import type { Finding, Severity, Span } from '../types.js';
import { TONE_FEATURE_NAMES, toneFeatures } from './tone-features.js';

const WEIGHTS = TONE_FEATURE_NAMES.map((name) => TONE_WEIGHTS[name] ?? 0);
// The fitted bias reflects Wikipedia requests, half of them rude. Shift it so that a plain ten-word sentence
// with no cue at all reads as neutral (60); a constant shift keeps every ranking, so the measured AUC holds.
const NEUTRAL = 60;
// Computed on first use, not at import: the cues' regexes are then compiled for the kind of string analysed.
let shift: number | undefined;
function plainShift(): number {
  const plain = toneFeatures('one two three four five six seven eight nine ten');
  return Math.log(NEUTRAL / (100 - NEUTRAL)) - plain.reduce((z, v, i) => z + WEIGHTS[i]! * v, TONE_BIAS);
}

export function sentenceTone(sentence: string): number {
  if (!/\p{L}/u.test(sentence)) return NEUTRAL;
  const x = toneFeatures(sentence);
  let z = TONE_BIAS + (shift ??= plainShift());
  for (let i = 0; i < x.length; i++) z += WEIGHTS[i]! * x[i]!;
  return Math.round(100 / (1 + Math.exp(-z)));
}

/** The warmest a sentence holding a tone finding of this severity may read. */
const CAP_BY_SEVERITY: Readonly<Record<Severity, number>> = { error: 25, warning: 40, info: 55 };

/**
 * Tones after the tone findings: a sentence that holds one cannot read warmer than the finding allows, so the
 * per-sentence view agrees with the findings next to it. Returns a new array.
 */
/** The sentence holding `at`, by binary search: sentences are disjoint and in document order (a scan per finding
 * was quadratic: 30 s on a 5 MB text). -1 when `at` falls between sentences. */
function sentenceIndexAt(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function tonesWithFindings(spans: readonly Span[], tones: readonly number[], findings: readonly Finding[]): number[] {
  const out = [...tones];
  for (const f of findings) {
    if (f.category !== 'tone') continue;
    const i = sentenceIndexAt(spans, f.start);
    if (i >= 0) out[i] = Math.min(out[i]!, CAP_BY_SEVERITY[f.severity]);
  }
  return out;
}
