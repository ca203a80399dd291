// Ends warmly: a kind last line ("Have a good afternoon", "Kind regards") rather than a bare "Regards" or nothing.
import type { Span } from '../../types.js';
import { beforeClosing, notApplicable, type ChecklistDetector } from '../detector.js';
import { COLD_SIGN_OFF, WARM_CLOSING } from '../phrases.js';

export const warmClosing: ChecklistDetector = {
  meta: {
    id: 'email/warm-closing',
    kind: 'email',
    label: 'Ends warmly',
    why: 'The last line is what stays with people; a warm one leaves them glad they asked for help.',
  },
  detect(doc) {
    const signOff = doc.signOff;
    if (signOff && !COLD_SIGN_OFF.test(doc.text.slice(signOff.start, signOff.end))) return { passed: true, evidence: signOff };
    // A warm sentence just before the sign-off (or at the very end) counts too.
    const last = doc.sentences.filter((s) => s.end <= doc.closingAt + 1 && s.start >= doc.bodyStart && /\S/.test(doc.prose.slice(s.start, s.end))).slice(-2);
    const warm = last.find((s: Span) => WARM_CLOSING.test(doc.prose.slice(s.start, s.end)));
    if (warm) return { passed: true, evidence: warm };
    if (doc.short) return notApplicable;
    return {
      passed: false,
      ...(signOff ? { problem: signOff } : {}),
      suggestion: beforeClosing(doc, 'Thanks again for your patience, and have a good rest of your day.'),
    };
  },
};
