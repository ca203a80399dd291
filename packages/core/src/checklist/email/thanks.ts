// Thanks them (for reporting it, for the details, for waiting): a sign-off "Thanks," alone does not count.
import { atBodyStart, findInProse, passOrSkip, type ChecklistDetector } from '../detector.js';
import { THANKS } from '../phrases.js';

export const thanks: ChecklistDetector = {
  meta: {
    id: 'email/thanks',
    kind: 'email',
    label: 'Thanks them',
    why: 'Reporting a problem takes time and sometimes courage; thanking them makes them glad they asked.',
  },
  detect(doc) {
    return passOrSkip(doc, findInProse(doc, THANKS), () => ({
      passed: false,
      suggestion: atBodyStart(doc, 'Thank you for letting us know, and for your patience while we looked into it.'),
    }));
  },
};
