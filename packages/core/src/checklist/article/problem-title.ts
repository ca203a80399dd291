// The title names the problem the way the reader would say it ("Can't sign in to Outlook"), since that is what
// they search for; a title that names the cause or the product feature is found only by people who already know.
import type { ChecklistDetector } from '../detector.js';
import { PROBLEM_TITLE } from '../phrases.js';
import { primeRegExp } from '../../rules/shared/native-regex.js';

export const problemTitle: ChecklistDetector = {
  meta: {
    id: 'article/problem-title',
    kind: 'article',
    label: 'The title names the problem the way the reader would',
    why: 'People search for what they see ("Outlook keeps asking for my password"), not for the cause or the fix.',
  },
  detect(doc) {
    const title = doc.title;
    if (!title) {
      const gap = doc.newline + doc.newline;
      return { passed: false, suggestion: { text: `${doc.input.kind === 'markdown' ? '# ' : ''}[The problem, in the words the reader would use]${gap}`, insertAt: doc.bodyStart } };
    }
    // Primed though used once: V8 compiles it to machine code in a quarter of the time its bytecode takes.
    return primeRegExp(PROBLEM_TITLE).test(title.text) ? { passed: true, evidence: title.span } : { passed: false, problem: title.span };
  },
};
