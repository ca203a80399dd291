// Edits to .rapportrc.json made by the quick fixes, as pure text -> text functions (unit-tested without VS Code).
// The file is rewritten as formatted JSON; a file that does not parse is left alone and reported.
import type { GlossaryAddition, RapportConfig } from '@rapport/core';

function parseObject(text: string | undefined): RapportConfig {
  if (text === undefined || text.trim() === '') return {};
  const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new SyntaxError('the config must be a JSON object');
  return value as RapportConfig;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const format = (config: RapportConfig): string => `${JSON.stringify(config, null, 2)}\n`;

/** Adds (or replaces, matching the term case-insensitively) a glossary entry. */
export function withGlossaryTerm(text: string | undefined, entry: GlossaryAddition): string {
  const config = parseObject(text);
  const glossary = (config.glossary ?? []).filter((g) => !same(g.term, entry.term));
  return format({ ...config, glossary: [...glossary, entry] });
}

/** Adds a term to `allow` unless it is already there (case-insensitively). */
export function withAllowedTerm(text: string | undefined, term: string): string {
  const config = parseObject(text);
  const allow = config.allow ?? [];
  if (allow.some((t) => same(t, term))) return format(config);
  return format({ ...config, allow: [...allow, term] });
}
