// Acknowledges how the problem affects them before fixing it: people listen once they feel heard.
import { atBodyStart, findInProse, passOrSkip, type ChecklistDetector } from '../detector.js';
import { ACKNOWLEDGEMENT } from '../phrases.js';

export const acknowledgement: ChecklistDetector = {
  meta: {
    id: 'email/acknowledgement',
    kind: 'email',
    label: 'Acknowledges how the problem affects them',
    why: 'A problem with their computer is a problem with their day; naming that first calms things and builds trust.',
  },
  detect(doc) {
    return passOrSkip(doc, findInProse(doc, ACKNOWLEDGEMENT), () => ({
      passed: false,
      suggestion: atBodyStart(doc, "I'm sorry about the trouble this has caused, and I understand how frustrating it is."),
    }));
  },
};
