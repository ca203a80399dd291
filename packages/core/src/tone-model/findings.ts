// Tone findings from the sentence model, for harsh sentences no phrase rule explains. The phrase rules stay first:
// they give exact spans and the best rewrites; the model catches the same intent put in any other words.
import { MODEL_READINGS } from '../data/tone/model-readings.js';
import type { DocumentKind, RawFinding, Severity, Span } from '../types.js';
import { TONE_FAMILIES, type ToneReading } from './model.js';

/** The family's tone rule id, e.g. "tone/blame". */
export const familyRuleId = (family: string): string => `tone/${family}`;

/** Whether a rule id is one of the families the model names. */
const MODEL_RULE_IDS: ReadonlySet<string> = new Set(TONE_FAMILIES.map(familyRuleId));
export const modelKnowsFamily = (ruleId: string): boolean => MODEL_RULE_IDS.has(ruleId);

/** Too short to judge: "No.", "OK then." read harsh or kind only from what surrounds them. */
const MIN_WORDS = 3;
/** A bracketed placeholder ("[what went wrong]") marks a sentence the writer has yet to finish. */
const PLACEHOLDER = /\[[^\]\n]+\]/;

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
    const sentence = text.slice(s.start, s.end);
    if (sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < MIN_WORDS || PLACEHOLDER.test(sentence)) return;
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

/**
 * Below this harsh probability the model reads a sentence as plainly kind, and a listed phrase inside it is being
 * used kindly: "just click Enable editing and you're away", "probably a silly question on my part".
 */
const PLAINLY_KIND = 0.1;
/** The model reads short sentences less surely ("My grandma knows how to use Teams."): those keep their finding. */
const MIN_WORDS_TO_DOUBT = 8;

/**
 * A milder phrase-rule finding (a warning or less) stands unless the model reads its sentence as plainly kind; an
 * error (an insult, open blame) always stands. Only the families the model knows are read this way (shouting is
 * about capitals, which the model does not see).
 */
export function phraseUsedKindly(finding: RawFinding, defaultSeverity: Severity, sentences: readonly Span[], readings: readonly ToneReading[]): boolean {
  if ((finding.severity ?? defaultSeverity) === 'error') return false;
  const i = sentences.findIndex((s) => finding.start >= s.start && finding.start < s.end);
  return i >= 0 && readings[i]!.harsh < PLAINLY_KIND && readings[i]!.words >= MIN_WORDS_TO_DOUBT;
}
