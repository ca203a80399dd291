// Greets the person, by name when we know it: a reply that opens with their name reads as written to them.
import type { ChecklistDetector } from '../detector.js';

export const greeting: ChecklistDetector = {
  meta: {
    id: 'email/greeting',
    kind: 'email',
    label: 'Greets the person, by name when you know it',
    why: 'Opening with their name shows the reply was written for them, not pasted from a template.',
  },
  detect(doc) {
    const g = doc.greeting;
    if (g && (g.addressee === 'name' || !doc.recipient)) return { passed: true, evidence: g.span };
    if (g) {
      // A greeting without the name we know from their message: add the name after the greeting words.
      return { passed: false, problem: g.span, suggestion: { text: ` ${doc.recipient}`, insertAt: g.nameAt } };
    }
    if (doc.short) return { passed: null };
    const line = doc.recipient ? `Hi ${doc.recipient},` : 'Hello,';
    return { passed: false, suggestion: { text: line + doc.newline + doc.newline, insertAt: doc.bodyStart } };
  },
};
