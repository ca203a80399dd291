// Flags technical terms the reader may not know, unless the text explains them on first use.
import { GLOSSARY, type GlossaryEntry } from '../../data/jargon/glossary.js';
import type { RawFinding, Rule, Span } from '../../types.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BY_FORM = new Map<string, GlossaryEntry>();
for (const e of GLOSSARY) for (const form of [e.term, ...(e.variants ?? []), ...(e.expansion ? [e.expansion] : [])]) BY_FORM.set(form.toLowerCase(), e);
const FORMS = [...BY_FORM.keys()].sort((a, b) => b.length - a.length);
const MATCHER = new RegExp(`(?<![\\w-])(?:${FORMS.map(escape).join('|')})(?![\\w-])`, 'gi');
// "DNS (the internet's phonebook)", "DNS — the system that", "DNS, which …", "Domain Name System (DNS)".
const EXPLAINED_AFTER = /^\s*(?:\((?!\s*\))|[—–-]{1,2}\s+(?:the|a|an|which|that|it)\b|,\s+(?:which|the|a|an|meaning|short for|i\.e\.)\b|\s+(?:stands for|means|is short for|is the|is a|is an)\b)/i;

function isExplained(paragraph: string, m: Span, entry: GlossaryEntry): boolean {
  if (EXPLAINED_AFTER.test(paragraph.slice(m.end, m.end + 40))) return true;
  const before = paragraph.slice(Math.max(0, m.start - 80), m.start);
  // "Domain Name System (DNS)": the expansion sits right before, the acronym in parentheses.
  if (entry.expansion && new RegExp(`${escape(entry.expansion)}\\s*\\(\\s*$`, 'i').test(before)) return true;
  return false;
}

export const unexplainedTerm: Rule = {
  meta: {
    id: 'jargon/unexplained-term',
    category: 'jargon',
    description: 'Flags technical terms and acronyms that are not explained on first use.',
    why: 'Plain words help people follow the fix; a short explanation turns jargon into something they can act on.',
    messages: {
      unexplained: '"{{actual}}" may be unfamiliar to the reader.',
    },
    fixable: true,
    defaultSeverity: 'warning',
  },
  check(paragraph, options) {
    const out: RawFinding[] = [];
    for (const m of paragraph.text.matchAll(MATCHER)) {
      const entry = BY_FORM.get(m[0].toLowerCase());
      if (!entry || options.allow.has(entry.term.toLowerCase()) || options.allow.has(m[0].toLowerCase())) continue;
      if (options.audience === 'technical' && entry.level < 3) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      const explained = isExplained(paragraph.text, span, entry) || m[0].toLowerCase() === entry.expansion?.toLowerCase();
      const suggestions = [{ label: 'Add an explanation', replacement: `${m[0]} (${entry.gloss})` }];
      if (entry.plain) suggestions.push({ label: 'Use plain words', replacement: entry.plain });
      out.push({ ...span, messageId: 'unexplained', data: { term: entry.term, explained }, gloss: entry.gloss, suggestions });
    }
    return out;
  },
  finalize(found) {
    // Keep the first unexplained use of each term, with later unexplained uses grouped under it.
    const firstUse = new Map<string, RawFinding>();
    const done = new Set<string>();
    for (const f of found) {
      const term = String(f.data?.term);
      if (done.has(term)) continue;
      if (f.data?.explained) {
        done.add(term);
        continue;
      }
      const first = firstUse.get(term);
      if (first) (first.related ??= []).push({ start: f.start, end: f.end });
      else firstUse.set(term, { ...f });
    }
    return [...firstUse.values()];
  },
};
