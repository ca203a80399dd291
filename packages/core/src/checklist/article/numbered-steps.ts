// Steps are numbered and each holds one action, so readers can keep their place and know when a step is done.
import type { ChecklistDetector } from '../detector.js';
import type { ListItem } from '../document.js';
import { IMPERATIVE_VERBS, STARTS_WITH_INSTRUCTION } from '../phrases.js';
import { primeRegExp } from '../../rules/shared/native-regex.js';

// Clause breaks inside a step: a sentence end, a semicolon, "then", or ", and" before another instruction.
const CLAUSE_BREAK = new RegExp(`[.;!?]\\s+|,?\\s+(?:and\\s+)?then\\s+|,\\s+and\\s+(?=(?:${IMPERATIVE_VERBS})\\b)`, 'gi');
const ACTION = new RegExp(`^[\\s"'(*_]*(?:please\\s+)?(?:now\\s+|next\\s+|first\\s+|finally\\s+)?(?:${IMPERATIVE_VERBS})\\b`, 'i');

/** How many separate instructions one list item holds. */
function actionsIn(item: ListItem): number {
  let count = 0;
  for (const clause of clauses(item.prose.replace(/^\s*/, ''))) if (clause && ACTION.test(clause)) count++;
  return count;
}

/** text.split(CLAUSE_BREAK), without the sticky copy of CLAUSE_BREAK that split() makes and compiles anew. */
function clauses(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    out.push(text.slice(from, m.index));
    from = CLAUSE_BREAK.lastIndex;
  }
  out.push(text.slice(from));
  return out;
}

export const numberedSteps: ChecklistDetector = {
  meta: {
    id: 'article/numbered-steps',
    kind: 'article',
    label: 'Steps are numbered, one action each',
    why: 'Numbered, single-action steps let readers keep their place and tell you exactly where they got stuck.',
  },
  detect(doc) {
    // Each pattern primed once per analysis, before its first use (a priming check per list item added up).
    let instructionPrimed = false;
    const ordered = doc.listItems.filter((i) => i.ordered);
    const bulletSteps = doc.listItems.filter((i) => {
      if (i.ordered) return false;
      if (!instructionPrimed) primeRegExp(STARTS_WITH_INSTRUCTION);
      instructionPrimed = true;
      return STARTS_WITH_INSTRUCTION.test(i.prose);
    });
    if (!ordered.length) {
      // Instructions as bullets: they should be numbered. No instructions at all: nothing to number.
      const first = bulletSteps[0];
      return bulletSteps.length >= 2 && first ? { passed: false, problem: first.span } : { passed: null };
    }
    primeRegExp(ACTION);
    primeRegExp(CLAUSE_BREAK);
    const crowded = ordered.find((i) => actionsIn(i) >= 2);
    if (crowded) return { passed: false, problem: crowded.span };
    const last = ordered[ordered.length - 1] as ListItem;
    return { passed: true, evidence: { start: (ordered[0] as ListItem).span.start, end: last.span.end } };
  },
};
