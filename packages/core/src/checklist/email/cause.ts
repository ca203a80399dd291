// Explains what went wrong in plain words, when the reply fixes something or asks them to act.
import type { Finding, Span } from '../../types.js';
import { allInProse, notApplicable, type ChecklistDetector } from '../detector.js';
import type { ChecklistDoc } from '../document.js';
import { CAUSE, FIX_REPORTED, startsWithInstruction } from '../phrases.js';
import { primeRegExp } from '../../rules/shared/native-regex.js';

const inside = (f: Finding, s: Span): boolean => f.start >= s.start && f.end <= s.end;

/** Before the first sentence that reports the fix or gives an instruction: the cause belongs ahead of the fix. */
function causeInsertion(doc: ChecklistDoc, sentence: string): { text: string; insertAt: number } {
  const gap = doc.newline + doc.newline;
  const fix = doc.sentences.find((s) => s.start >= doc.bodyStart && s.start < doc.closingAt && (primeRegExp(FIX_REPORTED).test(doc.prose.slice(s.start, s.end)) || startsWithInstruction(doc.prose.slice(s.start, s.end))));
  const para = fix && doc.paragraphs.find((p) => fix.start >= p.start && fix.start < p.end);
  if (!para) return { text: `${sentence} `, insertAt: doc.bodyStart };
  if (doc.listItems.some((i) => fix!.start >= i.span.start && fix!.start < i.span.end)) {
    // The fix is a list: the cause goes before it as its own paragraph, or before the line that introduces it.
    const intro = doc.paragraphs.find((p) => p.end <= para.start && /:\s*$/.test(doc.text.slice(p.start, p.end)) && !/\S/.test(doc.text.slice(p.end, para.start)));
    return { text: sentence + gap, insertAt: intro?.start ?? para.start };
  }
  return { text: `${sentence} `, insertAt: para.start };
}

export const cause: ChecklistDetector = {
  meta: {
    id: 'email/cause',
    kind: 'email',
    label: 'Explains what went wrong, in plain words',
    why: 'Knowing why it happened, in everyday words, helps people trust the fix and avoid the problem next time.',
  },
  detect(doc) {
    const found = allInProse(doc, CAUSE);
    if (!found.length && (doc.short || !(doc.reportsFix || doc.givesSteps))) return notApplicable;
    const jargon = doc.input.findings.filter((f) => f.category === 'jargon');
    const plain = found.find((s) => !jargon.some((f) => inside(f, s)));
    if (plain) return { passed: true, evidence: plain };
    if (found.length) {
      // The cause is there, but in technical terms: offer the first term's explanation.
      const term = jargon.find((f) => inside(f, found[0] as Span)) as Finding;
      const suggestion = term.gloss ? { text: ` (${term.gloss})`, insertAt: term.end } : undefined;
      return { passed: false, problem: { start: term.start, end: term.end }, ...(suggestion ? { suggestion } : {}) };
    }
    return { passed: false, suggestion: causeInsertion(doc, 'This happened because [what went wrong, in everyday words].') };
  },
};
