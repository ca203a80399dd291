// Per-sentence warmth, 0 (hostile) … 100 (warm), from a small lexicon. Cheap enough to run on every sentence.
const WARM = /\b(?:please|thank(?:s| you)|appreciate|sorry|apologi[sz]e|happy to|glad to|understand|could you|would you|let me know|hope|welcome|kindly)\b/gi;
const COLD = /\b(?:obviously|already (?:told|said|explained)|again|stupid|idiot|wrong|fault|never|always|must|now|immediately|stop|why did you|did you even)\b|!{2,}|\?!/gi;

export function sentenceTone(sentence: string): number {
  const warm = sentence.match(WARM)?.length ?? 0;
  const cold = sentence.match(COLD)?.length ?? 0;
  return Math.max(0, Math.min(100, 60 + 15 * warm - 20 * cold));
}
