// Flags impatience ("as I already said", "per my last email"): the reader hears that they are a bother.
import { IMPATIENCE } from '../../data/tone/impatience.js';
import type { Rule } from '../../types.js';
import { compilePhrases } from '../shared/phrase-matcher.js';

const phrases = compilePhrases(IMPATIENCE);

export const impatience: Rule = {
  meta: {
    id: 'tone/impatience',
    category: 'tone',
    description: 'Flags phrases that sound impatient, such as "as I already said" or "per my last email".',
    why: 'Patience tells people their question matters; no question is too small to answer kindly.',
    messages: {
      alreadySaid: '"{{actual}}" can sound impatient, as if the reader should have remembered.',
      perMyLast: '"{{actual}}" is widely read as irritation.',
      countingRepeats: '"{{actual}}" counts the reader\'s repeats and can sound exasperated.',
      noTime: '"{{actual}}" tells the reader their problem is a bother.',
      didYouRead: '"{{actual}}" suggests the reader did not bother to read.',
    },
    fixable: true,
    defaultSeverity: 'error',
  },
  check(paragraph) {
    return phrases.find(paragraph.text, paragraph.sentences);
  },
};
