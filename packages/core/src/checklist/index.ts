// The empathy checklist: what a caring reply or article contains, detected from the text.
import type { ChecklistItem, DocumentKind, Finding, Span } from '../types.js';

export interface ChecklistInput {
  text: string;
  masked: string;
  kind: DocumentKind;
  paragraphs: readonly Span[];
  sentences: readonly Span[];
  findings: readonly Finding[];
  replyEnd: number;
  /** Items switched on or off by id (config). */
  enabled: Readonly<Record<string, boolean>>;
}

export function buildChecklist(_input: ChecklistInput): ChecklistItem[] {
  return [];
}
