// Document scores: each category starts at 100 and loses points per finding, weighted by severity and
// scaled to the document's length, so one slip in a long article costs less than in a two-line reply.
import type { Category, Finding, Metrics, Scores, Severity } from '../types.js';

const WEIGHT: Record<Severity, number> = { error: 12, warning: 6, info: 1.5 };

function penalty(findings: readonly Finding[], category: Category, words: number): number {
  const raw = findings.filter((f) => f.category === category).reduce((sum, f) => sum + WEIGHT[f.severity], 0);
  // Up to ~150 words a finding counts in full; beyond that its weight shrinks with the square root of length.
  return raw / Math.max(1, Math.sqrt(words / 150));
}

export function documentScores(findings: readonly Finding[], sentenceTones: readonly number[], metrics: Metrics): { score: number; scores: Scores } {
  const clamp = (n: number): number => Math.round(Math.max(0, Math.min(100, n)));
  const words = metrics.words;
  const meanTone = sentenceTones.length ? sentenceTones.reduce((a, b) => a + b, 0) / sentenceTones.length : 80;
  // reduce, not Math.min(...): a long document has more sentences than a call may take arguments.
  const coldest = sentenceTones.length ? sentenceTones.reduce((a, b) => Math.min(a, b)) : 80;
  const toneBase = 0.7 * meanTone + 0.3 * coldest + 20;
  const tone = clamp(toneBase - penalty(findings, 'tone', words));
  const jargon = clamp(100 - penalty(findings, 'jargon', words));
  const gradePenalty = Math.max(0, metrics.gradeLevel - 9) * 4;
  const clarity = clamp(100 - gradePenalty - penalty(findings, 'clarity', words));
  return { score: clamp(0.5 * tone + 0.3 * jargon + 0.2 * clarity), scores: { tone, jargon, clarity } };
}
