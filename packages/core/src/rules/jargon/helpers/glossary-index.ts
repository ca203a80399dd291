// The glossary as the rules read it: every form compiled into one matcher, each form mapped to its entry.
// Built once for the built-in glossary, and once per distinct team glossary (a few, cached).
import { GLOSSARY, type GlossaryEntry } from '../../../data/jargon/glossary.js';
import type { GlossaryAddition } from '../../../types.js';
import { compileTerms, termKey, type TermMatcher } from '../../shared/term-matcher.js';

export interface FormInfo {
  entry: GlossaryEntry;
  /** Positions that must be capitals ("DNS", "MX record"), so "raid" or "in exchange" never match. */
  capitals: readonly number[] | null;
  /** The plain-language entry this came from is the expansion itself ("Domain Name System"). */
  isExpansion: boolean;
}

export interface GlossaryIndex {
  matcher: TermMatcher;
  forms: ReadonlyMap<string, FormInfo>;
  notAfter: ReadonlyMap<GlossaryEntry, RegExp>;
}

function capitalsOf(form: string): number[] | null {
  const f = form.replace(/\s+/g, ' ');
  if (!/[A-Z]/.test(f)) return null;
  const at: number[] = [];
  for (let i = 0; i < f.length; i++) if (f[i]! >= 'A' && f[i]! <= 'Z') at.push(i);
  return at;
}

function build(entries: readonly GlossaryEntry[]): GlossaryIndex {
  const forms = new Map<string, FormInfo>();
  const notAfter = new Map<GlossaryEntry, RegExp>();
  for (const entry of entries) {
    const add = (form: string, isExpansion: boolean): void => {
      forms.set(termKey(form), { entry, capitals: capitalsOf(form), isExpansion });
    };
    add(entry.term, false);
    for (const v of entry.variants ?? []) add(v, false);
    if (entry.expansion) add(entry.expansion, true);
    if (entry.notAfter) notAfter.set(entry, new RegExp(entry.notAfter, 'i'));
  }
  return { matcher: compileTerms(forms.keys(), { plurals: true }), forms, notAfter };
}

let builtIn: GlossaryIndex | undefined;
const withAdditions = new Map<string, GlossaryIndex>();

/** Team additions replace a built-in entry with the same term (keeping its level) or add a new one (level 3: always flagged). */
export function glossaryIndex(additions: readonly GlossaryAddition[]): GlossaryIndex {
  if (!additions.length) return (builtIn ??= build(GLOSSARY));
  const key = JSON.stringify(additions);
  let index = withAdditions.get(key);
  if (!index) {
    const byTerm = new Map(GLOSSARY.map((e) => [termKey(e.term), e]));
    for (const a of additions) {
      const old = byTerm.get(termKey(a.term));
      const entry: GlossaryEntry = { ...old, term: a.term, gloss: a.gloss, level: old?.level ?? 3 };
      if (a.plain !== undefined) entry.plain = a.plain;
      else delete entry.plain;
      if (a.variants) entry.variants = a.variants;
      byTerm.set(termKey(a.term), entry);
    }
    index = build([...byTerm.values()]);
    if (withAdditions.size >= 8) withAdditions.clear();
    withAdditions.set(key, index);
  }
  return index;
}

/** Whether the matched text keeps the capitals the form requires. */
export function capitalsMatch(info: FormInfo, matched: string): boolean {
  if (!info.capitals) return true;
  const m = matched.replace(/\s+/g, ' ');
  return info.capitals.every((i) => {
    const c = m[i];
    return c !== undefined && c >= 'A' && c <= 'Z';
  });
}
