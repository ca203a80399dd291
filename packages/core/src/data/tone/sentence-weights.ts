// Weights of the sentence tone model (score/sentence-tone.ts): logistic regression over the cues in
// score/tone-features.ts, fitted by test/eval/lib/train-tone.mjs (L2 = 0.0003, 5-fold CV AUC 0.891).
// Fitted on TyDiP English train: Anirudh Srinivasan and Eunsol Choi, "TyDiP: A Dataset for Politeness
// Classification in Nine Typologically Diverse Languages", Findings of EMNLP 2022, CC BY 4.0; its English data
// comes from the Stanford Politeness Corpus (Danescu-Niculescu-Mizil et al., ACL 2013). Only these numbers are
// derived from the data; no text from it ships with Rapport. Positive weights mean warmer.
export const TONE_BIAS = -0.748;

export const TONE_WEIGHTS: Readonly<Record<string, number>> = {
  gratitude: 2.297,
  apology: 1.568,
  please: 0.353,
  pleaseStart: -0.333,
  greeting: 1.445,
  praise: 0.896,
  hedge: 0.537,
  counterfactual: 1.481,
  indicative: 0.671,
  offer: 0.714,
  byTheWay: 0.499,
  firstPlural: 0.346,
  firstSingular: 0.423,
  firstStart: 0.382,
  directQuestionStart: -0.49,
  why: -1.512,
  secondStart: -0.144,
  second: -0.275,
  youQuestion: 0.28,
  youShould: -0.037,
  factuality: -0.923,
  negation: -1.246,
  negative: -1.042,
  harsh: -0.702,
  imperativeStart: 0.133,
  connectiveStart: -0.603,
  just: -0.247,
  question: -0.387,
  exclamation: 0.603,
  stackedMarks: -1.602,
  caps: -0.137,
  length: 1.162
};
