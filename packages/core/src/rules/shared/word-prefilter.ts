// A cheap test that a regex cannot match a paragraph: a match needs certain words (phrase-anchors.ts derives which,
// from the regex source), and the paragraph has none of them. Paragraphs that fail it never run the regex, and a
// regex no paragraph needs is never compiled, which is most of what a cold start costs.
//
// Deriving the words takes longer than compiling the regexes would, so it is done ahead of time: the
// prefilter.known.ts table holds them for every pattern registered here, keyed by a hash of the pattern source,
// and a test regenerates and checks it. A pattern missing from the table (an edited phrase before the table is
// refreshed) just has no prefilter: it always runs.
import { KNOWN_NEEDS } from './prefilter.known.js';
import { paragraphWords } from './paragraph-words.js';

/** Sets of words (a trailing "+" marks a word start); a match of one kind holds a word from each. */
export type WordNeeds = readonly (readonly string[])[];

/** Every pattern given a prefilter, in order: the test that refreshes prefilter.known.ts reads it. */
export const PREFILTERED_PATTERNS: string[] = [];

/** A 53-bit hash of the pattern source (cyrb53), in base 36: the key of its words in KNOWN_NEEDS. */
export function patternKey(source: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Puts `source` on the list the known-words table is made from (call it when the regex is made). */
export function registerPrefilter(source: string): void {
  PREFILTERED_PATTERNS.push(source);
}

/** What a match of `source` needs, one WordNeeds per kind of match, from the known-words table (none when it lacks them). */
export function wordNeeds(source: string): readonly WordNeeds[] {
  const known = KNOWN_NEEDS[patternKey(source)];
  return known ? known.split(';').map((alternative) => alternative.split('|').map((need) => need.split(' '))) : [];
}

/** Whether `words` may hold a match that needs `alternatives` (none: always). */
export function mayHold(words: ReadonlySet<string>, alternatives: readonly WordNeeds[]): boolean {
  return !alternatives.length || alternatives.some((needs) => holdsAll(words, needs));
}

/** Whether `words` holds a word from `need`. */
export function holdsOne(words: ReadonlySet<string>, need: readonly string[]): boolean {
  for (const w of need) {
    if (w.endsWith('+')) {
      const prefix = w.slice(0, -1);
      for (const x of words) if (x.startsWith(prefix)) return true;
    } else if (words.has(w)) return true;
  }
  return false;
}

/** Whether `words` holds a word from each need (from the `from`th on). */
export function holdsAll(words: ReadonlySet<string>, needs: WordNeeds, from = 0): boolean {
  for (let i = from; i < needs.length; i++) if (!holdsOne(words, needs[i]!)) return false;
  return true;
}

/**
 * For a regex (case-insensitive, `u` flag) whose matches never touch a word character on either side, e.g. one
 * wrapped in (?<![\w'’-])…(?![\w'’-]): a test that is false only when the paragraph cannot hold a match.
 */
export function paragraphMayMatch(re: RegExp): (paragraph: string) => boolean {
  if (!re.flags.includes('i') || !re.flags.includes('u')) throw new Error(`word prefilter needs the iu flags: /${re.source.slice(0, 40)}…/`);
  registerPrefilter(re.source);
  let needs: readonly WordNeeds[] | undefined;
  return (paragraph) => {
    needs ??= wordNeeds(re.source);
    return mayHold(paragraphWords(paragraph), needs);
  };
}
