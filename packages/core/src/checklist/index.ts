// The empathy checklist: what a caring reply or article contains, detected from the text. One detector per file;
// the e-mail items follow the order of a good reply, the article items the order of a good article.
import type { ChecklistItem } from '../types.js';
import { acronymsExplained } from './article/acronyms-explained.js';
import { audience } from './article/audience.js';
import { ifStillStuck } from './article/if-still-stuck.js';
import { numberedSteps } from './article/numbered-steps.js';
import { problemTitle } from './article/problem-title.js';
import type { ChecklistDetector } from './detector.js';
import { buildDoc, type ChecklistInput, type ChecklistKind } from './document.js';
import { acknowledgement } from './email/acknowledgement.js';
import { cause } from './email/cause.js';
import { confirmFix } from './email/confirm-fix.js';
import { greeting } from './email/greeting.js';
import { inviteQuestions } from './email/invite-questions.js';
import { nextSteps } from './email/next-steps.js';
import { noHarshWords } from './email/no-harsh-words.js';
import { thanks } from './email/thanks.js';
import { timeline } from './email/timeline.js';
import { warmClosing } from './email/warm-closing.js';

export type { ChecklistInput } from './document.js';

export const DETECTORS: readonly ChecklistDetector[] = [
  greeting,
  acknowledgement,
  thanks,
  cause,
  nextSteps,
  timeline,
  confirmFix,
  inviteQuestions,
  noHarshWords,
  warmClosing,
  problemTitle,
  audience,
  numberedSteps,
  acronymsExplained,
  ifStillStuck,
];

/** Every item's id, label, why and kind of document, for settings screens, the config schema and docs. */
export const checklistItems: readonly { id: string; kind: ChecklistKind; label: string; why: string }[] = DETECTORS.map((d) => ({ ...d.meta }));

export function buildChecklist(input: ChecklistInput): ChecklistItem[] {
  const wanted = (d: ChecklistDetector): boolean => input.enabled[d.meta.id] !== false;
  if (!DETECTORS.some(wanted)) return [];
  const doc = buildDoc(input);
  const items: ChecklistItem[] = [];
  for (const d of DETECTORS) {
    if (d.meta.kind !== doc.kind || !wanted(d)) continue;
    const { id, label, why } = d.meta;
    items.push({ id, label, ...d.detect(doc), why });
  }
  return items;
}
