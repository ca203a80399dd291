// Per-sentence warmth, 0 (hostile) … 100 (warm): a small logistic model over lexical cues (./tone-features.ts),
// with weights fitted offline on TyDiP English (see data/tone/sentence-weights.ts). Cheap: ~30 regex tests.
import { TONE_BIAS, TONE_WEIGHTS } from '../data/tone/sentence-weights.js';
import { TONE_FEATURE_NAMES, toneFeatures } from './tone-features.js';

const WEIGHTS = TONE_FEATURE_NAMES.map((name) => TONE_WEIGHTS[name] ?? 0);
// The fitted bias reflects Wikipedia requests, half of them rude. Shift it so that a plain ten-word sentence
// with no cue at all reads as neutral (60); a constant shift keeps every ranking, so the measured AUC holds.
const NEUTRAL = 60;
const PLAIN_SENTENCE = toneFeatures('one two three four five six seven eight nine ten');
const SHIFT = Math.log(NEUTRAL / (100 - NEUTRAL)) - PLAIN_SENTENCE.reduce((z, v, i) => z + WEIGHTS[i]! * v, TONE_BIAS);

export function sentenceTone(sentence: string): number {
  if (!/\p{L}/u.test(sentence)) return NEUTRAL;
  const x = toneFeatures(sentence);
  let z = TONE_BIAS + SHIFT;
  for (let i = 0; i < x.length; i++) z += WEIGHTS[i]! * x[i]!;
  return Math.round(100 / (1 + Math.exp(-z)));
}
