// Says when: when the fix lands, or when they'll hear back. Waiting without a time feels like being forgotten.
import { allInProse, beforeClosing, findInProse, passOrSkip, type ChecklistDetector } from '../detector.js';
import { SOFT_TIME, SOFT_TIME_FUTURE, TIMELINE } from '../phrases.js';

export const timeline: ChecklistDetector = {
  meta: {
    id: 'email/timeline',
    kind: 'email',
    label: 'Says when things will happen',
    why: 'A time to expect news lets people plan their day instead of wondering whether anyone is on it.',
  },
  detect(doc) {
    const when = findInProse(doc, TIMELINE) ?? allInProse(doc, SOFT_TIME).find((s) => SOFT_TIME_FUTURE.test(doc.prose.slice(s.start, s.end)));
    return passOrSkip(doc, when, () => ({
      passed: false,
      suggestion: beforeClosing(
        doc,
        doc.reportsFix
          ? "I'll check in with you tomorrow to make sure everything is still working."
          : "I'll update you by [time] today, even if it's only to say where things stand.",
      ),
    }));
  },
};
