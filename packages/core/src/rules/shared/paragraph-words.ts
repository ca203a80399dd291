// A paragraph lower-cased, and its words, once for every phrase rule that asks: phrase-matcher.ts runs only the
// phrases whose needed words (word-prefilter.ts) the paragraph holds, on the lower-cased text.

// A word is what the matchers' \w is, as the paragraph is matched: ASCII letters, digits, "_", plus "ſ" (read as
// "s") and the Kelvin sign (lower-cased to "k"), the only other characters case folding ties to them. "İ"
// lower-cases to "i" and a combining dot, yet matches no ASCII letter: it stays a separator. (A test checks every
// character.)
const WORD = /\w+/g;

let lastText: string | undefined;
let lastLower: string | null = null;
let lastWords: ReadonlySet<string> = new Set();

function read(text: string): void {
  if (text === lastText) return;
  const lower = text.toLowerCase();
  lastLower = lower.length === text.length && !text.includes('\u017f') ? lower : null;
  lastWords = new Set((lastLower ?? text.replace(/\u0130/g, ' ').toLowerCase().replace(/\u017f/g, 's')).match(WORD));
  lastText = text;
}

/**
 * The paragraph lower-cased, where regexes without the i flag match it as case folding would; null where they
 * would not: lower-casing changed a length ("İ") or left a fold out ("ſ" folds to "s").
 */
export function lowered(text: string): string | null {
  read(text);
  return lastLower;
}

/** The paragraph's words, lower-cased. */
export function paragraphWords(text: string): ReadonlySet<string> {
  read(text);
  return lastWords;
}
