// Words a phrase cannot match without: "per my (?:last|previous) e-?mail" needs "per", "my", "e" or "mail" among
// the paragraph's words, so a paragraph without the rarest of them never runs (nor compiles) that phrase's regex.
// Derived from the regex source itself, so the tables stay plain regexes and the filter can never drift from them.
//
// How: a small parser for the regex subset the tables use, and an abstract interpretation of each node as the
// "token shapes" of the strings it matches. A token is a maximal run of word characters (\w, as the matcher's
// `iu` flags see it: ASCII letters, digits, "_", "ſ" and the Kelvin sign, lower-cased by paragraphWords()).
// A node's matches either hold no separator (one partial token: `word`) or hold one (`splits`: the partial token
// they start with, the one they end with, and tokens they surely hold in between). Glued between two separators
// (the matcher's word-boundary checks), a partial token becomes a whole one: that is where requirements come from.
// Everything is an over-approximation: when unsure (a class that may be a letter or a blank, a long list), the
// shape widens, which only makes the filter less selective, never wrong.

/** A word-character string, lower-case; `open`: any word characters may follow ("idiot" open = idiot, idiots…). */
export interface Anchor {
  word: string;
  open: boolean;
}

/** Sets of anchors; a match holds a word (or, for an open anchor, a word's start) from each. Empty: none known. */
export type Needs = readonly (readonly Anchor[])[];

type Words = readonly Anchor[];

/** A set of words one of which a match must hold, with its anchorCost(). */
interface Need {
  set: Words;
  cost: number;
  keys?: Set<string>;
}

interface Split {
  /** The partial token a match starts with ("" when it starts with a separator). */
  first: Words;
  /** The partial token a match ends with. */
  last: Words;
  /** A few of the cheapest requirements every such match meets, cheapest first (kept several: see unionNeeds). */
  needs: readonly Need[];
}

interface Shape {
  /** Matches without a separator: their word characters. */
  word: Words | null;
  /** Matches with a separator; a short list of alternatives (merged when it grows). */
  splits: readonly Split[];
}

const MAX_WORDS = 400;
const MAX_SPLITS = 16;
const MAX_NEEDS = 4;
/** Needs kept for the prefilter: the first finds candidates, the others confirm them. */
const MAX_KEPT = 3;
/** Alternatives kept for the prefilter (kinds of match with different words). */
const MAX_ALTERNATIVES = 6;
const ANY: Words = [{ word: '', open: true }];
const NOTHING: Words = [{ word: '', open: false }];
const EMPTY: Shape = { word: NOTHING, splits: [] };
const SEPARATOR: Shape = { word: null, splits: [{ first: NOTHING, last: NOTHING, needs: [] }] };
const TOP: Shape = { word: ANY, splits: [{ first: ANY, last: ANY, needs: [] }] };

// Words so frequent that requiring them filters little: a rarer required word is preferred.
const COMMON = new Set(
  `a an the and or but if so as at by for from in into of off on onto out over to up with about than then that this these those
  there here it its is are was were be been being am do does did done doing have has had having will would can could shall
  should may might must not no yes i me my mine we us our you your yours he him his she her they them their what which who
  when where why how all any each every some just only also very really now one get got make go s t re ve ll d m`
    .split(/\s+/)
    .filter(Boolean),
);

function words(list: readonly Anchor[]): Words {
  const seen = new Map<string, Anchor>();
  let open: Anchor[] | null = null;
  for (const a of list) {
    if (a.open) {
      if (a.word === '') return ANY;
      (open ??= []).push(a);
    }
    seen.set(a.open ? `${a.word}+` : a.word, a);
  }
  if (open) {
    // An open prefix covers every word that starts with it.
    for (const [k, a] of seen) if (open.some((p) => p !== a && a.word.startsWith(p.word) && (a.word !== p.word || !a.open))) seen.delete(k);
  }
  if (seen.size > MAX_WORDS) return ANY;
  return seen.size === list.length && !open ? list : [...seen.values()];
}

function unionWords(a: Words | null, b: Words | null): Words | null {
  if (!a) return b;
  if (!b) return a;
  return words([...a, ...b]);
}

