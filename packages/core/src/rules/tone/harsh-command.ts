// Flags bare orders to the reader ("do it now", "stop calling", "don't touch anything").
import { HARSH_COMMAND } from '../../data/tone/harsh-command.js';
import { phraseRule } from './context.js';

export const harshCommand = phraseRule({
  meta: {
    id: 'tone/harsh-command',
    category: 'tone',
    description: 'Flags harsh orders aimed at the reader, such as "do it now", "stop calling" or "don\'t touch anything".',
    why: 'Instructions are fine, orders are not: a polite request with a reason gets the same step done with goodwill.',
    messages: {
      doItNow: '"{{actual}}" is an order with a deadline: the reader will feel pushed around.',
      stopDoing: '"{{actual}}" tells the reader off for asking for help: they may stop reaching out.',
      dontTouch: '"{{actual}}" is a bare order: the reader will feel scolded.',
      order: '"{{actual}}" orders the reader about: they will feel talked down to.',
    },
    fixable: true,
    defaultSeverity: 'warning',
  },
  phrases: HARSH_COMMAND,
});
