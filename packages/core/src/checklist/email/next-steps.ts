// Gives clear next steps: who does what (a list, an instruction, or "I'll …", "you can …").
import { beforeClosing, findInProse, type ChecklistDetector } from '../detector.js';
import { NEXT_STEPS, startsWithInstruction } from '../phrases.js';

export const nextSteps: ChecklistDetector = {
  meta: {
    id: 'email/next-steps',
    kind: 'email',
    label: 'Says what happens next, and who does it',
    why: 'A clear plan, with who does what, turns worry into something people can follow.',
  },
  detect(doc) {
    const list = doc.listItems[0];
    if (list) return { passed: true, evidence: list.span };
    const said = findInProse(doc, NEXT_STEPS);
    if (said) return { passed: true, evidence: said };
    const instruction = doc.sentences.find((s) => s.start >= doc.bodyStart && startsWithInstruction(doc.prose.slice(s.start, s.end)));
    if (instruction) return { passed: true, evidence: instruction };
    if (doc.short) return { passed: null };
    return { passed: false, suggestion: beforeClosing(doc, "Here's what happens next: [who will do what, and by when].") };
  },
};
