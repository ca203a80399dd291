// Flags accusations of bad intent ("you tried to get around the policy", "you were told not to").
import { BAD_INTENT } from '../../data/tone/bad-intent.js';
import { phraseRule } from './context.js';

export const badIntent = phraseRule({
  meta: {
    id: 'tone/bad-intent',
    category: 'tone',
    description: 'Flags phrases that accuse the reader of bad intent or doubt their word, such as "you bypassed the policy" or "did you actually restart".',
    why: 'Most people are just trying to do their job; assume good intent and explain the rule and the safe way.',
    messages: {
      deliberately: '"{{actual}}" accuses the reader of doing it on purpose: they will feel distrusted.',
      gettingAround: '"{{actual}}" assumes the reader was trying to cheat the rules: they will feel accused.',
      brokeRules: '"{{actual}}" charges the reader with breaking the rules: they will feel accused rather than helped.',
      toldNotTo: '"{{actual}}" reminds the reader they were warned: it reads like a telling-off.',
      doubt: '"{{actual}}" doubts the reader\'s word: they will feel you think they are lying.',
    },
    fixable: true,
    defaultSeverity: 'warning',
  },
  phrases: BAD_INTENT,
  milderInQuestions: true,
});
