// Flags shouting: ordinary words in capitals ("DO NOT restart") and stacked marks ("!!!", "?!"). Acronyms and
// product names (DNS, VPN, HTTP) are never flagged: a run of capitals must contain a word people shout.
import { EVERYDAY_ACRONYMS, GLOSSARY } from '../../data/jargon/glossary.js';
import { CALLOUT_LABELS, SHOUT_WORDS, TECHNICAL_CAPS, VOWEL_ACRONYMS } from '../../data/tone/shouting.js';
import type { ParagraphContext, RawFinding, Span } from '../../types.js';
import { sentenceAt } from '../shared/phrase-matcher.js';
import { insideAny, phraseRule, quotedSpans } from './context.js';

const KNOWN_ACRONYMS = new Set([...EVERYDAY_ACRONYMS, ...GLOSSARY.map((e) => e.term)].map((t) => t.toUpperCase()));
// A run of capitalised words separated by spaces or commas; no lowercase letters, digits, dots or underscores around it.
const CAPS_RUN = /(?<![\p{L}\p{N}_.\/\\-])[A-Z][A-Z'’]*(?:[ ,]+[A-Z][A-Z'’]*)*(?![\p{L}\p{N}_\/\\-]|\.[\p{L}\p{N}])/gu;
// After a word, before a space or the end: "0x?028????" is a wildcard pattern, not a raised voice.
const MARKS = /(?<=[\p{L})'’"”])[!?]*(?:!{2,}|\?!|!\?|\?{2,})[!?]*(?=[\s"'’”)]|$)/gu;
const TWO_CAPITALS = /[A-Z][A-Z'’]/;
const STACKED = /[!?]{2}/;
// In documentation a lone "NOT" or "ONLY" is a warning convention, not a raised voice.
const DOC_EMPHASIS = new Set(['NOT', 'ONLY', 'MUST', 'NO', 'ALL', 'NEVER', 'ALWAYS']);
const BOOLEAN_SYNTAX = /\b(?:AND|OR|NOT|NEAR)\b.*\b(?:AND|OR|NOT|NEAR)\b/;

function isShouted(words: string[]): boolean {
  const shout = words.filter((w) => SHOUT_WORDS.has(w));
  if (words.length === 1) return shout.length === 1 && words[0]!.length > 1 && !TECHNICAL_CAPS.has(words[0]!);
  // "DO NOT", "PLEASE RESTART NOW": one of the words is a plain word that is not a technical keyword ("OK, I" is not).
  return shout.some((w) => !TECHNICAL_CAPS.has(w));
}

/** "DO NOT RESTART THE VPN" → "do not restart the VPN": acronyms keep their capitals. */
function calmed(run: string, opensSentence: boolean): string {
  let first = true;
  return run.replace(/[A-Z][A-Z'’]*/g, (w) => {
    const acronym = KNOWN_ACRONYMS.has(w) || VOWEL_ACRONYMS.has(w) || (!SHOUT_WORDS.has(w) && (w.length <= 2 || !/[AEIOUY]/.test(w)));
    let out = acronym ? w : w.toLowerCase();
    if (first && opensSentence && !acronym) out = out.charAt(0).toUpperCase() + out.slice(1);
    if (w === 'I' || w === "I'M" || w === "I'VE" || w === 'I’M') out = w.charAt(0) + w.slice(1).toLowerCase();
    first = false;
    return out;
  });
}

function shoutedText(p: ParagraphContext): RawFinding[] {
  const out: RawFinding[] = [];
  let quotes: readonly Span[] | undefined;
  const quoted = (span: Span): boolean => insideAny((quotes ??= quotedSpans(p.text)), span);
  // Cheap tests first (every paragraph of every document comes by): a flagged run holds a shout word of two or more
  // capitals, and stacked marks hold two of "!" and "?" in a row.
  for (const m of TWO_CAPITALS.test(p.text) ? p.text.matchAll(CAPS_RUN) : []) {
    // Most runs are one acronym ("DNS", "PC"): no shout word, nothing to flag.
    if (/^[A-Z]+$/.test(m[0]) && !SHOUT_WORDS.has(m[0])) continue;
    const run = m[0].replace(/[ ,]+$/, '');
    const span = { start: m.index, end: m.index + run.length };
    if (quoted(span)) continue;
    const words = run.split(/[ ,]+/).filter(Boolean).map((w) => w.replace(/’/g, "'"));
    if (!isShouted(words)) continue;
    if (p.kind === 'markdown' && words.length === 1 && DOC_EMPHASIS.has(words[0]!)) continue;
    const after = p.text.slice(span.end, span.end + 2);
    if (/^\s*:/.test(after) && CALLOUT_LABELS.has(words.join(' '))) continue;
    const sentence = sentenceAt(p.sentences, span.start);
    const sentenceText = sentence ? p.text.slice(sentence.start, sentence.end) : p.text;
    if (BOOLEAN_SYNTAX.test(sentenceText)) continue;
    // A heading or subject line written all in capitals is a label, not a raised voice.
    if (sentence && !/[a-z]/.test(sentenceText) && !/[.!?]["'’”)]*$/.test(sentenceText) && p.sentences.length === 1) continue;
    const opensSentence = !!sentence && sentence.start === span.start;
    out.push({ ...span, messageId: 'caps', suggestions: [{ label: 'Use normal case', replacement: calmed(run, opensSentence) }] });
  }
  for (const m of STACKED.test(p.text) ? p.text.matchAll(MARKS) : []) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (quoted(span)) continue;
    const asks = m[0].includes('?');
    out.push({
      ...span,
      messageId: 'marks',
      severity: 'info',
      suggestions: asks ? [{ label: 'One question mark', replacement: '?' }] : [{ label: 'One full stop', replacement: '.' }, { label: 'One exclamation mark', replacement: '!' }],
    });
  }
  return out;
}

export const shouting = phraseRule({
  meta: {
    id: 'tone/shouting',
    category: 'tone',
    description: 'Flags shouting: ordinary words in capitals (not acronyms or product names) and stacked marks such as "!!!" or "?!".',
    why: 'Capitals and stacked marks read as a raised voice; calm text helps a stressed reader stay calm too.',
    messages: {
      caps: '"{{actual}}" in capitals reads as shouting: the reader may feel yelled at.',
      marks: '"{{actual}}" reads as exasperation: the reader may feel you are annoyed with them.',
    },
    fixable: true,
    defaultSeverity: 'warning',
  },
  phrases: [],
  extra: shoutedText,
});
