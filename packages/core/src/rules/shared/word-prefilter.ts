// A cheap test that a regex cannot match a paragraph: every match needs certain words, and the paragraph lacks
// them. Paragraphs that fail it never run the regex, and a regex no paragraph needs is never compiled, which is
// most of what a cold start used to cost.
//
// The words come from the regex source, read just far enough to be sure (a full reading costs more than the
// compiling it saves, and a table made ahead of time would not fit the bundle budget): literal words with a
// separator, a pattern edge or an optional group that starts or ends with a separator on each side, and groups of
// such words. A word's characters are what the `iu` matchers call \w, as in paragraphWords(). When unsure, a
// word is not asked for, which only lets more paragraphs through.
/** Sets of lower-case words (a trailing "+" marks a word start); a match of one kind holds a word from each. */
export type WordNeeds = readonly (readonly string[])[];

/** A separator (no word character), anything else, a literal word character (lower-cased), or a group. */
type Item = typeof SEP | typeof OTHER | string | Group;
interface Group {
  branches: Item[][];
  /** May match nothing (quantified with a minimum of 0, or with an empty branch). */
  optional: boolean;
}
const SEP = 0;
const OTHER = 1;

// Words so frequent that asking for them filters little (so do words of one or two letters): a rarer needed
// word goes first.
const COMMON = new Set('the and that this with you your are was have has had not can will what how all just did one get got'.split(' '));
const cost = (need: readonly string[]): number => need.reduce((sum, w) => sum + (w.endsWith('+') ? (w.length > 4 ? 4 : 30) : COMMON.has(w) ? 40 : w.length <= 2 ? 8 : 1), 0);
const byCost = (a: readonly string[], b: readonly string[]): number => cost(a) - cost(b);

