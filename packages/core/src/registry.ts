// Every rule, sorted by id. Families register through their own index so each can grow on its own.
import { CLARITY_RULES } from './rules/clarity/index.js';
import { JARGON_RULES } from './rules/jargon/index.js';
import { TONE_RULES } from './rules/tone/index.js';
import type { Rule, RuleInfo } from './types.js';

function sortedUnique(rules: readonly Rule[]): Rule[] {
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.meta.id)) throw new Error(`duplicate rule id "${r.meta.id}"`);
    seen.add(r.meta.id);
  }
  return [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
}

export const RULES: readonly Rule[] = sortedUnique([...TONE_RULES, ...JARGON_RULES, ...CLARITY_RULES]);

export function docsUrlFor(id: string): string {
  return `docs/rules/${id}.md`;
}

export const ruleList: readonly RuleInfo[] = RULES.map((r) => ({ ...r.meta, docsUrl: docsUrlFor(r.meta.id) }));
