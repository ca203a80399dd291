// No blame or harsh words left: every tone finding at warning or error in the reply must be resolved first.
import type { ChecklistDetector } from '../detector.js';

export const noHarshWords: ChecklistDetector = {
  meta: {
    id: 'email/no-harsh-words',
    kind: 'email',
    label: 'No blame or harsh words left',
    why: 'One sharp phrase can undo a kind reply; people remember how they were spoken to more than what was fixed.',
  },
  detect(doc) {
    const harsh = doc.input.findings.find((f) => f.category === 'tone' && f.severity !== 'info' && f.start < doc.end);
    // The fix for this item is on the findings themselves (their kinder rewrites), so there is no sentence to add.
    return harsh ? { passed: false, problem: { start: harsh.start, end: harsh.end } } : { passed: true };
  },
};
