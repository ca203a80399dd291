// @rapport/core: the only entry. analyze() a text, applyFix() a suggestion, ruleList for settings and docs.
import type { Finding } from './types.js';

export { analyze } from './analyze.js';
export { ruleList } from './registry.js';
export type * from './types.js';

/** Applies one suggestion of a finding to the text it came from and returns the new text. */
export function applyFix(text: string, finding: Pick<Finding, 'start' | 'end' | 'suggestions'>, suggestionIndex = 0): string {
  const suggestion = finding.suggestions[suggestionIndex];
  if (!suggestion) throw new RangeError(`applyFix: finding has no suggestion #${suggestionIndex}`);
  if (finding.start < 0 || finding.end > text.length || finding.start > finding.end) {
    throw new RangeError(`applyFix: span ${finding.start}..${finding.end} is outside the text (length ${text.length})`);
  }
  return text.slice(0, finding.start) + suggestion.replacement + text.slice(finding.end);
}
