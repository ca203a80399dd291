// Steps are numbered and each holds one action, so readers can keep their place and know when a step is done.
import type { ChecklistDetector } from '../detector.js';
import type { ListItem } from '../document.js';
import { VERB_WORD, isImperative, startsWithInstruction } from '../phrases.js';

// Clause breaks inside a step: a sentence end, a semicolon, "then", or ", and" before another instruction (group 1
// is the word after "and", a break only when it is an instruction verb).
const CLAUSE_BREAK = new RegExp(String.raw`[.;!?]\s+|,?\s+(?:and\s+)?then\s+|,\s+and\s+(?=${VERB_WORD})`, 'gi');
const ACTION = new RegExp(String.raw`^[\s"'(*_]*(?:please\s+)?(?:(?:now|next|first|finally)\s+)?${VERB_WORD}`, 'i');

/** How many separate instructions one list item holds. */
function actionsIn(item: ListItem): number {
  let count = 0;
  for (const clause of clauses(item.prose.replace(/^\s*/, ''))) if (clause && isImperative(ACTION.exec(clause))) count++;
  return count;
}

/** text.split(CLAUSE_BREAK), without the sticky copy of CLAUSE_BREAK that split() makes and compiles anew. */
function clauses(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (m[1] !== undefined && !isImperative(m)) {
      // Not a break here; the regex, failing at this position, would have gone on from the next one.
      CLAUSE_BREAK.lastIndex = m.index + 1;
      continue;
    }
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
    const ordered = doc.listItems.filter((i) => i.ordered);
    const bulletSteps = doc.listItems.filter((i) => !i.ordered && startsWithInstruction(i.prose));
    if (!ordered.length) {
      // Instructions as bullets: they should be numbered. No instructions at all: nothing to number.
      const first = bulletSteps[0];
      return bulletSteps.length >= 2 && first ? { passed: false, problem: first.span } : { passed: null };
    }
    const crowded = ordered.find((i) => actionsIn(i) >= 2);
    if (crowded) return { passed: false, problem: crowded.span };
    const last = ordered[ordered.length - 1] as ListItem;
    return { passed: true, evidence: { start: (ordered[0] as ListItem).span.start, end: last.span.end } };
  },
};
