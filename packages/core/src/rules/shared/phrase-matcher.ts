// The generic "existence + substitution" check most phrase rules are made of: a table of entries, each matched
// case-insensitively as a whole phrase; per paragraph, only the entries whose anchor words it holds are run.
import type { RawFinding, Severity, Span } from '../../types.js';
import { capturingGroups, primerFor } from './native-regex.js';
import { paragraphWords } from './paragraph-words.js';
import { type WordNeeds, holdsAll, registerPrefilter, wordNeeds } from './word-prefilter.js';

export interface PhraseEntry {
  /** Regex source for the phrase; use (?:…) groups only. Word boundaries are added around it. */
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

/** Which entries a paragraph may match: those whose needed words it holds (phrase-anchors.ts, word-prefilter.ts). */
class PhraseIndex {
  /** Each kind of match of each entry, in table order: the entry and the words it needs. */
  private readonly kinds: { entry: number; needs: WordNeeds }[] = [];
  /** Kinds by a word of their first need. */
  private readonly byWord = new Map<string, number[]>();
  /** Kinds with a word start in their first need. */
  private readonly byPrefix: { prefix: string; kind: number }[] = [];
  /** Entries without needs: they run on every paragraph. */
  private readonly always = new Set<number>();
  private readonly marks: Uint8Array;

  constructor(entries: readonly (readonly WordNeeds[])[]) {
    entries.forEach((alternatives, entry) => {
      if (!alternatives.length) this.always.add(entry);
      for (const needs of alternatives) {
        const kind = this.kinds.push({ entry, needs }) - 1;
        for (const w of needs[0]!) {
          if (w.endsWith('+')) this.byPrefix.push({ prefix: w.slice(0, -1), kind });
          else {
            const list = this.byWord.get(w);
            if (!list) this.byWord.set(w, [kind]);
            else if (list[list.length - 1] !== kind) list.push(kind);
          }
        }
      }
    });
    this.marks = new Uint8Array(this.kinds.length);
  }

  /** Indices of the entries to run on a paragraph with these words, in table order. */
  candidates(words: ReadonlySet<string>, entries: number): number[] {
    const marks = this.marks;
    if (words.size <= this.byWord.size) {
      for (const w of words) {
        const list = this.byWord.get(w);
        if (list) for (const k of list) marks[k] = 1;
      }
    } else {
      for (const [w, list] of this.byWord) if (words.has(w)) for (const k of list) marks[k] = 1;
    }
    for (const { prefix, kind } of this.byPrefix) {
      if (marks[kind]) continue;
      for (const w of words) {
        if (w.startsWith(prefix)) {
          marks[kind] = 1;
          break;
        }
      }
    }
    const out: number[] = [];
    let k = 0;
    for (let entry = 0; entry < entries; entry++) {
      let candidate = this.always.has(entry);
      for (; k < this.kinds.length && this.kinds[k]!.entry === entry; k++) {
        if (!marks[k]) continue;
        marks[k] = 0;
        candidate ||= holdsAll(words, this.kinds[k]!.needs, 1);
      }
      if (candidate) out.push(entry);
    }
    return out;
  }
}

// (?=\S) first: phrases never start on whitespace, and it keeps an entry's own "(?<=^\s*…)" lookbehind from
// rescanning a long run of blanked (masked) text at every position, which was quadratic.
const entryRegExp = (pattern: string): RegExp => new RegExp(`(?<![\\w'’-])(?=\\S)(?:${pattern})(?![\\w'’-])`, 'giu');

/**
 * Finds a table's phrases in a paragraph, exactly as one alternation of all entries would (leftmost match; at the
 * same start, the earlier entry; scanning on from the end of each match), but compiles and runs only the entries
 * whose anchor words the paragraph holds: V8 compiles a regex on first use at a cost that grows with its source,
 * and one big alternation per table made that most of a cold start.
 */
export function compilePhrases(entries: readonly PhraseEntry[]): CompiledPhrases {
  for (const e of entries) {
    // An entry must not add groups of its own (a rule reads the match as a whole). Counted from the source:
    // compiling every entry up front to count them would cost what lazy compiling saves.
    if (capturingGroups(e.pattern)) throw new Error(`phrase "${e.pattern}" has a capturing group; use (?:…)`);
  }
  for (const e of entries) registerPrefilter(e.pattern);
  let index: PhraseIndex | undefined;
  const regexps: (RegExp | undefined)[] = [];
  const primers: (() => void)[] = [];
  const unless: (RegExp | null | undefined)[] = [];
  const regexpOf = (i: number): RegExp => {
    let re = regexps[i];
    if (!re) {
      re = regexps[i] = entryRegExp(entries[i]!.pattern);
      primers[i] = primerFor([re]);
    }
    primers[i]!();
    return re;
  };
  return {
    find(paragraph, sentences) {
      index ??= new PhraseIndex(entries.map((e) => wordNeeds(e.pattern)));
      const candidates = index.candidates(paragraphWords(paragraph), entries.length);
      const out: RawFinding[] = [];
      if (!candidates.length) return out;
      const res = candidates.map(regexpOf);
      // Each candidate's next match, and the position its search started from (undefined: not searched yet).
      const next: (RegExpExecArray | null)[] = [];
      const from: number[] = [];
      let pos = 0;
      for (;;) {
        let best = -1;
        let bestAt = Infinity;
        for (let k = 0; k < res.length; k++) {
          let m = next[k];
          if (m === null) continue;
          if (m === undefined || (m.index < pos && from[k]! < pos)) {
            const re = res[k]!;
            re.lastIndex = pos;
            m = next[k] = re.exec(paragraph);
            from[k] = pos;
            if (!m) continue;
          }
          // Strictly less: at the same start, the earlier entry wins, as in an alternation.
          if (m.index < bestAt) {
            bestAt = m.index;
            best = k;
          }
        }
        if (best < 0) break;
        const m = next[best]!;
        if (m[0].length === 0) {
          pos = m.index + 1;
          continue;
        }
        pos = m.index + m[0].length;
        const i = candidates[best]!;
        const entry = entries[i]!;
        const sentence = sentenceAt(sentences, m.index);
        let guard = unless[i];
        if (guard === undefined) guard = unless[i] = entry.unless ? new RegExp(entry.unless, 'iu') : null;
        if (guard && guard.test(sentence ? paragraph.slice(sentence.start, sentence.end) : paragraph)) continue;
        const finding: RawFinding = { start: m.index, end: m.index + m[0].length, messageId: entry.messageId };
        if (entry.data) finding.data = entry.data;
        if (entry.note) finding.why = entry.note;
        if (entry.severity) finding.severity = entry.severity;
        if (entry.suggestions) {
          finding.suggestions = entry.suggestions.map((s) => ({
            label: s.label,
            replacement: matchCase(s.replacement.replace(/\$&/g, m[0]), m[0]),
          }));
        }
        out.push(finding);
      }
      return out;
    },
  };
}
