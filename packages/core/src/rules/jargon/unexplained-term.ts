// Flags technical terms the reader may not know (from the glossary), unless the text explains them on first use.
// Only the first unexplained use is reported; later ones are grouped under it. Technical readers see only level 3.
import type { RawFinding, Rule, RuleOptions, Severity, Suggestion } from '../../types.js';
import { matchCase } from '../shared/phrase-matcher.js';
import { isExplainedAt, keepFirstUnexplained, startsSentence } from './helpers/first-use.js';
import { capitalsMatch, glossaryIndex } from './helpers/glossary-index.js';
import type { GlossaryEntry } from '../../data/jargon/glossary.js';

function isAllowed(entry: GlossaryEntry, matched: string, allow: RuleOptions['allow']): boolean {
  if (!allow.size) return false;
  if (allow.has(matched.toLowerCase()) || allow.has(entry.term.toLowerCase())) return true;
  return (entry.variants ?? []).some((v) => allow.has(v.toLowerCase()));
}

function severityFor(level: GlossaryEntry['level'], options: RuleOptions): Severity | null {
  if (options.audience === 'technical') return level === 3 ? 'info' : null;
  return level === 1 ? 'info' : 'warning';
}

export const unexplainedTerm: Rule = {
  meta: {
    id: 'jargon/unexplained-term',
    category: 'jargon',
    description: 'Flags technical terms and acronyms (from the glossary) that are not explained on first use.',
    why: 'Plain words help people follow the fix; a short explanation turns jargon into something they can act on.',
    messages: {
      unexplained: '"{{actual}}" may be unfamiliar to the reader: explain it the first time, or use plain words.',
    },
    fixable: true,
    defaultSeverity: 'warning',
  },
  check(paragraph, options) {
    const { text, sentences } = paragraph;
    const index = glossaryIndex(options.glossary);
    const out: RawFinding[] = [];
    for (const hit of index.matcher.find(text)) {
      const info = index.forms.get(hit.key);
      if (!info) continue;
      const { entry } = info;
      const matched = text.slice(hit.start, hit.end);
      if (!capitalsMatch(info, matched)) continue;
      if (isAllowed(entry, matched, options.allow)) continue;
      const severity = severityFor(entry.level, options);
      if (!severity) continue;
      const guard = index.notAfter.get(entry);
      if (guard && guard.test(text.slice(Math.max(0, hit.start - 24), hit.start))) continue;
      const explained = info.isExpansion || isExplainedAt(text, hit.start, hit.end, entry.expansion);
      // "VMs" (an explicit plural variant or a plural "s") would not fit a singular plain rewrite.
      const plural = hit.plural || hit.key === `${entry.term.toLowerCase()}s`;
      const suggestions: Suggestion[] = [{ label: 'Add an explanation', replacement: `${matched} (${entry.gloss})` }];
      if (entry.plain && !plural) {
        const plain = startsSentence(text, sentences, hit.start) ? matchCase(entry.plain, 'A') : entry.plain;
        suggestions.push({ label: 'Use plain words', replacement: plain });
      }
      if (entry.expansion && !plural && matched === entry.term) {
        suggestions.push({ label: 'Spell it out', replacement: `${entry.expansion} (${matched})` });
      }
      out.push({
        start: hit.start,
        end: hit.end,
        messageId: 'unexplained',
        data: { term: entry.term, explained },
        severity,
        gloss: entry.gloss,
        why: `Not everyone knows "${matched}"; a few plain words (${entry.gloss}) let the reader follow along.`,
        suggestions,
      });
    }
    return out;
  },
  finalize: keepFirstUnexplained,
};
