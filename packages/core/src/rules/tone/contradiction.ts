// Flags flat contradiction ("you're wrong", "that's not how it works"): correct kindly but firmly.
import { CONTRADICTION } from '../../data/tone/contradiction.js';
import { phraseRule } from './context.js';

// Rewrites that open a clause ("I can see why it looks that way, but") need the rest of the sentence after them.
const OPENERS = /(?:, but|:)$/;

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
  refine(f, p) {
    // "You're wrong, the VPN was down." → take the comma too, so the opener leads straight into the rest.
    const comma = /^\s*[,—–-]+\s?/.exec(p.text.slice(f.end));
    const atEnd = /^\s*(?:[.!?]|$)/.test(p.text.slice(f.end));
    const suggestions = (f.suggestions ?? []).filter((s) => (comma ? OPENERS.test(s.replacement) : !atEnd || !OPENERS.test(s.replacement)));
    if (comma) return { ...f, end: f.end + comma[0].length, suggestions: suggestions.map((s) => ({ ...s, replacement: `${s.replacement} ` })) };
    return { ...f, suggestions: suggestions.length ? suggestions : [{ label: 'Acknowledge, then explain', replacement: 'I can see why it looks that way, so let me explain what is happening' }] };
  },
});
