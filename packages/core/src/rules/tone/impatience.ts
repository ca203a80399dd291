// Flags impatience ("as I already said", "per my last email"): the reader hears that they are a bother.
import { IMPATIENCE } from '../../data/tone/impatience.js';
import { phraseRule } from './context.js';

export const impatience = phraseRule({
  meta: {
    id: 'tone/impatience',
    category: 'tone',
    description: 'Flags phrases that sound impatient or rude, such as "as I already said", "per my last email" or "did you even read".',
    why: 'Patience tells people their question matters; no question is too small to answer kindly.',
    messages: {
      alreadySaid: '"{{actual}}" can sound impatient: the reader may feel slow for needing it again.',
      perMyLast: '"{{actual}}" is widely read as irritation: the reader may feel told off.',
      countingRepeats: '"{{actual}}" counts the reader\'s repeats and sounds exasperated: they may feel like a burden.',
      noTime: '"{{actual}}" tells the reader their problem is a bother.',
      didYouRead: '"{{actual}}" suggests the reader did not bother to read: they may feel careless and defensive.',
      sarcasm: '"{{actual}}" reads as sarcasm: the reader will feel mocked.',
      exasperated: '"{{actual}}" sounds exasperated: the reader will feel like a nuisance.',
    },
    fixable: true,
    defaultSeverity: 'error',
  },
  phrases: IMPATIENCE,
  milderInQuestions: false,
});
