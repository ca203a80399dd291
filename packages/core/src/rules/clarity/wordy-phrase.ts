// Flags wordy or inflated phrases ("utilize", "in order to", "at this point in time") that have plainer equivalents.
import { WORDY_PHRASES } from '../../data/clarity/wordy-phrases.js';
import type { RawFinding, Rule } from '../../types.js';
import { matchCase } from '../shared/phrase-matcher.js';
import { compileTerms, termKey } from '../shared/term-matcher.js';

const PLAIN = new Map(WORDY_PHRASES.map(([phrase, plain]) => [termKey(phrase), plain]));
const matcher = compileTerms(PLAIN.keys());

export const wordyPhrase: Rule = {
  meta: {
    id: 'clarity/wordy-phrase',
    category: 'clarity',
    description: 'Flags wordy or formal phrases, such as "utilize" or "in order to", that have plainer words.',
    why: 'Short, everyday words are quicker to read and easier to act on, especially when someone is stressed.',
    messages: {
      wordy: '"{{actual}}" can be said more simply: try "{{plain}}".',
    },
    fixable: true,
    defaultSeverity: 'info',
  },
  check(paragraph) {
    const out: RawFinding[] = [];
    for (const hit of matcher.find(paragraph.text)) {
      const plain = PLAIN.get(hit.key);
      if (!plain?.length) continue;
      const matched = paragraph.text.slice(hit.start, hit.end);
      out.push({
        start: hit.start,
        end: hit.end,
        messageId: 'wordy',
        data: { plain: plain[0]! },
        suggestions: plain.map((p) => ({ label: `Use "${p}"`, replacement: matchCase(p, matched) })),
      });
    }
    return out;
  },
};
