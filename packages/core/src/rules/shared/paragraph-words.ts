// The words of a paragraph, once for every phrase rule that asks: phrase-matcher.ts runs only the phrases whose
// needed words (word-prefilter.ts) the paragraph holds.

// A word is what the matchers' `iu` regexes call \w: ASCII letters, digits, "_", plus "ſ" (read as "s") and the
// Kelvin sign (lower-cased to "k"), the only other characters case folding ties to them. "İ" lower-cases to
// "i" and a combining dot, yet matches no ASCII letter: it stays a separator. (A test checks every character.)
const WORD = /\w+/g;

let lastText: string | undefined;
let lastWords: ReadonlySet<string> = new Set();

/** The paragraph's words, lower-cased; the last answer is kept, as each phrase rule asks for the same paragraph. */
export function paragraphWords(text: string): ReadonlySet<string> {
  if (text === lastText) return lastWords;
  lastWords = new Set(text.replace(/\u0130/g, ' ').toLowerCase().replace(/\u017f/g, 's').match(WORD));
  lastText = text;
  return lastWords;
}
