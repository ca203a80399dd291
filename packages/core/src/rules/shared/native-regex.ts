// V8 runs a regex's first matches in its bytecode interpreter and compiles it to machine code later; for our big
// regexes the bytecode compile alone costs milliseconds, several times the machine-code one (measured again with
// the phrase tables split into one regex per entry: priming those still made a cold start faster).
// A first match on a subject of 1,000+ characters makes V8 compile straight to machine code, so a cold start pays
// the cheap compile only. V8 compiles separately for one-byte strings and two-byte ones (any text holding a
// character past U+00FF, and every slice of it): analyze() says which kind it is about to match, and only that
// one is primed. Matching blanks leaves the regex as it was.
const PRIMERS = [' '.repeat(1024), `${' '.repeat(1024)}\u2019`] as const;
const NON_LATIN1 = /[^\u0000-\u00ff]/;
let twoByte = false;
const primed = new WeakMap<RegExp, number>();

/** Called by analyze() with the document: its paragraphs share its string representation. */
export function expectSubject(text: string): void {
  twoByte = NON_LATIN1.test(text);
}

/** Compiles `re` to machine code for the expected kind of string, once (call it just before matching). */
export function primeRegExp(re: RegExp): RegExp {
  const bit = twoByte ? 2 : 1;
  const done = primed.get(re) ?? 0;
  if (done & bit) return re;
  primed.set(re, done | bit);
  const last = re.lastIndex;
  re.lastIndex = 0;
  re.exec(PRIMERS[twoByte ? 1 : 0]);
  re.lastIndex = last;
  return re;
}

/** A cheap per-call check for hot paths: primes all `regexps` the first time each kind of string comes by. */
export function primerFor(regexps: readonly RegExp[]): () => void {
  let done = 0;
  return () => {
    const bit = twoByte ? 2 : 1;
    if (done & bit) return;
    done |= bit;
    for (const re of regexps) primeRegExp(re);
  };
}
