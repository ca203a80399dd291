// Flags bare orders to the reader ("do it now", "stop calling", "don't touch anything").
import { HARSH_COMMAND } from '../../data/tone/harsh-command.js';
import type { RawFinding } from '../../types.js';
import { matchCase } from '../shared/phrase-matcher.js';
import { phraseRule } from './context.js';

const URGENCY = /\s*\b(?:right now|right away|immediately|at once|this instant|asap|now)$/i;

/** Rewrites that keep the reader's step: "Send me the logs immediately" → "Could you send me the logs as soon as you can?" */
function refine(f: RawFinding, matched: string): RawFinding {
  if (f.messageId === 'doItNow') {
    const step = matched.replace(URGENCY, '').replace(/^\w/, (c) => c.toLowerCase());
    return { ...f, suggestions: [{ label: 'Ask, and say when', replacement: matchCase(`could you ${step} as soon as you can?`, matched) }] };
  }
  const gerund = /\b(?:stop|quit)\s+(\S.*)$/i.exec(matched);
  if (f.messageId === 'stopDoing' && gerund) {
    return { ...f, suggestions: [{ label: 'Offer a better channel', replacement: matchCase(`to get the quickest help, please keep to this ticket rather than ${gerund[1]}`, matched) }] };
  }
  return f;
}

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
  refine: (f, p) => refine(f, p.text.slice(f.start, f.end)),
});
