// Finds any of a long list of words and phrases in one pass: the text is split into words once, and each word is
// looked up in a Map of phrase starts. No per-term regex and no giant alternation, so building the matcher and the
// first analysis stay cheap (a big regex costs tens of milliseconds to compile on a cold start).

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

/** Lower-cases and collapses whitespace: how forms are keyed. */
export const termKey = (form: string): string => form.toLowerCase().replace(/\s+/g, ' ').trim();

// A word: letters and digits, joined by inner hyphens, dots or apostrophes ("re-image", "127.0.0.1", "DNS's"),
// so "DNS.exe" or "x-DNS" are words of their own and never match "DNS".
const WORD = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu;
// The same for text with no character past U+00FF (most of it), where \p{L} and \p{N} are these: the Unicode
// classes cost V8 a millisecond and a half to compile on a cold start.
const WORD_LATIN1 = /[0-9A-Za-z\xaa\xb2\xb3\xb5\xb9\xba\xbc-\xbe\xc0-\xd6\xd8-\xf6\xf8-\xff]+(?:[-.'][0-9A-Za-z\xaa\xb2\xb3\xb5\xb9\xba\xbc-\xbe\xc0-\xd6\xd8-\xf6\xf8-\xff]+)*/g;
const PAST_LATIN1 = /[^\0-\xff]/;
const PLURAL = /(?:['’]s|(?<=\p{L}{2})s)$/u;

interface Form {
  words: readonly string[];
  key: string;
}

/** Whether a form can be found: its words, split on spaces, are whole words as the text is split. */
export function isMatchableForm(form: string): boolean {
  return termKey(form)
    .split(' ')
    .every((w) => {
      WORD.lastIndex = 0;
      const m = WORD.exec(w);
      return m !== null && m.index === 0 && m[0].length === w.length;
    });
}

interface Words {
  starts: number[];
  ends: number[];
  /** Each word, lower-cased. */
  lower: string[];
}

// Every matcher looks at the same paragraph in turn (the glossary, then the wordy phrases): it is split once.
let splitText: string | undefined;
let split: Words = { starts: [], ends: [], lower: [] };

function wordsOf(text: string): Words {
  if (text === splitText) return split;
  const word = PAST_LATIN1.test(text) ? WORD : WORD_LATIN1;
  split = { starts: [], ends: [], lower: [] };
  splitText = text;
  word.lastIndex = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    split.starts.push(m.index);
    split.ends.push(m.index + m[0].length);
    split.lower.push(m[0].toLowerCase());
  }
  return split;
}

/** forms: the words and phrases to find (matched case-insensitively; callers check case if they care). */
export function compileTerms(forms: Iterable<string>, { plurals = false } = {}): TermMatcher {
  const byFirstWord = new Map<string, Form[]>();
  for (const form of forms) {
    const key = termKey(form);
    if (!key) continue;
    const words = key.split(' ');
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push({ words, key });
    byFirstWord.set(words[0]!, list);
  }
  // Longest first, so "DNS cache" wins over "DNS".
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

  return {
    find(text) {
      const { starts, ends, lower } = wordsOf(text);
      const hits: TermHit[] = [];
      for (let i = 0; i < lower.length; i++) {
        const hit = matchAt(i);
        if (hit) {
          hits.push(hit.hit);
          i = hit.last;
        }
      }
      return hits;

      function singular(word: string): string | null {
        // Cheap test first: most words do not end in "s".
        return plurals && word.charCodeAt(word.length - 1) === 115 && PLURAL.test(word) ? word.replace(PLURAL, '') : null;
      }

      function matchAt(i: number): { hit: TermHit; last: number } | null {
        const exact = byFirstWord.get(lower[i]!);
        const firstSingular = singular(lower[i]!);
        const fromSingular = firstSingular ? byFirstWord.get(firstSingular) : undefined;
        return (exact && tryForms(i, exact)) || (fromSingular && tryForms(i, fromSingular)) || null;
      }

      function tryForms(i: number, forms: readonly Form[]): { hit: TermHit; last: number } | null {
        for (const form of forms) {
          const last = i + form.words.length - 1;
          if (last >= lower.length) continue;
          let plural = false;
          let ok = true;
          for (let k = 0; k < form.words.length && ok; k++) {
            const j = i + k;
            // Words of a phrase are separated by whitespace only: "DNS, cache" is not "DNS cache".
            if (k > 0 && !/^\s+$/.test(text.slice(ends[j - 1]!, starts[j]!))) ok = false;
            else if (lower[j] === form.words[k]) continue;
            else if (j === last && singular(lower[j]!) === form.words[k]) plural = true;
            else ok = false;
          }
          if (ok) return { hit: { start: starts[i]!, end: ends[last]!, key: form.key, plural }, last };
        }
        return null;
      }
    },
  };
}
