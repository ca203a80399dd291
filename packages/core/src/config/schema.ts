// The JSON Schema (draft-07) of .rapportrc.json, built from the same lists the validator uses, so editors
// autocomplete exactly what the CLI accepts. schema/rapportrc.schema.json is this object, written out by the test.
import { checklistItems } from '../checklist/index.js';
import { ruleList } from '../registry.js';
import { AUDIENCES, FAMILIES, RULE_LEVELS } from './validate.js';

const FAMILY_DESCRIPTIONS: Record<(typeof FAMILIES)[number], string> = {
  tone: 'Every tone rule: harsh, impatient, blaming or condescending phrasing.',
  jargon: 'Every jargon rule: technical terms and acronyms the reader may not know.',
  clarity: 'Every clarity rule: wordy, vague or hard-to-follow writing, and reviewed ignores.',
};

export function configSchema(): Record<string, unknown> {
  const level = (description: string) => ({ description, enum: [...RULE_LEVELS] });
  const rules: Record<string, unknown> = {};
  for (const f of FAMILIES) rules[f] = level(`${FAMILY_DESCRIPTIONS[f]} A rule's own setting wins over its family's.`);
  for (const r of ruleList) rules[r.id] = level(r.description);
  const checklist: Record<string, unknown> = {};
  for (const item of checklistItems) checklist[item.id] = { type: 'boolean', description: `${item.label} (${item.kind === 'email' ? 'e-mail replies' : 'knowledge-base articles'}). ${item.why}` };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Rapport configuration',
    description: 'Settings for Rapport, the writing coach for IT support: one file for the CLI, VS Code and Outlook. Put it in .rapportrc.json, .rapportrc.jsonc or the "rapport" key of package.json.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'The schema this file follows, for editor completion.' },
      rules: {
        type: 'object',
        description: 'Level per rule id (such as "tone/impatience") or family ("tone", "jargon", "clarity"): "off", "info", "warning" or "error". A rule id wins over its family.',
        additionalProperties: false,
        properties: rules,
      },
      audience: {
        description: 'Who reads your writing. "end-user" explains every technical term; "technical" flags only the rarest.',
        enum: [...AUDIENCES],
        default: 'end-user',
      },
      glossary: {
        type: 'array',
        description: "Your team's own terms, flagged when used without explanation and offered with your gloss.",
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['term', 'gloss'],
          properties: {
            term: { type: 'string', minLength: 1, description: 'The word or acronym, as you write it (for example "SSPR").' },
            gloss: { type: 'string', minLength: 1, description: 'A short, plain explanation (for example "the page where you reset your own password").' },
            plain: { type: 'string', description: 'Plain words to use instead, when there are any.' },
            variants: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Other spellings of the term.' },
          },
        },
      },
      allow: {
        type: 'array',
        description: 'Terms never flagged, such as product names your readers know (case-insensitive).',
        items: { type: 'string', minLength: 1 },
      },
      checklist: {
        type: 'object',
        description: 'Checklist items on (true) or off (false) by id. Every item is on unless switched off.',
        additionalProperties: false,
        properties: checklist,
      },
      ignore: {
        type: 'array',
        description: 'Glob patterns of files the CLI and VS Code skip (for example "docs/legacy/**").',
        items: { type: 'string', minLength: 1 },
      },
    },
  };
}
