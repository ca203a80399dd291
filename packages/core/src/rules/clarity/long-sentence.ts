// Flags sentences over 30 words: long sentences hide the one step the reader needs to take.
import { wordCount } from '../../metrics.js';
import { trimSpan } from '../../text/segment.js';
import type { RawFinding, Rule } from '../../types.js';

export const MAX_WORDS = 30;

export const longSentence: Rule = {
  meta: {
    id: 'clarity/long-sentence',
    category: 'clarity',
    description: `Flags sentences longer than ${MAX_WORDS} words.`,
    why: 'One idea per sentence is easier to follow, and each step is easier to find again later.',
    messages: {
      long: 'This sentence has {{words}} words; try splitting it (aim for fewer than {{max}}).',
    },
    fixable: false,
    defaultSeverity: 'info',
  },
  check(paragraph) {
    const out: RawFinding[] = [];
    for (const s of paragraph.sentences) {
      const sentence = paragraph.text.slice(s.start, s.end);
      // Cheap pre-check: 31 words need at least 61 characters.
      if (sentence.length < MAX_WORDS * 2) continue;
      const words = wordCount(sentence);
      if (words <= MAX_WORDS) continue;
      const trimmed = trimSpan(paragraph.text, s) ?? s;
      out.push({ ...trimmed, messageId: 'long', data: { words, max: MAX_WORDS } });
    }
    return out;
  },
};
