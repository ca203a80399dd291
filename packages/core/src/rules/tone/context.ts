// Context checks shared by the tone rules: quoted words are someone else's, and a question is milder than a
// statement ("Didn't you get the email?" vs "You didn't read the email.").
import type { ParagraphContext, RawFinding, Rule, RuleMeta, Severity, Span } from '../../types.js';
import { type PhraseEntry, compilePhrases, sentenceAt } from '../shared/phrase-matcher.js';

const QUOTED = /"[^"\n]{1,300}"|“[^”\n]{1,300}”|«[^»\n]{1,300}»/g;

// Every tone rule asks for the same paragraph's quotes in turn: the last answer is kept (callers only read it).
let lastText: string | undefined;
let lastQuotes: readonly Span[] = [];

/** Spans inside double quotes: an error message or the reader's own words, not the writer's tone. */
export function quotedSpans(text: string): readonly Span[] {
  if (text === lastText) return lastQuotes;
  const out: Span[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  lastText = text;
  lastQuotes = out;
  return out;
}

export const insideAny = (spans: readonly Span[], f: Span): boolean => spans.some((s) => f.start >= s.start && f.end <= s.end);

const MILDER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };

export function isQuestion(text: string, sentence: Span | undefined): boolean {
  if (!sentence) return false;
  return /\?["'’”)\]]*$/.test(text.slice(sentence.start, sentence.end).trimEnd());
}

/** Drops findings inside quotes and, if asked, makes findings in questions one step milder. */
export function inContext(p: ParagraphContext, found: RawFinding[], meta: RuleMeta, milderInQuestions: boolean, questionForms: readonly string[] = []): RawFinding[] {
  const quotes = quotedSpans(p.text);
  const out: RawFinding[] = [];
  for (const f of found) {
    if (quotes.length && insideAny(quotes, f)) continue;
    if (milderInQuestions && !questionForms.includes(f.messageId) && isQuestion(p.text, sentenceAt(p.sentences, f.start))) {
      f.severity = MILDER[f.severity ?? meta.defaultSeverity];
    }
    out.push(questionAtEnd(p.text, cleanRemoval(p, f)));
  }
  return out;
}

/**
 * A "leave it out" rewrite must leave a clean sentence: "Obviously, the VPN …" → "The VPN …" (the span takes the
 * next word to capitalise it), "you can obviously restart" → "you can restart" (the span takes the space before).
 */
function cleanRemoval(p: ParagraphContext, f: RawFinding): RawFinding {
  if (!f.suggestions?.some((s) => s.replacement === '')) return f;
  const opens = p.sentences.some((s) => s.start === f.start);
  const next = /^,?\s+([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(p.text.slice(f.end));
  if (opens && next) {
    const word = next[1]!;
    const replacement = word.charAt(0).toUpperCase() + word.slice(1);
    return { ...f, end: f.end + next[0].length, suggestions: f.suggestions.map((s) => (s.replacement === '' ? { ...s, replacement } : s)) };
  }
  const before = /\s+$/.exec(p.text.slice(Math.max(0, f.start - 4), f.start));
  const trailingComma = /^,/.test(p.text.slice(f.end)) ? 1 : 0;
  if (!opens && before) return { ...f, start: f.start - before[0].length, end: f.end + trailingComma };
  return f;
}

/**
 * A rewrite that turns the sentence into a question ("Could you …?") takes over the sentence's full stop, so
 * "Do it now." becomes "Could you do it as soon as you can?" rather than "…?.". Other rewrites keep the stop.
 */
function questionAtEnd(text: string, f: RawFinding): RawFinding {
  if (!f.suggestions?.some((s) => s.replacement.endsWith('?'))) return f;
  const after = text.slice(f.end);
  const stop = /^[.!]+(?=["'’”)\]]*(?:\s|$))/.exec(after);
  const alreadyEnds = /[.!?]$/.test(text.slice(f.start, f.end)) || /^\s*$/.test(after);
  if (!stop && alreadyEnds) return f;
  if (!stop) {
    // Mid-sentence, a question mark does not fit: drop it.
    return { ...f, suggestions: f.suggestions.map((s) => ({ ...s, replacement: s.replacement.endsWith('?') && !/[.!?]/.test(text.charAt(f.end)) ? s.replacement.slice(0, -1) : s.replacement })) };
  }
  const end = f.end + stop[0].length;
  return { ...f, end, suggestions: f.suggestions.map((s) => ({ ...s, replacement: s.replacement.endsWith('?') ? s.replacement : s.replacement + stop[0] })) };
}

export interface PhraseRuleSpec {
  meta: RuleMeta;
  phrases: readonly PhraseEntry[];
  milderInQuestions?: boolean;
  /** messageIds that are questions by nature ("why did you …"): never made milder for being one. */
  questionForms?: readonly string[];
  /** Extra matches a table cannot express; offsets relative to the paragraph. */
  extra?(p: ParagraphContext): RawFinding[];
  /** Last touch on each finding (e.g. a rewrite built from the matched words). */
  refine?(f: RawFinding, p: ParagraphContext): RawFinding;
}

/** A tone rule made of a phrase table plus optional code, with the shared context checks applied. */
export function phraseRule(spec: PhraseRuleSpec): Rule {
  const compiled = spec.phrases.length ? compilePhrases(spec.phrases) : null;
  return {
    meta: spec.meta,
    check(p) {
      let found = compiled ? compiled.find(p.text, p.sentences) : [];
      if (spec.extra) found = found.concat(spec.extra(p));
      if (spec.refine) found = found.map((f) => spec.refine!(f, p));
      return inContext(p, found, spec.meta, spec.milderInQuestions ?? false, spec.questionForms);
    },
  };
}
