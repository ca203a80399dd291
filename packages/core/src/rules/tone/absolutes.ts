// Flags absolutes about the reader ("you always forget", "you never reply"), not about the system.
import { ABSOLUTES } from '../../data/tone/absolutes.js';
import { PAST_OF_ING, participleOf, pastTense } from '../../data/tone/verbs.js';
import type { RawFinding } from '../../types.js';
import { matchCase } from '../shared/phrase-matcher.js';
import { phraseRule } from './context.js';

/** Rewrites about this one time: "You always forget" → "This time, it looks like you forgot". */
function thisTime(matched: string): RawFinding['suggestions'] {
  const words = matched.split(/\s+/);
  const [, adverb = '', ...rest] = words;
  const fit = (s: string): { label: string; replacement: string }[] => [{ label: 'Talk about this time', replacement: matchCase(s, matched) }];
  if (/^(?:you['’]re|are)$/i.test(adverb) || /^(?:you['’]re)$/i.test(words[0]!)) {
    // "you're always asking" → "you're asking"
    return fit(matched.replace(/\s+(?:always|forever|constantly)\b/i, ''));
  }
  const verb = rest.join(' ');
  if (/^keep$/i.test(adverb)) {
    const ing = (rest[0] === 'on' ? rest.slice(1) : rest).join(' ').toLowerCase();
    const past = PAST_OF_ING[ing.split(' ')[0]!];
    return past ? fit(`this time, it looks like you ${past}${ing.split(' ').slice(1).map((w) => ` ${w}`).join('')}`) : [];
  }
  const [head = '', ...tail] = verb.split(' ');
  const tailText = tail.length ? ` ${tail.join(' ')}` : '';
  if (/^never$/i.test(adverb)) return fit(`it looks like you haven't ${participleOf(head)}${tailText}`);
  return fit(`this time, it looks like you ${pastTense(head)}${tailText}`);
}

export const absolutes = phraseRule({
  meta: {
    id: 'tone/absolutes',
    category: 'tone',
    description: 'Flags absolutes about the reader\'s behaviour, such as "you always forget" or "you never reply".',
    why: 'Absolutes about a person are rarely true and feel like a verdict; talk about this one time instead.',
    messages: {
      youAlways: '"{{actual}}" turns one problem into a judgement of the reader: they will feel labelled.',
      everyTime: '"{{actual}}" suggests the reader is always the problem: they will feel labelled.',
    },
    fixable: true,
    defaultSeverity: 'warning',
  },
  phrases: ABSOLUTES,
  milderInQuestions: true,
  refine(f, p) {
    if (f.messageId !== 'youAlways') return f;
    return { ...f, suggestions: thisTime(p.text.slice(f.start, f.end)) };
  },
});
