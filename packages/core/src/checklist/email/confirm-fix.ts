// Asks them to confirm the fix worked, when there is a fix or instructions to try: the ticket closes on their word.
import { beforeClosing, findInProse, notApplicable, type ChecklistDetector } from '../detector.js';
import { CONFIRM_FIX } from '../phrases.js';

export const confirmFix: ChecklistDetector = {
  meta: {
    id: 'email/confirm-fix',
    kind: 'email',
    label: 'Asks them to confirm the fix worked',
    why: 'Only the person who had the problem can say it is gone; asking shows you care about the result, not the ticket.',
  },
  detect(doc) {
    const asked = findInProse(doc, CONFIRM_FIX);
    if (asked) return { passed: true, evidence: asked };
    if (doc.short || !(doc.reportsFix || doc.givesSteps)) return notApplicable;
    return { passed: false, suggestion: beforeClosing(doc, "Could you let me know once you've tried this, so I can make sure it's working for you?") };
  },
};