// One token each: an escape (with its braces), a class, a group's opening, a quantifier, a run of letters, or any
// other character. (Read by one regex: character by character, this reading cost more than it saved.) The hex
// digits of \u2019 or a backreference's number read as letters, but after an escape, which may be anything,
// they can never be taken for a whole word.
const TOKEN = /\\(?:[pPu]\{[^}]*\}|k<[^>]*>|[^])|\[(?:\\[^]|[^\]\\])*\]|\(\?(?:<?[=!]|:|<[^>]*>)?|[?*+]\??|\{\d+(?:,\d*)?\}\??|\w+|[^]/g;

/** Reads `source` into items: literal word characters, separators, groups, and anything else. */
function parse(source: string): Item[][] {
  const tokens = source.match(TOKEN) ?? [];
  let t = 0;
  const branches = (): Item[][] => {
    const out: Item[][] = [[]];
    for (let token = tokens[t]; token !== undefined && token !== ')'; token = tokens[t]) {
      t++;
      if (token === '|') {
        out.push([]);
        continue;
      }
      const branch = out[out.length - 1]!;
      let item = atom(token);
      const q = /^(?:([?*+])|\{(\d+))/.exec(tokens[t] ?? '');
      if (q) t++;
      if (typeof item === 'string' && item.length > 1 && q) {
        // A quantifier takes the last letter only.
        branch.push(item.slice(0, -1));
        item = item.slice(-1);
      }
      if (item === null) continue;
      const min = q ? (q[1] ? Number(q[1] === '+') : Number(q[2])) : 1;
      const once = !q || tokens[t - 1]!.startsWith('{1}');
      // Optional: a group that may be left out. Repeated: a run of separators stays one; anything else is unknown.
      branch.push(min === 0 ? { branches: [[item]], optional: true } : once || item === SEP ? item : OTHER);
    }
    return out;
  };
  const atom = (token: string): Item | null => {
    const c = token[0]!;
    if (c === '(') {
      if (/[=!]/.test(token)) {
        // A lookaround matches no characters of its own: left out.
        for (let depth = 1; depth && t < tokens.length; t++) depth += tokens[t]![0] === '(' ? 1 : tokens[t] === ')' ? -1 : 0;
        return null;
      }
      const inside = branches();
      t++;
      return { branches: inside, optional: inside.some((b) => !b.length) };
    }
    if (c === '[') {
      // Only a class of separators ("['’]", "[- ]", "[\s,]") is known; a letter, escape, range or negation may
      // stand for a word character.
      const body = token.slice(1, -1).replace(/\\s/g, ' ');
      return /^[^\^\\\w\u017f\u212a]+$/.test(body) && !/.-./.test(body) ? SEP : OTHER;
    }
    if (c === '^' || c === '$') return null;
    if (c === '.') return OTHER;
    if (c === '\\') {
      const e = token[1]!;
      if (e === 'b' || e === 'B') return null;
      if ('sWnrtfv'.includes(e)) return SEP;
      // \w \d \S \D \p{…} \u{…} \u2019 \x41 \k<…> \c…, backreferences: taken as anything.
      return /\w/.test(e) ? OTHER : SEP;
    }
    if (/\w/.test(c)) return token.toLowerCase();
    // "ſ" and the Kelvin sign match s and k; a lone surrogate is half of some character.
    return /[\u017f\u212a\ud800-\udfff]/.test(c) ? OTHER : SEP;
  };
  return branches();
}

const isLetter = (item: Item | undefined): item is string => typeof item === 'string';
const isGroup = (item: Item | undefined): item is Group => typeof item === 'object';
/**
 * Whether the first character matched from item `k` on, going forward (step 1) or back (-1), is surely a
 * separator: a separator item, or a group all of whose branches start (or end) with one; an optional group lets
 * the next item decide. Past the branch's end, `edge` says.
 */
function separatorNext(branch: readonly Item[], k: number, step: 1 | -1, edge: boolean): boolean {
  const item = branch[k];
  if (item === undefined) return edge;
  if (item === SEP) return true;
  if (!isGroup(item) || !item.branches.every((b) => !b.length || separatorNext(b, step > 0 ? 0 : b.length - 1, step, false))) return false;
  return !item.optional || separatorNext(branch, k + step, step, edge);
}

/** Needs of a branch whose edges touch separators (or the match's edges); cheapest first. */
function branchNeeds(branch: readonly Item[]): (readonly string[])[] {
  const bounded = (k: number, step: 1 | -1): boolean => separatorNext(branch, k + step, step, true);
  const needs: (readonly string[])[] = [];
  for (let k = 0; k < branch.length; k++) {
    const item = branch[k]!;
    if (isLetter(item)) {
      let word = '';
      const start = k;
      for (; isLetter(branch[k]); k++) word += branch[k];
      k--;
      if (!bounded(start, -1)) continue;
      if (bounded(k, 1)) needs.push([word]);
      else if (word.length >= 2) needs.push([`${word}+`]);
    } else if (isGroup(item) && !item.optional && bounded(k, -1) && bounded(k, 1)) {
      // A group between separators: each branch gives its cheapest need, and the group needs one of those.
      const union = new Set<string>();
      const all = item.branches.every((b) => {
        const best = b.length === 1 && isLetter(b[0]) ? [b[0]] : branchNeeds(b)[0];
        best?.forEach((w) => union.add(w));
        return best;
      });
      if (all) needs.push([...union]);
    }
  }
  return needs.length > 1 ? needs.sort(byCost) : needs;
}

/**
 * What a match of `source` needs, one WordNeeds per kind of match (up to three needs each, cheapest first), given
 * that a match starts and ends next to a non-word character or the paragraph's edge; empty when unsure.
 */
export function patternNeeds(source: string): readonly WordNeeds[] {
  let top = parse(source);
  // One group around everything: its branches are the kinds of match.
  for (let only = top[0]![0]; top.length === 1 && top[0]!.length === 1 && isGroup(only) && !only.optional; only = top[0]![0]) top = only.branches;
  const kinds = top.map((b) => branchNeeds(b).slice(0, 3));
  return kinds.some((k) => !k.length) ? [] : kinds;
}

const holds = (words: ReadonlySet<string>, w: string): boolean => {
  if (!w.endsWith('+')) return words.has(w);
  for (const x of words) if (x.startsWith(w.slice(0, -1))) return true;
  return false;
};

/** Whether `words` holds a word from each need. */
export const holdsAll = (words: ReadonlySet<string>, needs: WordNeeds): boolean => needs.every((need) => need.some((w) => holds(words, w)));
