// Sentence tones after the findings. Each sentence's warmth comes from the sentence tone model
// (tone-model/model.ts); a sentence that holds a tone finding cannot read warmer than the finding allows.
import type { Finding, Severity, Span } from '../types.js';

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
