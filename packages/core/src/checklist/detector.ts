// The shape of one checklist detector and the small helpers they share (find a phrase, place a sentence).
import type { ChecklistItem, Span } from '../types.js';
import type { ChecklistDoc, ChecklistKind } from './document.js';
import { primeRegExp } from '../rules/shared/native-regex.js';
import { trimSpan } from '../text/segment.js';

/** What a detector decides; id, label and why come from its meta. */
export type Verdict = Omit<ChecklistItem, 'id' | 'label' | 'why'>;

export interface ChecklistDetector {
  meta: {
    /** `email/<name>` or `article/<name>`, matching the file path. */
    id: string;
    kind: ChecklistKind;
    /** What the item asks for, as the sidebar shows it. */
    label: string;
    /** Why it matters, one sentence. */
    why: string;
  };
  detect(doc: ChecklistDoc): Verdict;
}

export const notApplicable: Verdict = { passed: null };

/** The sentence holding `at`, trimmed to its words; the bare match when no sentence holds it. */
function sentenceAround(doc: ChecklistDoc, at: number, length: number): Span {
  const s = doc.sentences.find((x) => at >= x.start && at < x.end);
  if (!s) return { start: at, end: at + length };
  return trimSpan(doc.text, s) ?? { start: s.end, end: s.end };
}

/** Where `pattern` first matches in the writer's prose (greeting and sign-off excluded), as a sentence span. */
export function findInProse(doc: ChecklistDoc, pattern: RegExp, from = 0, to = doc.prose.length): Span | undefined {
  const scope = from || to < doc.prose.length ? doc.prose.slice(from, to) : doc.prose;
  const m = primeRegExp(pattern).exec(scope);
  return m ? sentenceAround(doc, from + m.index, m[0].length) : undefined;
}

// One global copy per pattern, made and primed once (not on every analysis).
const globalCopies = new WeakMap<RegExp, RegExp>();

/** Every match of `pattern` in the prose, as sentence spans (for items that check each occurrence). */
export function allInProse(doc: ChecklistDoc, pattern: RegExp): Span[] {
  let global = globalCopies.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalCopies.set(pattern, global);
  }
  primeRegExp(global);
  const out: Span[] = [];
  for (const m of doc.prose.matchAll(global)) {
    const s = sentenceAround(doc, m.index, m[0].length);
    if (!out.length || (out[out.length - 1] as Span).start !== s.start) out.push(s);
    if (out.length >= 20) break;
  }
  return out;
}

/** A sentence as its own paragraph where closing sentences go (before the sign-off, or after the last line). */
export function beforeClosing(doc: ChecklistDoc, sentence: string): Verdict['suggestion'] {
  const gap = doc.newline + doc.newline;
  if (doc.signOff || doc.closingAt < doc.bodyStart) return { text: sentence + gap, insertAt: doc.signOff?.start ?? doc.bodyStart };
  return { text: gap + sentence, insertAt: doc.closingAt };
}

/** A sentence that opens the body, in front of its first sentence. */
export function atBodyStart(doc: ChecklistDoc, sentence: string): Verdict['suggestion'] {
  const atEnd = doc.bodyStart >= doc.end || !/\S/.test(doc.text.slice(doc.bodyStart, doc.end));
  return atEnd ? { text: doc.newline + doc.newline + sentence, insertAt: doc.closingAt } : { text: `${sentence} `, insertAt: doc.bodyStart };
}

/** A sentence as its own paragraph right after the article's title. */
export function afterTitle(doc: ChecklistDoc, sentence: string): Verdict['suggestion'] {
  const gap = doc.newline + doc.newline;
  if (doc.afterTitle >= doc.end) return { text: gap + sentence, insertAt: doc.title?.span.end ?? doc.end };
  return { text: sentence + gap, insertAt: doc.afterTitle };
}

/** For a short note, an item that isn't there doesn't apply; one that is, passes. */
export function passOrSkip(doc: ChecklistDoc, evidence: Span | undefined, failed: () => Verdict): Verdict {
  if (evidence) return { passed: true, evidence };
  return doc.short ? notApplicable : failed();
}
