// The published schema (schema/rapportrc.schema.json) and the validator must agree. When rules or checklist
// items change, regenerate the file with: RAPPORT_UPDATE_SCHEMA=1 npx vitest run packages/core/src/config/schema.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { ruleList } from '../registry.js';
import { AUDIENCES, CONFIG_KEYS, checklistItems, configSchema, ConfigError, FAMILIES, parseConfig, RULE_LEVELS } from './index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaFile = path.resolve(here, '../../../../schema/rapportrc.schema.json');
if (process.env['RAPPORT_UPDATE_SCHEMA']) writeFileSync(schemaFile, `${JSON.stringify(configSchema(), null, 2)}\n`);

type Schema = {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean;
  required?: string[];
  items?: Schema;
  minLength?: number;
  [key: string]: unknown;
};
const published = JSON.parse(readFileSync(schemaFile, 'utf8')) as Schema;
const props = (s: Schema | undefined): string[] => Object.keys(s?.properties ?? {}).sort();

/** The draft-07 keywords the schema uses, enough to say whether a value is valid. */
function schemaAccepts(schema: Schema, value: unknown): boolean {
  if (schema.enum && !schema.enum.includes(value)) return false;
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const obj = value as Record<string, unknown>;
      if (schema.required?.some((k) => !(k in obj))) return false;
      return Object.entries(obj).every(([k, v]) => {
        const sub = schema.properties?.[k];
        return sub ? schemaAccepts(sub, v) : schema.additionalProperties !== false;
      });
    }
    case 'array':
      return Array.isArray(value) && (!schema.items || value.every((v) => schemaAccepts(schema.items!, v)));
    case 'string':
      return typeof value === 'string' && value.length >= (schema.minLength ?? 0);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return true;
  }
}

function validatorAccepts(value: unknown): boolean {
  try {
    parseConfig(JSON.stringify(value), '.rapportrc.json');
    return true;
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return false;
  }
}

describe('schema/rapportrc.schema.json', () => {
  it('is a draft-07 schema, up to date with the generator (else regenerate it, see the top of this file)', () => {
    expect(published.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const fresh = configSchema() as Schema;
    // Structure, not prose: the same keys, ids and enums at every level.
    const shape = (s: Schema): unknown => JSON.parse(JSON.stringify(s, (k, v) => (k === 'description' || k === 'title' ? undefined : v)));
    expect(shape(published)).toEqual(shape(fresh));
  });

  it('has the keys the validator accepts', () => {
    expect(props(published)).toEqual(['$schema', ...CONFIG_KEYS].sort());
    expect(published.additionalProperties).toBe(false);
  });

  it('lists every rule id of ruleList and every family, each with the levels', () => {
    const rules = published.properties!['rules']!;
    expect(props(rules)).toEqual([...FAMILIES, ...ruleList.map((r) => r.id)].sort());
    for (const [id, s] of Object.entries(rules.properties!)) {
      expect(s.enum, id).toEqual([...RULE_LEVELS]);
      expect(typeof s['description'], id).toBe('string');
    }
  });

  it('lists exactly the checklist ids that buildChecklist can return', () => {
    const returned = new Set<string>();
    for (const kind of ['email', 'markdown', 'plain'] as const) {
      for (const text of ['Hi Sam,\n\nIt works again now.\n\nThanks,\nAlex', '# Printer is offline\n\n1. Turn it off.\n2. Turn it on.\n']) {
        for (const item of analyze(text, { kind }).checklist) returned.add(item.id);
      }
    }
    const ids = checklistItems.map((i) => i.id);
    expect([...returned].sort()).toEqual([...ids].sort());
    expect(props(published.properties!['checklist'])).toEqual([...ids].sort());
  });

  it('has the audiences and glossary fields the validator knows', () => {
    expect(published.properties!['audience']!.enum).toEqual([...AUDIENCES]);
    const entry = published.properties!['glossary']!.items!;
    expect(props(entry)).toEqual(['gloss', 'plain', 'term', 'variants']);
    expect(entry.required).toEqual(['term', 'gloss']);
  });

  it('accepts and rejects the same configs as the validator', () => {
    const samples: unknown[] = [
      {},
      { $schema: './schema/rapportrc.schema.json' },
      { rules: { tone: 'off', 'tone/impatience': 'error', jargon: 'info', clarity: 'warning' } },
      { rules: { tone: 'warn' } },
      { rules: { 'tone/nope': 'off' } },
      { rules: [] },
      { audience: 'technical' },
      { audience: 'experts' },
      { glossary: [{ term: 'SSPR', gloss: 'self-service password reset', plain: 'password reset', variants: ['SSPR page'] }] },
      { glossary: [{ term: 'SSPR' }] },
      { glossary: [{ term: 'SSPR', gloss: 'x', extra: true }] },
      { glossary: [{ term: 'SSPR', gloss: 'x', variants: [1] }] },
      { glossary: {} },
      { allow: ['VPN'] },
      { allow: 'VPN' },
      { allow: [''] },
      { checklist: { 'email/thanks': false, 'article/audience': true } },
      { checklist: { 'email/thank-you': false } },
      { checklist: { 'email/thanks': 'no' } },
      { ignore: ['docs/**'] },
      { ignore: [3] },
      { unknown: 1 },
      [],
      'rules',
    ];
    for (const s of samples) expect(validatorAccepts(s), JSON.stringify(s)).toBe(schemaAccepts(published, s));
  });
});
