// Invites follow-up questions, so asking again feels welcome rather than a bother.
import { beforeClosing, findInProse, passOrSkip, type ChecklistDetector } from '../detector.js';
import { INVITE_QUESTIONS } from '../phrases.js';

export const inviteQuestions: ChecklistDetector = {
  meta: {
    id: 'email/invite-questions',
    kind: 'email',
    label: 'Invites follow-up questions',
    why: 'No question is too small; saying so makes it easy to ask before a small problem becomes a big one.',
  },
  detect(doc) {
    return passOrSkip(doc, findInProse(doc, INVITE_QUESTIONS), () => ({
      passed: false,
      suggestion: beforeClosing(doc, "If anything is unclear or you have other questions, reply to this email and I'll be happy to help."),
    }));
  },
};