/** Every word of `a` followed by every word of `b` (a word already open stays as it is). */
function concatWords(a: Words, b: Words): Words {
  if (b === NOTHING) return a;
  if (a === NOTHING) return b;
  if (a.length * b.length > MAX_WORDS) return a.every((x) => !x.open) && a.length <= MAX_WORDS ? words(a.map((x) => ({ word: x.word, open: true }))) : ANY;
  const out: Anchor[] = [];
  for (const x of a) {
    if (x.open) out.push(x);
    else for (const y of b) out.push({ word: x.word + y.word, open: y.open });
  }
  return words(out);
}

/** How much requiring one of `set` costs in candidates let through: common and short words, short prefixes cost more. */
export function anchorCost(set: Words | null): number {
  if (!set) return Infinity;
  let cost = 0;
  for (const a of set) {
    if (a.open) cost += a.word.length >= 4 ? 2 : a.word.length === 3 ? 6 : Infinity;
    else if (a.word === '') return Infinity;
    else cost += COMMON.has(a.word) ? 40 : a.word.length <= 2 ? 8 : 1;
  }
  return cost;
}

/** The few cheapest of `list`, leaving out any that holds all the words of a cheaper one (it says nothing more). */
function cheapest(list: readonly Need[]): readonly Need[] {
  const out: Need[] = [];
  for (const n of [...list].sort((x, y) => x.cost - y.cost)) {
    if (out.length >= MAX_NEEDS) break;
    if (n.cost === Infinity || out.some((o) => o.set === n.set || within(o, n))) continue;
    out.push(n);
  }
  return out;
}

/** Whether every word of `a` is in `b`. */
function within(a: Need, b: Need): boolean {
  if (a.set.length > b.set.length) return false;
  b.keys ??= new Set(b.set.map((x) => (x.open ? `${x.word}+` : x.word)));
  return a.set.every((x) => b.keys!.has(x.open ? `${x.word}+` : x.word));
}

const need = (set: Words): Need => ({ set, cost: anchorCost(set) });

/**
 * Requirements met by the matches of either side: one requirement of each, joined. Keeping several per side
 * lets "you just need to" and "you need to" agree on "need" rather than join "just" with "need".
 */
function unionNeeds(a: readonly Need[], b: readonly Need[]): readonly Need[] {
  const out: Need[] = [];
  for (const x of a) for (const y of b) out.push(x.set === y.set ? x : need(words([...x.set, ...y.set])));
  return cheapest(out);
}

/** The requirements of a split whose first and last partial tokens turned out to be whole words. */
const closed = (s: Split): readonly Need[] => cheapest([...s.needs, need(s.first), need(s.last)]);

/** Splits alike in how they start and end are joined first, so their edge words stay exact; then all of them. */
function mergeSplits(list: readonly Split[]): readonly Split[] {
  if (list.length > 1) {
    const unique = new Map<string, Split>();
    for (const s of list) unique.set(`${key(s.first)}|${key(s.last)}|${s.needs.map((n) => key(n.set)).join('/')}`, s);
    list = [...unique.values()];
  }
  if (list.length <= MAX_SPLITS) return list;
  const byEdges = new Map<string, Split>();
  for (const s of list) {
    const k = `${key(s.first)}|${key(s.last)}`;
    const seen = byEdges.get(k);
    byEdges.set(k, seen ? { first: s.first, last: s.last, needs: unionNeeds(seen.needs, s.needs) } : s);
  }
  if (byEdges.size <= MAX_SPLITS) return [...byEdges.values()];
  let first: Words | null = null;
  let last: Words | null = null;
  let needs: readonly Need[] | null = null;
  for (const s of byEdges.values()) {
    first = unionWords(first, s.first);
    last = unionWords(last, s.last);
    needs = needs ? unionNeeds(needs, s.needs) : s.needs;
  }
  return [{ first: first ?? NOTHING, last: last ?? NOTHING, needs: needs ?? [] }];
}

function union(...shapes: readonly Shape[]): Shape {
  if (shapes.length === 1) return shapes[0]!;
  const wordLists = shapes.flatMap((s) => (s.word ? [s.word] : []));
  return { word: wordLists.length ? words(wordLists.flat()) : null, splits: mergeSplits(shapes.flatMap((s) => s.splits)) };
}

