// Flags blame ("your fault", "user error", "you didn't restart the laptop"): people who feel accused get
// defensive and stop telling you what happened. Rewrites describe the state of things, not the person.
import { BLAME, CONDITIONAL_BEFORE } from '../../data/tone/blame.js';
import { BASE_OF_PARTICIPLE, TASK_VERBS, participle } from '../../data/tone/verbs.js';
import type { ParagraphContext, RawFinding, Suggestion } from '../../types.js';
import { primerFor } from '../shared/native-regex.js';
import { sentenceAt } from '../shared/phrase-matcher.js';
import { phraseRule } from './context.js';

const A = "['’]";
const VERB = `(?:${TASK_VERBS.join('|')})`;
const PP = `(?:${[...BASE_OF_PARTICIPLE.keys()].join('|')})`;
const PARTICLE = '(?: (?:in|out|on|off|up|down|back|over))?';
// "You didn't restart", "you haven't restarted", "Didn't you get …?": the step the reader supposedly skipped.
const DIDNT_HEAD = String.raw`you (?:obviously |clearly |apparently |still |just )?(?:didn${A}t|did not) `;
const HAVENT_HEAD = String.raw`you (?:haven${A}t|have not) `;
const QUESTION_HEAD = String.raw`(?:didn${A}t|did not) you `;
const DIDNT = new RegExp(
  // (?=you |did) first: a necessary first word, tested before the lookbehinds, which would otherwise run at every position.
  String.raw`(?=you |did)(?<![\w'’-])${CONDITIONAL_BEFORE}(?:${DIDNT_HEAD}(?:even |actually |just )?(${VERB})(${PARTICLE})|${HAVENT_HEAD}(?:even |yet |actually )?(${PP})(${PARTICLE})|${QUESTION_HEAD}(?:even |actually )?(${VERB}|get|receive|see)(${PARTICLE}))(?![\w'’-])`,
  'giu',
);
const primeDidnt = primerFor([DIDNT]);
// Its source is kilobytes long: a paragraph runs it (and a text compiles it) only when it holds one of its
// openings, a short regex every match of it starts with.
const DIDNT_HEADS = new RegExp(`${DIDNT_HEAD}|${HAVENT_HEAD}|${QUESTION_HEAD}`, 'iu');
const CLAUSE_END = /\s+(?:and|but|so|because|before|after|when|which|or|until|since|as|then|yet|even though|although|though|while)\s|[.,;:!?—–()\n]/i;
const NOT_AN_OBJECT = /^(?:to|in|on|at|for|with|from|into|of|about|yet|again|anything|it|them|him|her|me|us|any|that way|properly|correctly|right|first|enough|as|like)\b/i;

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function rewrites(text: string, start: number, objStart: number, clauseEnd: number, sentenceEnd: number, verb: string): { end: number; suggestions: Suggestion[] } {
  const object = text.slice(objStart, clauseEnd).trim();
  // The clause runs to the end of the sentence: the rewrite may replace the full stop with its own "?".
  const atEnd = /^[.!]*$/.test(text.slice(clauseEnd, sentenceEnd).trim());
  const upper = /[A-Z]/.test(text.charAt(start));
  const fit = (s: string): string => (upper ? cap(s) : s);
  const suggestions: Suggestion[] = [];
  const words = object.split(/\s+/).filter(Boolean);
  const clean = words.length > 0 && words.length <= 8 && !NOT_AN_OBJECT.test(object);
  const plural = clean && /[^su]s$/i.test(words[words.length - 1]!) && !/^[A-Z]/.test(words[words.length - 1]!);
  const [verbBase, ...particle] = verb.split(' ');
  const pp = [participle(verbBase!), ...particle].join(' ');
  // A long clause keeps the span on the phrase itself; the rewrite would have to restate too much.
  if (words.length > 8) return { end: objStart, suggestions: [] };
  const end = atEnd && sentenceEnd > clauseEnd ? sentenceEnd : clauseEnd;
  if (clean) {
    const has = plural ? "haven't" : "hasn't";
    const pronoun = plural ? 'them' : 'it';
    const state = `it looks like ${object} ${has} been ${pp} yet`;
    suggestions.push({ label: 'Describe the state, then ask', replacement: atEnd ? `${fit(state)} — could you ${verb} ${pronoun}?` : fit(state) });
  }
  if (atEnd) suggestions.push({ label: 'Ask instead', replacement: fit(`could you ${verb}${object ? ` ${object}` : ''}?`) });
  return { end, suggestions };
}

