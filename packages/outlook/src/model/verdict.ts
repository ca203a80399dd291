// The on-send decision from a report: hold the send (softly, the writer can still send) when tone findings at
// error severity remain, or a checklist item the writer chose to enforce failed. Otherwise let it go.
import type { Finding, Report } from '@rapport/core';
import { type Dismissed, isDismissed } from './dismissed.js';

// Outlook's limits for Smart Alerts (errorMessage ≤ 500 characters, cancelLabel ≤ 20).
export const MAX_ERROR_MESSAGE = 500;
export const MAX_CANCEL_LABEL = 20;
const MAX_PHRASE = 60;

export const CANCEL_LABEL = 'Check tone';

export type Verdict =
  | { allow: true }
  | { allow: false; errorMessage: string; cancelLabel: string; phrases: string[]; missed: string[] };

export interface VerdictOptions {
  dismissed?: Dismissed;
  /** Checklist item ids that hold the send when they fail. */
  blockOnChecklist?: readonly string[];
}

function quote(phrase: string): string {
  const flat = phrase.replace(/\s+/g, ' ').trim();
  return `“${flat.length > MAX_PHRASE ? `${flat.slice(0, MAX_PHRASE - 1)}…` : flat}”`;
}

/**
 * Findings that hold the send, harshest first (the engine's per-sentence tone breaks ties), one per phrase. A
 * finding of the sentence model alone never holds it: it found no listed phrase, so it advises and does not stop.
 */
export function blockingFindings(report: Report, dismissed: Dismissed = new Set()): Finding[] {
  const toneAt = (f: Finding): number => report.sentences.find((s) => s.start <= f.start && f.start < s.end)?.tone ?? 50;
  const seen = new Set<string>();
  return report.findings
    .filter((f) => f.category === 'tone' && f.severity === 'error' && f.source !== 'model' && !isDismissed(dismissed, f))
    .map((f, order) => ({ f, order, tone: toneAt(f) }))
    .sort((a, b) => a.tone - b.tone || a.order - b.order)
    .map(({ f }) => f)
    .filter((f) => {
      const key = f.actual.toLowerCase();
      return seen.has(key) ? false : (seen.add(key), true);
    });
}

/** Builds the message Outlook shows, fitting as many phrases as the 500-character limit allows. */
function messageFor(phrases: string[], missed: string[]): string {
  const tail = ' Choose Check tone to see kinder wording, or send anyway.';
  const missedPart = missed.length ? ` It also misses: ${missed.join('; ')}.` : '';
  const build = (shown: string[], more: number): string => {
    if (!shown.length && !phrases.length) return `This draft is missing something you asked Rapport to check.${missedPart}${tail}`;
    const list = shown.join(', ') + (more ? ` and ${more} more` : '');
    return `Rapport: some wording may read as harsh: ${list}.${missedPart}${tail}`;
  };
  for (let n = Math.min(phrases.length, 5); n >= 0; n--) {
    const text = build(phrases.slice(0, n).map(quote), phrases.length - n);
    if (text.length <= MAX_ERROR_MESSAGE) return text;
  }
  const fallback = build([], phrases.length);
  return fallback.length <= MAX_ERROR_MESSAGE ? fallback : `${fallback.slice(0, MAX_ERROR_MESSAGE - 1)}…`;
}

export function verdictFor(report: Report, options: VerdictOptions = {}): Verdict {
  const harsh = blockingFindings(report, options.dismissed);
  const enforce = new Set(options.blockOnChecklist ?? []);
  const missed = report.checklist.filter((c) => c.passed === false && enforce.has(c.id)).map((c) => c.label);
  if (!harsh.length && !missed.length) return { allow: true };
  const phrases = harsh.map((f) => f.actual);
  return { allow: false, errorMessage: messageFor(phrases, missed), cancelLabel: CANCEL_LABEL, phrases, missed };
}
