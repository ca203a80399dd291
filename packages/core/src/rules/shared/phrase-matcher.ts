// The generic "existence + substitution" check most phrase rules are made of: a table of entries compiled
// once into a single case-insensitive alternation, matched once per paragraph.
import type { RawFinding, Severity, Span } from '../../types.js';
import { capturingGroups, primerFor } from './native-regex.js';

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

export function compilePhrases(entries: readonly PhraseEntry[]): CompiledPhrases {
  for (const e of entries) {
    // Entry i is found by its capture group, so an entry must not add groups of its own. (Counted from the
    // source: compiling every entry on its own to count them cost more than the rest of start-up.)
    if (capturingGroups(e.pattern)) throw new Error(`phrase "${e.pattern}" has a capturing group; use (?:…)`);
  }
  // (?=\S) first: phrases never start on whitespace, and it keeps an entry's own "(?<=^\s*…)" lookbehind from
  // rescanning a long run of blanked (masked) text at every position, which was quadratic.
  // The word-start checks are shared by every entry, so they sit once in front of the alternation: a position
  // inside a word or on a blank then fails after one test instead of one per entry (same matches, same order).
  const matcher = new RegExp(`(?<![\\w'’-])(?=\\S)(?:${entries.map((e) => `(${e.pattern})`).join('|')})(?![\\w'’-])`, 'giu');
  const unless = entries.map((e) => (e.unless ? new RegExp(e.unless, 'iu') : null));
  const prime = primerFor([matcher]);
  return {
    find(paragraph, sentences) {
      const out: RawFinding[] = [];
      prime();
      matcher.lastIndex = 0;
      for (let m = matcher.exec(paragraph); m; m = matcher.exec(paragraph)) {
        if (m[0].length === 0) {
          matcher.lastIndex++;
          continue;
        }
        const index = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
        const entry = entries[index];
        if (!entry) continue;
        const sentence = sentenceAt(sentences, m.index);
        const guard = unless[index];
        if (guard && guard.test(sentence ? paragraph.slice(sentence.start, sentence.end) : paragraph)) continue;
        const finding: RawFinding = { start: m.index, end: m.index + m[0].length, messageId: entry.messageId };
        if (entry.data) finding.data = entry.data;
        if (entry.note) finding.why = entry.note;
        if (entry.severity) finding.severity = entry.severity;
        if (entry.suggestions) {
          finding.suggestions = entry.suggestions.map((s) => ({
            label: s.label,
            replacement: matchCase(s.replacement.replace(/\$&/g, m![0]), m![0]),
          }));
        }
        out.push(finding);
      }
      return out;
    },
  };
}
