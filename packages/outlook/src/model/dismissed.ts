// "Dismiss for this draft": the writer decided a flagged phrase is fine here. Remembered as (rule, phrase) pairs
// per draft, so the same phrase stays quiet as the text moves around, and the send check honours it too.
import type { Finding } from '@rapport/core';

export const DISMISSED_KEY = 'rapport.dismissed';

export type Dismissed = ReadonlySet<string>;

export function dismissKey(f: Pick<Finding, 'ruleId' | 'actual'>): string {
  return `${f.ruleId}\u0000${f.actual.replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

export function isDismissed(dismissed: Dismissed, f: Pick<Finding, 'ruleId' | 'actual'>): boolean {
  return dismissed.has(dismissKey(f));
}

export function withDismissed(dismissed: Dismissed, f: Pick<Finding, 'ruleId' | 'actual'>): Set<string> {
  return new Set(dismissed).add(dismissKey(f));
}

/** Stored as a JSON list of [ruleId, phrase] pairs (readable in a debugger, stable across versions). */
export function serializeDismissed(dismissed: Dismissed): string {
  return JSON.stringify([...dismissed].sort().map((k) => k.split('\u0000')));
}

export function parseDismissed(stored: unknown): Set<string> {
  if (typeof stored !== 'string' || !stored) return new Set();
  try {
    const pairs: unknown = JSON.parse(stored);
    if (!Array.isArray(pairs)) return new Set();
    return new Set(
      pairs
        .filter((p): p is [string, string] => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'string'))
        .map(([ruleId, phrase]) => `${ruleId}\u0000${phrase}`),
    );
  } catch {
    return new Set();
  }
}
