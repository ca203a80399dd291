// Compiles a long list of words and phrases into ONE regex shaped like a trie ("dns(?:\s+cache)?|dhcp|…"), so a
// paragraph is scanned once however long the list is, then looks up what matched in a Map. Used for glossaries.

export interface TermHit {
  start: number;
  end: number;
  /** The form that matched, lower-cased with single spaces: the key the list was built with. */
  key: string;
  /** True when a plural "s" / "'s" followed the form (and is part of start..end). */
  plural: boolean;
}

export interface TermMatcher {
  find(text: string): TermHit[];
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/** Lower-cases and collapses whitespace: how forms are keyed. */
export const termKey = (form: string): string => form.toLowerCase().replace(/\s+/g, ' ').trim();

const escapeChar = (c: string): string => (c === ' ' ? String.raw`\s+` : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));

function toSource(node: TrieNode): string {
  const branches = [...node.next.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([c, child]) => escapeChar(c) + toSource(child));
  if (!branches.length) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // Greedy optional tail: the longest form wins, shorter ones are tried on backtracking.
  return node.end ? (branches.length === 1 ? `(?:${body})?` : `${body}?`) : body;
}

/**
 * forms: the words and phrases to find (any case; matching is case-insensitive, callers check case if they care).
 * plurals: also match a trailing "s" or "'s" (reported as `plural`).
 */
export function compileTerms(forms: Iterable<string>, { plurals = false } = {}): TermMatcher {
  const root: TrieNode = { end: false, next: new Map() };
  let count = 0;
  for (const form of forms) {
    const key = termKey(form);
    if (!key) continue;
    let node = root;
    for (const c of key) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
    count++;
  }
  if (!count) return { find: () => [] };
  // Not inside a word, a hyphenated word, a file name, a path or an address.
  const pattern = `(?<![\\w\\-./\\\\@])(${toSource(root)})(${plurals ? "['’]?s" : '(?!)'})?(?![\\w\\-@]|[./\\\\]\\w)`;
  const matcher = new RegExp(pattern, 'gi');
  return {
    find(text) {
      const hits: TermHit[] = [];
      matcher.lastIndex = 0;
      for (let m = matcher.exec(text); m; m = matcher.exec(text)) {
        hits.push({ start: m.index, end: m.index + m[0].length, key: termKey(m[1]!), plural: m[2] !== undefined });
      }
      return hits;
    },
  };
}
