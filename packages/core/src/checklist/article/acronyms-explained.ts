// Every acronym is explained on first use (read from the jargon findings), so no reader is left guessing.
import type { ChecklistDetector } from '../detector.js';
import { EVERYDAY_ACRONYMS } from '../phrases.js';

const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&/.-]{1,9}$/;
const ANY_ACRONYM = /\b[A-Z][A-Z0-9&]{1,7}s?\b/g;

export const acronymsExplained: ChecklistDetector = {
  meta: {
    id: 'article/acronyms-explained',
    kind: 'article',
    label: 'Every acronym is explained',
    why: 'An acronym the reader does not know stops them mid-step; a few words of explanation keep them going.',
  },
  detect(doc) {
    const unexplained = doc.input.findings.find((f) => f.category === 'jargon' && f.start < doc.end && ACRONYM.test(f.actual));
    if (unexplained) {
      const problem = { start: unexplained.start, end: unexplained.end };
      return unexplained.gloss
        ? { passed: false, problem, suggestion: { text: ` (${unexplained.gloss})`, insertAt: unexplained.end } }
        : { passed: false, problem };
    }
    // With no acronym in the prose at all the item has nothing to check.
    for (const m of doc.prose.matchAll(ANY_ACRONYM)) if (!EVERYDAY_ACRONYMS.has(m[0].replace(/s$/, ''))) return { passed: true };
    return { passed: null };
  },
};
