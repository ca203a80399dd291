// Flags flat contradiction ("you're wrong", "that's not how it works"): correct kindly but firmly.
import { CONTRADICTION } from '../../data/tone/contradiction.js';
import { phraseRule } from './context.js';

export const contradiction = phraseRule({
  meta: {
    id: 'tone/contradiction',
    category: 'tone',
    description: 'Flags flat contradictions such as "you\'re wrong", "that\'s incorrect" or "that\'s not how it works".',
    why: 'People sometimes need correcting; acknowledging what they saw and then explaining what is happening keeps them on side.',
    messages: {
      youreWrong: '"{{actual}}" contradicts the reader flatly: they will feel put down and may dig in.',
      thatsWrong: '"{{actual}}" dismisses what the reader said without explaining: they may feel put down.',
      notHowItWorks: '"{{actual}}" corrects without explaining: the reader may feel foolish and still not know why.',
      flatNo: '"{{actual}}" is a flat no: the reader may feel shut down.',
    },
    fixable: true,
    defaultSeverity: 'warning',
  },
  phrases: CONTRADICTION,
  milderInQuestions: true,
});
