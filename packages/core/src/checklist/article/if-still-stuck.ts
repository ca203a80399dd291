// Says what to do if the steps didn't work (who to contact, what to tell them), so nobody is left at a dead end.
import { findInProse, notApplicable, type ChecklistDetector } from '../detector.js';
import { IF_STILL_STUCK } from '../phrases.js';

export const ifStillStuck: ChecklistDetector = {
  meta: {
    id: 'article/if-still-stuck',
    kind: 'article',
    label: "Says what to do if the steps don't work",
    why: 'When the steps fail, people need a next door to knock on, not a dead end.',
  },
  detect(doc) {
    const said = findInProse(doc, IF_STILL_STUCK);
    if (said) return { passed: true, evidence: said };
    if (!doc.listItems.length && !doc.givesSteps && !doc.hasFixHeading) return notApplicable;
    const gap = doc.newline + doc.newline;
    const heading = doc.input.kind === 'markdown' ? `## If this didn't help${gap}` : '';
    const sentence = "If these steps didn't fix it, contact the service desk and tell them which step you reached, so they can pick up from there.";
    return { passed: false, suggestion: { text: gap + heading + sentence, insertAt: doc.closingAt } };
  },
};
