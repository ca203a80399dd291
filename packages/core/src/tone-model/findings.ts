// Tone findings from the sentence model, for harsh sentences no phrase rule explains. The phrase rules stay first:
// they give exact spans and the best rewrites; the model catches the same intent put in any other words.
import { MODEL_READINGS } from '../data/tone/model-readings.js';
import type { DocumentKind, RawFinding, Span } from '../types.js';
import type { ToneReading } from './model.js';

/** The family's tone rule id, e.g. "tone/blame". */
export const familyRuleId = (family: string): string => `tone/${family}`;

/** Too short to judge: "No.", "OK then." read harsh or kind only from what surrounds them. */
const MIN_WORDS = 3;

/**
 * One finding per flagged sentence that holds no phrase-rule tone finding, on the words that drive the score.
 * `toneSpans`: the paragraph's phrase-rule tone findings (offsets relative to the paragraph).
 */
export function modelFindings(
  text: string,
  sentences: readonly Span[],
  readings: readonly ToneReading[],
  toneSpans: readonly Span[],
): { family: string; finding: RawFinding }[] {
  const out: { family: string; finding: RawFinding }[] = [];
  sentences.forEach((s, i) => {
    const reading = readings[i]!;
    if (!reading.flagged || !reading.span) return;
    if (text.slice(s.start, s.end).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < MIN_WORDS) return;
    if (toneSpans.some((f) => f.start < s.end && f.end > s.start)) return;
    out.push({
      family: reading.family,
      finding: {
        start: s.start + reading.span.start,
        end: s.start + reading.span.end,
        messageId: 'model',
        severity: 'warning',
        source: 'model',
        why: MODEL_READINGS[reading.family]?.why,
        data: { likelihood: Math.round(reading.harsh * 100) },
      },
    });
  });
  return out;
}

/**
 * Whether a model finding stands where the article speaks to its reader. In Markdown a heading names a topic
 * ("Why did I get this bounce message?") and a block quote holds someone else's words (an error dialog's text),
 * so the sentence model does not read them; the phrase rules still do.
 */
export function speaksToReader(text: string, kind: DocumentKind, at: number): boolean {
  if (kind !== 'markdown') return true;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return !/^[ \t]{0,3}(?:#{1,6}[ \t]|>)/.test(text.slice(lineStart, at + 1));
}