function concat(a: Shape, b: Shape): Shape {
  if (a === EMPTY) return b;
  if (b === EMPTY) return a;
  const splits: Split[] = [];
  const word = a.word && b.word ? concatWords(a.word, b.word) : null;
  if (a.word) for (const s of b.splits) splits.push({ first: concatWords(a.word, s.first), last: s.last, needs: s.needs });
  if (b.word) for (const s of a.splits) splits.push({ first: s.first, last: concatWords(s.last, b.word), needs: s.needs });
  for (const x of a.splits) {
    for (const y of b.splits) {
      splits.push({ first: x.first, last: y.last, needs: cheapest([...x.needs, ...y.needs, need(concatWords(x.last, y.first))]) });
    }
  }
  return { word, splits: mergeSplits(splits) };
}

const key = (w: Words | null): string => (w ? w.map((a) => (a.open ? `${a.word}+` : a.word)).sort().join(',') : '∅');
const shapeKey = (s: Shape): string =>
  `${key(s.word)}#${s.splits.map((x) => `${key(x.first)}|${key(x.last)}|${x.needs.map((n) => key(n.set)).join('/')}`).sort().join(';')}`;

/** e{min,max}; max Infinity for * and +. */
function repeat(e: Shape, min: number, max: number): Shape {
  let out = EMPTY;
  for (let i = 0; i < min; i++) out = concat(out, e);
  if (max === min) return out;
  if (max - min <= 8) {
    const optional = union(EMPTY, e);
    for (let i = min; i < max; i++) out = concat(out, optional);
    return out;
  }
  // e*: the least X with X = ε ∪ e·X, reached by iterating from ε; if it does not settle quickly, anything.
  let star = EMPTY;
  for (let i = 0; i < 8; i++) {
    const next = union(EMPTY, concat(e, star));
    if (shapeKey(next) === shapeKey(star)) return concat(out, star);
    star = next;
  }
  return concat(out, TOP);
}

/** A run of literal characters, matched case-insensitively: "told you" starts with "told", ends with "you". */
function literalRun(text: string): Shape {
  const tokens = text.split(SEPARATORS);
  if (tokens.length === 1) return { word: [{ word: normalise(text), open: false }], splits: [] };
  const inner = tokens.slice(1, -1).filter(Boolean).map((t) => need([{ word: normalise(t), open: false }]));
  const edge = (t: string): Words => (t ? [{ word: normalise(t), open: false }] : NOTHING);
  return { word: null, splits: [{ first: edge(tokens[0]!), last: edge(tokens[tokens.length - 1]!), needs: cheapest(inner) }] };
}

// ---- characters ----

const WORD_CHAR = /^[\w\u017f\u212a]$/u;
const SEPARATORS = /[^\w\u017f\u212a]+/u;
const PLAIN = /[^\\()[\]{}|*+?.^$]/y;

/** The shape of one character the regex may match: word characters (lower-cased) and whether it may be a separator. */
function charShape(chars: readonly string[] | 'any', separator: boolean): Shape {
  const wordChars = chars === 'any' ? ANY : words(chars.map((c) => ({ word: normalise(c), open: false })));
  const hasWord = chars === 'any' || chars.length > 0;
  if (hasWord && separator) return { word: wordChars, splits: SEPARATOR.splits };
  if (hasWord) return { word: wordChars, splits: [] };
  return separator ? SEPARATOR : { word: null, splits: [] };
}

/** As paragraphWords() sees word characters: lower-case, "ſ" as "s", the Kelvin sign as "k". */
function normalise(text: string): string {
  return text.toLowerCase().replace(/\u017f/g, 's');
}

/** A literal character matched case-insensitively: a word character or a separator. */
function literal(c: string): Shape {
  return WORD_CHAR.test(c) ? charShape([c], false) : SEPARATOR;
}

class Unsupported extends Error {}

