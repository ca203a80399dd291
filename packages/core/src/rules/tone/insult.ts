// Flags insults about the reader or their question ("stupid question", "clueless users"). Never fine, even as a joke.
import { INSULTS } from '../../data/tone/insult.js';
import { phraseRule } from './context.js';

export const insult = phraseRule({
  meta: {
    id: 'tone/insult',
    category: 'tone',
    description: 'Flags insults and name-calling, such as "stupid", "idiot", "clueless" or "dumb question".',
    why: 'Insults hurt and end the conversation; describe the situation, never the person.',
    messages: {
      insultQuestion: '"{{actual}}" mocks the reader\'s question: they will feel humiliated and stop asking.',
      nameCalling: '"{{actual}}" is an insult: the reader will feel humiliated.',
    },
    fixable: true,
    defaultSeverity: 'error',
  },
  phrases: INSULTS,
});
