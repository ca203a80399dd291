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
// The same for text whose letters and digits are all Latin-1 (most text: beyond it, curly quotes, dashes, arrows and
// check marks are symbols), where \p{L} and \p{N} are these: the Unicode classes cost V8 a millisecond and a half
// to compile on a cold start. PAST_LATIN1 finds a character that may be a wider letter or digit.
const WORD_LATIN1 = /[0-9A-Za-z\xaa\xb2\xb3\xb5\xb9\xba\xbc-\xbe\xc0-\xd6\xd8-\xf6\xf8-\xff]+(?:[-.'’][0-9A-Za-z\xaa\xb2\xb3\xb5\xb9\xba\xbc-\xbe\xc0-\xd6\xd8-\xf6\xf8-\xff]+)*/g;
const PAST_LATIN1 = /[^\0-\xff\u2000-\u206f\u2190-\u245f\u2500-\u2775\u2794-\u2bff]/;
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

      /** The word without a plural "s" or "'s", or null; PLURAL, the exact rule, is checked only where that matters. */
      function unplural(word: string): string | null {
        // Cheap tests first: most words do not end in "s", and few that do are a plural of a form.
        if (!plurals || word.charCodeAt(word.length - 1) !== 115) return null;
        const before = word[word.length - 2];
        return word.slice(0, before === "'" || before === '’' ? -2 : -1);
      }

      function matchAt(i: number): { hit: TermHit; last: number } | null {
        const exact = byFirstWord.get(lower[i]!);
        const base = unplural(lower[i]!);
        const fromSingular = base === null ? undefined : byFirstWord.get(base);
        return (exact && tryForms(i, exact)) || (fromSingular && PLURAL.test(lower[i]!) && tryForms(i, fromSingular)) || null;
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
            else if (j === last && unplural(lower[j]!) === form.words[k] && PLURAL.test(lower[j]!)) plural = true;
            else ok = false;
          }
          if (ok) return { hit: { start: starts[i]!, end: ends[last]!, key: form.key, plural }, last };
        }
        return null;
      }
    },
  };
}