function didntSteps(p: ParagraphContext): RawFinding[] {
  const out: RawFinding[] = [];
  if (!DIDNT_HEADS.test(p.text)) return out;
  primeDidnt();
  // exec, not matchAll: matchAll clones the regex per call, and this one's source is kilobytes long.
  DIDNT.lastIndex = 0;
  for (let m = DIDNT.exec(p.text); m; m = DIDNT.exec(p.text)) {
    const start = m.index;
    const question = m[5] !== undefined;
    const sentence = sentenceAt(p.sentences, start);
    const sentenceEnd = sentence ? sentence.end : p.text.length;
    const verbEnd = start + m[0].length;
    if (question) {
      out.push({ start, end: verbEnd, messageId: 'youDidnt', severity: 'warning', suggestions: [{ label: 'Ask openly', replacement: fitCase(m[0], `did you ${m[5]}${m[6] ?? ''}`) }] });
      continue;
    }
    // "This happens if: - You haven't run the wizard": a list of conditions in documentation, not blame.
    // (List markers are blanked in the masked text, so a line that opens with the phrase is such an item.)
    if (p.kind === 'markdown' && /(?:^|\n)[ \t]*$/.test(p.text.slice(Math.max(0, start - 12), start))) continue;
    const base = m[1] ? m[1].toLowerCase() : BASE_OF_PARTICIPLE.get(m[3]!.toLowerCase())!;
    const verb = `${base}${(m[2] ?? m[4] ?? '').toLowerCase()}`;
    const rest = p.text.slice(verbEnd, sentenceEnd);
    const cut = CLAUSE_END.exec(rest);
    const clauseEnd = verbEnd + (cut ? cut.index : rest.length);
    const { end, suggestions } = rewrites(p.text, start, verbEnd, clauseEnd, sentenceEnd, verb);
    out.push({ start, end, messageId: 'youDidnt', suggestions });
  }
  return out;
}

function fitCase(matched: string, replacement: string): string {
  return /^[A-Z]/.test(matched) ? cap(replacement) : replacement;
}

export const blame = phraseRule({
  meta: {
    id: 'tone/blame',
    category: 'tone',
    description: 'Flags blame aimed at the reader, such as "your fault", "user error", "you broke it" or "you didn\'t restart".',
    why: 'Blame makes people defensive and less likely to tell you what really happened; describe the cause, not the culprit.',
    messages: {
      fault: '"{{actual}}" puts the blame on the reader: they will feel accused and get defensive.',
      userError: '"{{actual}}" blames the person: they may feel foolish and stop asking for help.',
      mockingLabel: '"{{actual}}" is an insider joke at the user\'s expense: they will feel mocked if they see it.',
      youBroke: '"{{actual}}" accuses the reader of breaking it: they will feel blamed.',
      mustHave: '"{{actual}}" guesses what the reader did wrong: it reads as an accusation.',
      failedTo: '"{{actual}}" points at the reader\'s failure: they may feel careless.',
      didItWrong: '"{{actual}}" tells the reader they did it wrong: they may feel judged.',
      whyDidYou: '"{{actual}}" puts the reader on trial: they will feel they have to defend themselves.',
      youDidnt: '"{{actual}}" points at what the reader did not do: they may feel blamed rather than helped.',
      shouldHave: '"{{actual}}" is hindsight about the reader\'s mistake: they will feel scolded.',
    },
    fixable: true,
    defaultSeverity: 'warning',
  },
  phrases: BLAME.map((e) => (['fault', 'userError', 'mockingLabel', 'youBroke'].includes(e.messageId) && !e.severity ? { ...e, severity: 'error' as const } : e)),
  milderInQuestions: true,
  questionForms: ['whyDidYou'],
  extra: didntSteps,
  refine(f, p) {
    if (!f.suggestions?.some((s) => s.replacement.includes('$PP'))) return f;
    const pp = p.text.slice(f.start, f.end).replace(/^you should(?:['’]ve| have)\s+/i, '');
    const upper = /^[A-Z]/.test(p.text.charAt(f.start));
    return { ...f, suggestions: f.suggestions.map((s) => ({ ...s, replacement: (upper ? cap : String)(s.replacement.replace('$PP', pp)) })) };
  },
});