/** Parses `source` (u-mode syntax) and returns its shape. */
class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Shape {
    const shape = this.alternation();
    if (this.i < this.s.length) throw new Unsupported(`unexpected "${this.s[this.i]}"`);
    return shape;
  }

  private alternation(): Shape {
    const branches = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return union(...branches);
  }

  private sequence(): Shape {
    let shape = EMPTY;
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const run = this.plainRun();
      shape = concat(shape, run ? literalRun(run) : this.quantified());
    }
    return shape;
  }

  /** Plain characters up to the next syntax character, less the last one when a quantifier follows it. */
  private plainRun(): string {
    let end = this.i;
    PLAIN.lastIndex = end;
    while (end < this.s.length && PLAIN.test(this.s)) end = PLAIN.lastIndex;
    if (/[?*+{]/.test(this.s[end] ?? '')) end = Math.max(this.i, end - 1);
    // Keep a surrogate pair whole.
    if (end > this.i && /[\ud800-\udbff]/.test(this.s[end - 1]!)) end--;
    const run = this.s.slice(this.i, end);
    this.i = end;
    return run;
  }

  private quantified(): Shape {
    const atom = this.atom();
    const c = this.s[this.i];
    let min = 1;
    let max = 1;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) throw new Unsupported('bad {}');
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      this.i += m[0].length - 1;
    } else return atom.shape;
    this.i++;
    if (this.s[this.i] === '?') this.i++; // lazy: same strings
    if (atom.zeroWidth) return EMPTY;
    return repeat(atom.shape, min, max);
  }

  private atom(): { shape: Shape; zeroWidth?: boolean } {
    const c = this.s[this.i++]!;
    if (c === '(') return this.group();
    if (c === '[') return { shape: this.charClass() };
    if (c === '.') return { shape: charShape('any', true) };
    if (c === '^' || c === '$') return { shape: EMPTY, zeroWidth: true };
    if (c === '\\') return this.escape();
    if (c === ')' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']' || c === '|') throw new Unsupported(`stray "${c}"`);
    const cp = String.fromCodePoint(this.s.codePointAt(this.i - 1)!);
    this.i += cp.length - 1;
    return { shape: literal(cp) };
  }

  private group(): { shape: Shape; zeroWidth?: boolean } {
    let lookaround = false;
    if (this.s[this.i] === '?') {
      const rest = this.s.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) [this.i, lookaround] = [this.i + 2, true];
      else if (rest === '?<=' || rest === '?<!') [this.i, lookaround] = [this.i + 3, true];
      else if (rest.startsWith('?<')) {
        const end = this.s.indexOf('>', this.i);
        if (end < 0) throw new Unsupported('bad group name');
        this.i = end + 1;
      } else throw new Unsupported('unknown group');
    }
    // A lookaround consumes nothing: the characters it checks belong to the text around the match.
    if (lookaround) {
      this.skipGroup();
      return { shape: EMPTY, zeroWidth: true };
    }
    const inside = this.alternation();
    if (this.s[this.i] !== ')') throw new Unsupported('unclosed group');
    this.i++;
    return { shape: inside };
  }

  /** Moves past the ")" that closes the group we are in. */
  private skipGroup(): void {
    let depth = 1;
    let inClass = false;
    for (; this.i < this.s.length; this.i++) {
      const c = this.s[this.i];
      if (c === '\\') this.i++;
      else if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        this.i++;
        return;
      }
    }
    throw new Unsupported('unclosed group');
  }

  private escape(): { shape: Shape; zeroWidth?: boolean } {
    const c = this.s[this.i++];
    if (c === undefined) throw new Unsupported('trailing \\');
    if (c === 'b' || c === 'B') return { shape: EMPTY, zeroWidth: true };
    const cls = this.classEscape(c);
    if (cls) return { shape: charShape(cls.chars, cls.separator) };
    if (/[1-9k]/.test(c)) {
      // A backreference: whatever its group matched.
      const m = c === 'k' ? /^<[^>]*>/.exec(this.s.slice(this.i)) : /^\d*/.exec(this.s.slice(this.i));
      if (!m) throw new Unsupported('bad backreference');
      this.i += m[0].length;
      return { shape: TOP };
    }
    return { shape: literal(this.escapedChar(c)) };
  }

  /** \w \d \s and their negations, \p{…}: the characters they may match. */
  private classEscape(c: string): { chars: readonly string[] | 'any'; separator: boolean } | null {
    if (c === 'w') return { chars: 'any', separator: false };
    if (c === 'd') return { chars: [...'0123456789'], separator: false };
    if (c === 's' || c === 'W') return { chars: [], separator: true };
    if (c === 'S' || c === 'D') return { chars: 'any', separator: true };
    if (c === 'p' || c === 'P') {
      const end = this.s.indexOf('}', this.i);
      if (this.s[this.i] !== '{' || end < 0) throw new Unsupported('bad \\p');
      this.i = end + 1;
      return { chars: 'any', separator: true };
    }
    return null;
  }

  /** The character an escape such as \. \n \u2019 \x41 stands for. */
  private escapedChar(c: string): string {
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    if (simple[c]) return simple[c];
    if (c === 'x' || c === 'u') {
      const m = c === 'x' ? /^[0-9a-f]{2}/i.exec(this.s.slice(this.i)) : /^(?:\{([0-9a-f]+)\}|[0-9a-f]{4})/i.exec(this.s.slice(this.i));
      if (!m) throw new Unsupported(`bad \\${c}`);
      this.i += m[0].length;
      return String.fromCodePoint(parseInt(m[1] ?? m[0], 16));
    }
    if (c === 'c') return String.fromCharCode(this.s.charCodeAt(this.i++) % 32);
    if (/[\w]/.test(c)) throw new Unsupported(`unknown escape \\${c}`);
    return c;
  }

  private charClass(): Shape {
    const negated = this.s[this.i] === '^';
    if (negated) this.i++;
    const chars: string[] = [];
    let any = false;
    let separator = false;
    const add = (ch: string): void => {
      if (WORD_CHAR.test(ch)) chars.push(ch);
      else separator = true;
    };
    while (this.s[this.i] !== ']') {
      if (this.i >= this.s.length) throw new Unsupported('unclosed class');
      const lo = this.classChar();
      if (typeof lo !== 'string') {
        if (lo.chars === 'any') any = true;
        else lo.chars.forEach(add);
        separator ||= lo.separator;
        continue;
      }
      if (this.s[this.i] === '-' && this.s[this.i + 1] !== ']') {
        this.i++;
        const hi = this.classChar();
        if (typeof hi !== 'string') throw new Unsupported('range to a class');
        const from = lo.codePointAt(0)!;
        const to = hi.codePointAt(0)!;
        if (to - from > 512) {
          any = true;
          separator = true;
        } else for (let cp = from; cp <= to; cp++) add(String.fromCodePoint(cp));
        continue;
      }
      add(lo);
    }
    this.i++;
    // Negated: whatever is left may be either (kept simple and wide).
    if (negated) return charShape('any', true);
    return charShape(any ? 'any' : chars, separator);
  }

  private classChar(): string | { chars: readonly string[] | 'any'; separator: boolean } {
    const c = this.s[this.i++]!;
    if (c !== '\\') {
      const cp = String.fromCodePoint(this.s.codePointAt(this.i - 1)!);
      this.i += cp.length - 1;
      return cp;
    }
    const e = this.s[this.i++];
    if (e === undefined) throw new Unsupported('trailing \\');
    if (e === 'b') return '\b';
    if (e === '-') return '-';
    return this.classEscape(e) ?? this.escapedChar(e);
  }
}

