// The pane's settings (audience, rules on/off, checklist items that hold the send) as stored in Outlook's roaming
// settings, and how they become the engine's config. Anything unreadable falls back to the defaults.
import type { Audience, RapportConfig } from '@rapport/core';

export const SETTINGS_KEY = 'rapport.settings';
export const SETTINGS_VERSION = 1;

export interface Settings {
  audience: Audience;
  /** Rule ids the writer switched off. */
  rulesOff: string[];
  /** Checklist item ids that hold the send when they fail. */
  blockOnChecklist: string[];
}

export const DEFAULT_SETTINGS: Settings = { audience: 'end-user', rulesOff: [], blockOnChecklist: [] };

function stringList(value: unknown, known?: ReadonlySet<string>): string[] {
  if (!Array.isArray(value)) return [];
  const out = value.filter((v): v is string => typeof v === 'string' && (!known || known.has(v)));
  return [...new Set(out)].sort();
}

/** What goes into roaming settings: plain JSON, versioned, sorted for stable round trips. */
export function toStored(settings: Settings): Record<string, unknown> {
  return {
    v: SETTINGS_VERSION,
    audience: settings.audience,
    rulesOff: stringList(settings.rulesOff),
    blockOnChecklist: stringList(settings.blockOnChecklist),
  };
}

/**
 * Reads stored settings leniently: unknown audiences become the default, and rule ids no longer in the engine
 * (`knownRules`, when given) are dropped so a renamed rule cannot stay off forever.
 */
export function fromStored(stored: unknown, knownRules?: ReadonlySet<string>): Settings {
  if (typeof stored === 'string') {
    try {
      stored = JSON.parse(stored);
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
  }
  if (!stored || typeof stored !== 'object') return { ...DEFAULT_SETTINGS };
  const s = stored as Record<string, unknown>;
  return {
    audience: s.audience === 'technical' || s.audience === 'end-user' ? s.audience : DEFAULT_SETTINGS.audience,
    rulesOff: stringList(s.rulesOff, knownRules),
    blockOnChecklist: stringList(s.blockOnChecklist),
  };
}

/** The engine config these settings stand for. */
export function toConfig(settings: Settings): RapportConfig {
  const rules: Record<string, 'off'> = {};
  for (const id of settings.rulesOff) rules[id] = 'off';
  return { audience: settings.audience, rules };
}
