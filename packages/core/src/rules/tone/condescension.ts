// Flags words that judge the reader's skill ("obviously", "just click OK", "it's not rocket science").
import { CONDESCENSION } from '../../data/tone/condescension.js';
import { matchCase } from '../shared/phrase-matcher.js';
import { phraseRule } from './context.js';

export const condescension = phraseRule({
  meta: {
    id: 'tone/condescension',
    category: 'tone',
    description: 'Flags words that judge the reader\'s skill, such as "obviously", "simply", "just click OK" or "even a child could".',
    why: 'What is obvious to us is new to them; everyone has different strengths, and no question is too small.',
    messages: {
      obvious: '"{{actual}}" implies the reader should have seen it: they may feel slow.',
      justDoIt: '"{{actual}}" makes the step sound trivial: if it does not work, the reader will feel foolish.',
      evenAChild: '"{{actual}}" compares the reader with a child: they will feel belittled.',
      everyoneKnows: '"{{actual}}" implies the reader is the only one who does not know: they may feel left out.',
      shouldKnow: '"{{actual}}" judges what the reader knows: they may feel told off.',
      notHard: '"{{actual}}" says it is easy: anyone who found it hard will feel foolish.',
      basicStuff: '"{{actual}}" calls the question basic: the reader may feel judged for asking.',
      talkDown: '"{{actual}}" talks down to the reader: they will feel patronised.',
    },
    fixable: true,
    defaultSeverity: 'warning',
  },
  phrases: CONDESCENSION,
  refine(f, p) {
    if (!f.suggestions?.some((s) => s.replacement === '$STEP')) return f;
    // "just click OK" → "click OK" (and "Please click OK" when it opens the sentence).
    const matched = p.text.slice(f.start, f.end);
    const step = matched.replace(/^(?:just|simply|merely)\s+/i, '');
    const opensSentence = p.sentences.some((s) => s.start === f.start);
    const suggestions = [{ label: 'Drop the minimiser', replacement: matchCase(step, matched) }];
    if (opensSentence) suggestions.push({ label: 'Ask politely', replacement: `Please ${step}` });
    return { ...f, suggestions };
  },
});
