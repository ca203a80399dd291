// Words of a sentence as the tone model reads them. The same function feeds `npm run train` and analysis, so
// what was fitted is exactly what runs. Contractions split the way the pretrained word vectors were made
// ("didn't" → "did" + "n't", "you're" → "you" + "'re"), so each piece has a vector of its own.

export interface ToneToken {
  /**
   * Lower-cased, with ’ read as '. A quoted passage is one token, "<quote>": someone else's words. So is a bracketed
   * placeholder ("[what went wrong]"): words the writer has yet to write.
   */
  word: string;
  /** UTF-16 offsets into the sentence. */
  start: number;
  end: number;
}

const QUOTE_TOKEN = '<quote>';

// A quoted passage (an error message, the reader's own words), a bracketed placeholder, a word with its
// contractions, or a run of ! and ?.
const PIECE = /"[^"\n]{1,300}"|“[^”\n]{1,300}”|\[[^\]\n]{1,200}\]|[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[!?]+/gu;
const CLITIC = /^(.+?)(n't|'(?:re|s|ll|ve|d|m))$/;

export function toneTokens(sentence: string): ToneToken[] {
  const out: ToneToken[] = [];
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(sentence); m; m = PIECE.exec(sentence)) {
    const raw = m[0];
    const start = m.index;
    const first = raw.charCodeAt(0);
    if (first === 0x22 || first === 0x201c || first === 0x5b) {
      out.push({ word: QUOTE_TOKEN, start, end: start + raw.length });
      continue;
    }
    if (first === 0x21 || first === 0x3f) {
      // "?!?" and "??" carry more heat than one mark: keep at most two, in order.
      out.push({ word: raw.length > 1 ? raw.slice(0, 2) : raw, start, end: start + raw.length });
      continue;
    }
    const lower = raw.toLowerCase();
    const word = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    const clitic = word.includes("'") ? CLITIC.exec(word) : null;
    if (clitic) {
      const head = clitic[1]!;
      out.push({ word: head, start, end: start + head.length });
      out.push({ word: clitic[2]!, start: start + head.length, end: start + raw.length });
    } else {
      out.push({ word, start, end: start + raw.length });
    }
  }
  return out;
}

const NEGATIONS = new Set(['not', "n't", 'no', 'never', 'nothing', 'nobody', 'none', 'nor', 'without', 'hardly', 'neither']);
/** How many words after a negation it reaches ("not a dumb question" reads "dumb" as negated). */
const NEGATION_REACH = 3;

/**
 * Which tokens sit in the scope of a negation: up to NEGATION_REACH words after "not", "no", "never" …, stopping at
 * a comma, full stop, semicolon, colon or dash in the sentence between them.
 */
export function negatedTokens(sentence: string, tokens: readonly ToneToken[]): boolean[] {
  const out = tokens.map(() => false);
  let reach = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && /[,.;:\u2013\u2014]/.test(sentence.slice(tokens[i - 1]!.end, tokens[i]!.start))) reach = 0;
    if (reach > 0) {
      out[i] = true;
      reach--;
    }
    if (NEGATIONS.has(tokens[i]!.word)) reach = NEGATION_REACH;
  }
  return out;
}

/**
 * The n-grams a token list holds, each with the tokens it covers: words (a negated word as "not:word", so "not a
 * dumb question" does not count as "dumb"), and pairs, the first with a sentence-start mark.
 */
export function toneNgrams(tokens: readonly ToneToken[], negated: readonly boolean[] = []): { gram: string; from: number; to: number }[] {
  const out: { gram: string; from: number; to: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.word;
    out.push({ gram: negated[i] ? `not:${word}` : word, from: i, to: i });
    out.push({ gram: i === 0 ? `^ ${word}` : `${tokens[i - 1]!.word} ${word}`, from: Math.max(0, i - 1), to: i });
  }
  return out;
}

/**
 * A gram's hash (FNV-1a over its UTF-16 code units). The harsh head keeps its weight in a fixed-size table: the
 * slot comes from the low bits (`gramSlot`), a sign from the top bit (`gramSign`). Grams share slots where they
 * collide; the sign makes what a gram picks up from the grams it collides with average out instead of adding up.
 */
export function gramHash(gram: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    h ^= gram.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The slot of a hash in a table of `slots` entries. */
export const gramSlot = (hash: number, slots: number): number => hash % slots;
/** The sign a hash's gram applies to its slot's weight. */
export const gramSign = (hash: number): 1 | -1 => (hash >>> 31 ? -1 : 1);

/** Whether a token is a word that starts with a letter (not a number, a quote or marks). */
export function startsWithLetter(t: ToneToken): boolean {
  const c = t.word.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return /^\p{L}/u.test(t.word);
}