/**
 * What a match of `pattern` needs: a list of alternatives, each a list of word sets; every match holds a word from
 * each set of at least one alternative (given that it starts and ends next to a non-word character or the
 * paragraph's edge, as the phrase matcher's boundary checks make sure). Within an alternative, the cheapest (most
 * telling) set comes first. Empty when no such words can be told.
 */
export function phraseNeeds(pattern: string): readonly Needs[] {
  let shape: Shape;
  try {
    shape = new Parser(pattern).parse();
  } catch (err) {
    if (err instanceof Unsupported) return [];
    throw err;
  }
  const wrapped = concat(concat(SEPARATOR, shape), SEPARATOR);
  if (wrapped.word) return [];
  let alternatives = wrapped.splits.map(closed);
  if (alternatives.some((a) => !a.length)) return [];
  // An alternative that asks for all another one asks (or more) adds nothing to the test.
  alternatives = alternatives.filter((x, i) => !alternatives.some((y, j) => j !== i && implies(x, y) && (!implies(y, x) || j < i)));
  // Too many alternatives: neighbours join (one of two requirements each), until few enough are left.
  while (alternatives.length > MAX_ALTERNATIVES) {
    const joined: (readonly Need[])[] = [];
    for (let i = 0; i < alternatives.length; i += 2) joined.push(alternatives[i + 1] ? unionNeeds(alternatives[i]!, alternatives[i + 1]!) : alternatives[i]!);
    if (joined.some((a) => !a.length)) return [];
    alternatives = joined;
  }
  return alternatives.map((needs) => needs.slice(0, MAX_KEPT).map((n) => [...n.set].sort(byWord)));
}

/** Whether meeting every need of `x` meets every need of `y`. */
const implies = (x: readonly Need[], y: readonly Need[]): boolean => y.every((b) => x.some((a) => a.set === b.set || within(a, b)));

const byWord = (x: Anchor, y: Anchor): number => (x.word < y.word ? -1 : x.word > y.word ? 1 : Number(x.open) - Number(y.open));
