// Says who the article is for, so readers know at once whether they are in the right place.
import { afterTitle, findInProse, type ChecklistDetector } from '../detector.js';
import { AUDIENCE } from '../phrases.js';

export const audience: ChecklistDetector = {
  meta: {
    id: 'article/audience',
    kind: 'article',
    label: 'Says who the article is for',
    why: 'Readers decide in a few seconds whether an article is for them; telling them saves time and guesswork.',
  },
  detect(doc) {
    const said = findInProse(doc, AUDIENCE);
    if (said) return { passed: true, evidence: said };
    return { passed: false, suggestion: afterTitle(doc, 'This article is for anyone who [what the reader is doing or seeing when this happens].') };
  },
};
