// The generic "existence + substitution" check most phrase rules are made of: a table of entries, each matched
// case-insensitively as a whole phrase; per paragraph, only the entries whose needed words it holds are run.
import type { RawFinding, Severity, Span } from '../../types.js';
import { primeRegExp } from './native-regex.js';
import { lowered, paragraphWords } from './paragraph-words.js';
import { type WordNeeds, holdsAll, patternNeeds } from './word-prefilter.js';

export interface PhraseEntry {
  /**
   * Regex source for the phrase; use (?:…) groups only (no names, no \p{…}: it runs on lower-cased text). Word
   * boundaries are added around it.
   */
  pattern: string;
  messageId: string;
  /** Why this phrase hurts, in one kind sentence (becomes the finding's `why`). */
  note?: string;
  /** Rewrites; `$&` is the matched text. Matched capitalisation is copied onto the first letter. */
  suggestions?: readonly { label: string; replacement: string }[];
  severity?: Severity;
  /** Regex source tested against the sentence holding the match: when it matches, the phrase is fine here. */
  unless?: string;
  /** Values for the message template. */
  data?: Record<string, string>;
}

export interface CompiledPhrases {
  find(paragraph: string, sentences: readonly Span[]): RawFinding[];
}

export function matchCase(replacement: string, matched: string): string {
  if (!replacement) return replacement;
  const first = matched.charAt(0);
  if (first === first.toUpperCase() && first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

export function sentenceAt(sentences: readonly Span[], at: number): Span | undefined {
  return sentences.find((s) => at >= s.start && at < s.end);
}

// Every phrase table's kinds of match, indexed together, so a paragraph's words are looked up once for all tables.
// A kind is looked up by the words of its first need: a whole word by itself, a word start ("idiot+") by its first
// two or three letters. Only a kind with no needs at all is checked on every paragraph.
const kinds: { table: number; entry: number; needs: WordNeeds }[] = [];
const byWord = new Map<string, number[]>();
const byStart = new Map<string, number[]>();
const everyTime: number[] = [];
let tables = 0;
// The kinds the last paragraph's words hit, per table, in kind order (a table's kinds are numbered in entry order).
let hitsFor: ReadonlySet<string> | undefined;
let hitsByTable: number[][] = [];

// Per word, the kinds it hits: a word recurs in paragraph after paragraph, so it is looked up in byWord and byStart
// once (made again when a table registers).
const kindsOfWord = new Map<string, readonly number[]>();
const NO_KINDS: readonly number[] = [];

function kindsOf(w: string): readonly number[] {
  let list = kindsOfWord.get(w);
  if (!list) {
    const found = [...(byWord.get(w) ?? []), ...(byStart.get(w.slice(0, 2)) ?? []), ...((w.length > 2 && byStart.get(w.slice(0, 3))) || [])];
    list = found.length ? found : NO_KINDS;
    if (kindsOfWord.size >= 100_000) kindsOfWord.clear();
    kindsOfWord.set(w, list);
  }
  return list;
}

function index(map: Map<string, number[]>, key: string, kind: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [kind]);
  else if (list[list.length - 1] !== kind) list.push(kind);
}

/** Registers a table's needs; returns which of its entries to run on a paragraph (those whose needed words it holds). */
function candidateFinder(needs: readonly (readonly WordNeeds[])[]): (words: ReadonlySet<string>) => number[] {
  const table = tables++;
  needs.forEach((alternatives, entry) => {
    for (const n of alternatives.length ? alternatives : [[]]) {
      const kind = kinds.push({ table, entry, needs: n }) - 1;
      if (!n[0]) everyTime.push(kind);
      else for (const w of n[0]) index(w.endsWith('+') ? byStart : byWord, w.endsWith('+') ? w.slice(0, Math.min(3, w.length - 1)) : w, kind);
    }
  });
  hitsFor = undefined; // the hits of the current paragraph did not look this table up yet
  kindsOfWord.clear();
  return (words) => {
    if (words !== hitsFor) {
      hitsFor = words;
      hitsByTable = [];
      const add = (list: readonly number[]): void => {
        for (const kind of list) (hitsByTable[kinds[kind]!.table] ??= []).push(kind);
      };
      add(everyTime);
      for (const w of words) add(kindsOf(w));
    }
    const hit = hitsByTable[table];
    if (!hit) return [];
    hit.sort((x, y) => x - y);
    const out: number[] = [];
    let last = -1;
    for (const kind of hit) {
      if (kind === last) continue;
      last = kind;
      const { entry, needs: n } = kinds[kind]!;
      if (out[out.length - 1] !== entry && holdsAll(words, n)) out.push(entry);
    }
    return out;
  };
}

// (?=\S) first: phrases never start on whitespace, and it keeps an entry's own "(?<=^\s*…)" lookbehind from
// rescanning a long run of blanked (masked) text at every position, which was quadratic.
// Without the i flag, an entry runs on the lower-cased paragraph (its own letters lower-cased too, escapes kept):
// V8 compiles a case-insensitive regex about three times slower, and compiling the entries a text needs was most
// of a cold start. `caseless` is for a paragraph that lower-casing does not fit (paragraph-words.ts).
const entryRegExp = (pattern: string, caseless: boolean): RegExp =>
  new RegExp(`(?<![\\w'’-])(?=\\S)(?:${caseless ? pattern : pattern.replace(/\\.|[^\\]+/g, (t) => (t[0] === '\\' ? t : t.toLowerCase()))})(?![\\w'’-])`, caseless ? 'giu' : 'gu');

/**
 * Finds a table's phrases in a paragraph, exactly as one alternation of all entries would (leftmost match; at the
 * same start, the earlier entry; scanning on from the end of each match), but compiles and runs only the entries
 * whose needed words (word-prefilter.ts) the paragraph holds: V8 compiles a regex on first use at a cost that
 * grows with its source, and one big alternation per table made that most of a cold start.
 */
export function compilePhrases(entries: readonly PhraseEntry[]): CompiledPhrases {
  let candidatesIn: ((words: ReadonlySet<string>) => number[]) | undefined;
  const regexps: RegExp[] = [];
  const caselessRegexps: RegExp[] = [];
  const unless: RegExp[] = [];
  return {
    find(paragraph, sentences) {
      candidatesIn ??= candidateFinder(entries.map((e) => patternNeeds(e.pattern)));
      const candidates = candidatesIn(paragraphWords(paragraph));
      const lower = lowered(paragraph);
      const subject = lower ?? paragraph;
      const res = candidates.map((i) => primeRegExp(lower !== null ? (regexps[i] ??= entryRegExp(entries[i]!.pattern, false)) : (caselessRegexps[i] ??= entryRegExp(entries[i]!.pattern, true))));
      // Each candidate's next match, and where its search started (a match before `pos` found from before it is
      // stale; one found from `pos` itself can only start there or later).
      const next: (RegExpExecArray | null)[] = [];
      const from: number[] = [];
      const out: RawFinding[] = [];
      for (let pos = 0; ; ) {
        let best = -1;
        res.forEach((re, k) => {
          let m = next[k];
          if (m === undefined || (m && m.index < pos && from[k]! < pos)) {
            re.lastIndex = from[k] = pos;
            m = next[k] = re.exec(subject);
          }
          // Strictly before: at the same start, the earlier entry wins, as in an alternation.
          if (m && (best < 0 || m.index < next[best]!.index)) best = k;
        });
        if (best < 0) return out;
        const m = next[best]!;
        const i = candidates[best]!;
        const entry = entries[i]!;
        pos = m.index + (m[0].length || 1);
        if (!m[0]) continue;
        const matched = paragraph.slice(m.index, pos);
        const sentence = sentenceAt(sentences, m.index);
        if (entry.unless && (unless[i] ??= new RegExp(entry.unless, 'iu')).test(sentence ? paragraph.slice(sentence.start, sentence.end) : paragraph)) continue;
        const finding: RawFinding = { start: m.index, end: pos, messageId: entry.messageId };
        if (entry.data) finding.data = entry.data;
        if (entry.note) finding.why = entry.note;
        if (entry.severity) finding.severity = entry.severity;
        if (entry.suggestions) {
          finding.suggestions = entry.suggestions.map((s) => ({
            label: s.label,
            replacement: matchCase(s.replacement.replace(/\$&/g, matched), matched),
          }));
        }
        out.push(finding);
      }
    },
  };
}
