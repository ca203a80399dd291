// "Explain it on first use": the shapes of an inline explanation, and the document-level pass that keeps only the
// first unexplained use of each term (later uses are grouped under it, and nothing is flagged once it is explained).
import type { RawFinding, Span } from '../../../types.js';
import { primerFor } from '../../shared/native-regex.js';

// Right after the term: "DNS (the internet's phonebook)", "DNS — the system that …", "DNS, which …",
// "DNS, the system that …", "DNS stands for …", "DNS is the service that …".
const EXPLAINED_AFTER = new RegExp(
  [
    String.raw`^['’]?s?\s*\((?!\s*(?:see|e\.g|for example|step|optional|if|\d|\)))`,
    String.raw`^['’]?s?\s*(?:[—–]|--?\s)\s*(?:the|a|an|which|that|it|its|this|these|where|what|short for|meaning|i\.e\.)\b`,
    String.raw`^['’]?s?,\s+(?:which|that is|i\.e\.|meaning|short for|also called|also known as|or in other words)\b`,
    String.raw`^['’]?s?,\s+(?:the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+(?:that|which|who|where|used to|of|with|when|on|you)\b`,
    String.raw`^['’]?s?\s+(?:stands for|means|is short for|refers to|is what)\b`,
    String.raw`^['’]?s?\s+(?:is|are)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:that|which|who|where|used to)\b`,
  ].join('|'),
  'i',
);
// Right before it: "Domain Name System (DNS)", "the internet's phonebook (DNS)", "a tool called DNS".
const EXPLAINED_BEFORE = /(?:[\w'’]\s*\(\s*|\b(?:called|known as|named|short for)\s+(?:an?\s+|the\s+)?["“'‘]?)$/i;
const CLOSES_PAREN = /^['’]?s?\s*\)/;
// Compiled straight to machine code: V8's bytecode compile of EXPLAINED_AFTER alone cost a millisecond or two.
const primeExplained = primerFor([EXPLAINED_AFTER, EXPLAINED_BEFORE]);

/** Whether the text around start..end explains the term (or spells out `expansion` next to it). */
export function isExplainedAt(text: string, start: number, end: number, expansion?: string): boolean {
  primeExplained();
  const after = text.slice(end, end + 60);
  if (EXPLAINED_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, start - 60), start);
  if (EXPLAINED_BEFORE.test(before) && (CLOSES_PAREN.test(after) || !/\(\s*$/.test(before))) return true;
  if (expansion) {
    // "Domain Name System (DNS)" needs the expansion right before; "DNS (Domain Name System)" is caught above.
    // Whitespace is collapsed: the expansion may wrap onto the next line.
    const wide = text.slice(Math.max(0, start - expansion.length - 24), start).toLowerCase().replace(/\s+/g, ' ');
    if (/\( ?$/.test(wide) && wide.replace(/[\s(]+$/, '').endsWith(expansion.toLowerCase().replace(/\s+/g, ' '))) return true;
  }
  return false;
}

/** True when the match starts a sentence (only quotes, brackets or a list marker before it). */
export function startsSentence(text: string, sentences: readonly Span[], at: number): boolean {
  const s = sentences.find((x) => at >= x.start && at < x.end);
  const from = s ? s.start : 0;
  return /^[\s"'“‘(*•-]*(?:\d{1,3}[.)]\s*)?$/.test(text.slice(from, at));
}

/**
 * Keeps the first unexplained use of each term (by `data.term`), with later unexplained uses in `related`.
 * A term explained anywhere before its first unexplained use is never flagged.
 */
export function keepFirstUnexplained(found: readonly RawFinding[]): RawFinding[] {
  const first = new Map<string, RawFinding>();
  const explained = new Set<string>();
  for (const f of found) {
    const term = String(f.data?.term);
    if (explained.has(term)) continue;
    if (f.data?.explained) {
      explained.add(term);
      continue;
    }
    const kept = first.get(term);
    if (kept) (kept.related ??= []).push({ start: f.start, end: f.end });
    else first.set(term, { ...f });
  }
  return [...first.values()];
}
