// Flags all-caps abbreviations (2–6 letters) that are neither in the glossary nor everyday ("PDF", "USB") nor names,
// as "possibly unexplained" (info): we cannot know them, but the reader may not either. End-user audience only.
import { EVERYDAY_ACRONYMS, NOT_ACRONYMS } from '../../data/jargon/glossary.js';
import type { RawFinding, Rule } from '../../types.js';
import { isExplainedAt, keepFirstUnexplained } from './helpers/first-use.js';
import { glossaryIndex } from './helpers/glossary-index.js';

const ACRONYM = /(?<![\w\-./\\@&])([A-Z]{2,6})(['’]?s)?(?![\w\-@&]|[./\\]\w)/g;
const KNOWN = new Set([...EVERYDAY_ACRONYMS, ...NOT_ACRONYMS]);
const ROMAN = /^[IVX]+$/;
// Capitals next to capitals are shouting or a heading ("DO NOT RESTART"), not an abbreviation.
const CAPS_BEFORE = /\b[A-Z]{2,}[\s,:!-]+$/;
const CAPS_AFTER = /^['’]?s?[\s,:!-]+[A-Z]{2,}\b/;

export const unknownAcronym: Rule = {
  meta: {
    id: 'jargon/unknown-acronym',
    category: 'jargon',
    description: 'Flags unfamiliar all-caps abbreviations that are not explained on first use (information only).',
    why: 'An abbreviation saves the writer a few letters but can cost the reader the whole sentence; spell it out once.',
    messages: {
      possiblyUnexplained: '"{{actual}}" may be an abbreviation the reader does not know: spell it out the first time.',
    },
    fixable: false,
    defaultSeverity: 'info',
  },
  check(paragraph, options) {
    if (options.audience === 'technical') return [];
    const { text } = paragraph;
    const index = glossaryIndex(options.glossary);
    const out: RawFinding[] = [];
    ACRONYM.lastIndex = 0;
    for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
      const acronym = m[1]!;
      if (KNOWN.has(acronym) || ROMAN.test(acronym) || index.forms.has(acronym.toLowerCase())) continue;
      if (options.allow.has(acronym.toLowerCase())) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (CAPS_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || CAPS_AFTER.test(text.slice(end, end + 12))) continue;
      const explained = isExplainedAt(text, start, end);
      out.push({ start, end, messageId: 'possiblyUnexplained', data: { term: acronym, explained } });
    }
    return out;
  },
  finalize: keepFirstUnexplained,
};
