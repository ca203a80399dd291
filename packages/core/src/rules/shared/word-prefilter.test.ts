import { describe, expect, it } from 'vitest';
import { ABSOLUTES } from '../../data/tone/absolutes.js';
import { BAD_INTENT } from '../../data/tone/bad-intent.js';
import { BLAME } from '../../data/tone/blame.js';
import { CONDESCENSION } from '../../data/tone/condescension.js';
import { CONTRADICTION } from '../../data/tone/contradiction.js';
import { DISMISSIVE } from '../../data/tone/dismissive.js';
import { HARSH_COMMAND } from '../../data/tone/harsh-command.js';
import { IMPATIENCE } from '../../data/tone/impatience.js';
import { INSULTS } from '../../data/tone/insult.js';
import { paragraphWords } from './paragraph-words.js';
import { randomSource, sampleOf } from './regex-sampler.js';
import { type WordNeeds, holdsAll, patternNeeds } from './word-prefilter.js';

/**
 * Whether `words` may hold a match that needs `kinds` (none: always): what phrase-matcher.ts's word index decides
 * for an entry, stated plainly for these tests.
 */
const mayHold = (words: ReadonlySet<string>, kinds: readonly WordNeeds[]): boolean => !kinds.length || kinds.some((needs) => holdsAll(words, needs));

const TABLES = { ABSOLUTES, BAD_INTENT, BLAME, CONDESCENSION, CONTRADICTION, DISMISSIVE, HARSH_COMMAND, IMPATIENCE, INSULTS };
const PATTERNS = Object.values(TABLES).flatMap((t) => t.map((e) => e.pattern));

/** The needs as text: kinds of match split by " ; ", needs by " & ", words by spaces. */
const described = (pattern: string): string => patternNeeds(pattern).map((needs) => needs.map((n) => n.join(' ')).join(' & ')).join(' ; ');
/** Whether the prefilter lets a paragraph with `text` through to the phrase's regex. */
const keeps = (pattern: string, text: string): boolean => mayHold(paragraphWords(text), patternNeeds(pattern));
const matcherFor = (pattern: string): RegExp => new RegExp(`(?<![\\w'’-])(?=\\S)(?:${pattern})(?![\\w'’-])`, 'giu');

/** Texts around a sample: at the edges, between words, in quotes, after a comma. */
const contexts = (s: string): string[] => [s, `Well, ${s}.`, `so ${s} now`, `"${s}"`, `(${s})`, `${s}!! ok`];

/** Every text the phrase matches in must hold the words the prefilter asks for; returns how many matched. */
function expectSound(pattern: string, texts: readonly string[]): number {
  const re = matcherFor(pattern);
  const needs = patternNeeds(pattern);
  let matched = 0;
  for (const text of texts) {
    re.lastIndex = 0;
    if (!re.test(text)) continue;
    matched++;
    if (!mayHold(paragraphWords(text), needs)) expect.fail(`/${pattern}/ matches ${JSON.stringify(text)}, yet the prefilter (${described(pattern)}) would skip it`);
  }
  return matched;
}

function samples(pattern: string, n: number, seed: number): string[] {
  const random = randomSource(seed);
  return Array.from({ length: n }, () => sampleOf(pattern, random)).flatMap(contexts);
}

describe('patternNeeds', () => {
  it('asks for whole words, the rarest first', () => {
    expect(described('you (?:forgot|neglected) to')).toBe('forgot neglected & to & you');
    expect(described('per my (?:last|previous) e-?mail')).toBe('per & last previous & my');
    expect(keeps('per my (?:last|previous) e-?mail', 'Per my previous e-mail, the link works.')).toBe(true);
    expect(keeps('per my (?:last|previous) e-?mail', 'See my previous mail.')).toBe(false);
  });

  it('takes a word with an optional or unknown ending as a word start', () => {
    expect(described('idiots?')).toBe('idiot+');
    expect(described('apologi[sz]e')).toBe('apologi+');
    expect(described('explain\\w*')).toBe('explain+');
    expect(keeps('read(?:ing)? the manual', 'Reading the manual helps.')).toBe(true);
    expect(keeps('read(?:ing)? the manual', 'Readers of the guide')).toBe(false);
  });

  it('does not ask for optional words or words glued to optional parts', () => {
    const told = "(?:I|we)(?:['’]ve| have)? (?:already )?told you";
    for (const text of ['I told you.', "We've told you", 'I have already told you']) expect(keeps(told, text), text).toBe(true);
    expect(keeps(told, 'I already told him')).toBe(false);
    const needTo = '(?:all )?you (?:just |simply )?(?:need|have|got) to do is';
    for (const text of ['All you need to do is wait.', 'you simply have to do is', 'You got to do is']) expect(keeps(needTo, text), text).toBe(true);
    expect(keeps(needTo, 'You need to wait.')).toBe(false);
    expect(described('(?:|please )stop (?:it|this)?')).toBe('stop');
    expect(described('e-?mail')).toBe('');
    expect(described('tech-?(?:un)?savvy')).toBe('tech+');
  });

  it('splits words at apostrophes and hyphens, as the paragraph words are split', () => {
    expect(described("don['’]t panic")).toBe('don & panic & t');
    expect(keeps("don['’]t panic", 'Don’t panic.')).toBe(true);
    expect(keeps("you['’]re (?:so )?wrong", "You're so wrong")).toBe(true);
    expect(described('half-decent')).toBe('half & decent');
  });

  it('reads each branch of the pattern (or of one group around it) as its own kind of match', () => {
    expect(described('thanks for nothing|gee,? thanks')).toBe('thanks & for & nothing ; gee & thanks');
    expect(described('(?:(?:x|y) (?:zed|zap)|abc)')).toBe('zed zap & x y ; abc');
    expect(described('(?:as|like) I (?:said|told you|(?:mentioned|stated) (?:before|earlier))(?: before| earlier)?')).toBe('said told mentioned stated & i & as like');
  });

  it('ignores lookarounds and zero-width checks: their words may lie outside the match', () => {
    expect(described('(?<=please )stop(?= now)')).toBe('stop');
    expect(described('(?!stop)(?:go|run) away\\b')).toBe('away & go run');
    expect(described('(?<!\\b(?:if|when) )you (?:forgot|failed) to(?= (?:a|b))')).toBe('forgot failed & to & you');
  });

  it('asks for nothing when any kind of match may lack words it can be sure of', () => {
    expect(described('\\w+')).toBe('');
    expect(described('stupid \\w+')).toBe('stupid');
    expect(described('\\S+ wrong')).toBe('wrong');
    expect(described('\\S+wrong')).toBe('');
    expect(described('[!?]+')).toBe('');
    expect(described('(?:yes)?')).toBe('');
    expect(described('yes|\\d+')).toBe('');
    expect(described('[a-z]+ day')).toBe('day');
    expect(described('[!-~]day')).toBe('');
  });

  it('takes escapes of word characters as anything, with what they hold', () => {
    expect(described('don\\u2019t panic')).toBe('panic & don+');
    expect(described('\\u{1F600} smile|\\p{L} smile')).toBe('smile ; smile');
    expect(described('x\\x41y z|(a)\\1 z|(?<n>b)\\k<n> z')).toBe('z ; z ; z');
    expect(described('\\d{1,2}[.)] go')).toBe('go');
  });

  it('is sound on tricky patterns, checked on random matches', () => {
    const tricky = [
      'idiots?',
      'e-?mail',
      "(?:I|we)['’]?(?:ve| have)? (?:already )?(?:told|explained|said) (?:you |this |that |it )*(?:this |that |it )?(?:already|before|twice)",
      '(?:re-?read|read|look at) my (?:previous|last) (?:e-?mail|message)(?: again)?',
      'id-?10-?t(?: error)?|layer[- ]8 (?:issue|problem)',
      "(?:do|fix)(?: [\\w'’-]+){0,3}\\s(?:right now|asap)",
      'for the (?:second|\\d+(?:st|nd|rd|th)) time',
      "you (?:clearly |obviously )?(?:don['’]t|do not) (?:understand|get it)",
      '(?:a|)b(?:c|) d',
      '(?:(?:x|y)(?:z(?:w)?)?)+ end',
      "what['’]?s wrong with you",
      '[a-c]{2,3}x|\\d{1,2}[.)] go',
      '(?:so |very )*(?:hard|easy)(?: stuff)? for you',
      'x(?: y)?(?:z )?w',
    ];
    tricky.forEach((p, k) => expect(expectSound(p, samples(p, 300, k + 1)), p).toBeGreaterThan(0));
  });

  it('is sound on every phrase of every tone table, checked on random matches', () => {
    let matched = 0;
    PATTERNS.forEach((p, k) => (matched += expectSound(p, samples(p, 150, 1000 + k))));
    expect(matched).toBeGreaterThan(PATTERNS.length * 100);
  });

  it('finds words for nearly every phrase of the tone tables (a phrase without any runs on every paragraph)', () => {
    // Keep this list short: each phrase on it is compiled and run on every paragraph.
    expect(PATTERNS.filter((p) => !patternNeeds(p).length).map((p) => p.slice(0, 40))).toEqual([]);
  });
});

describe('holdsAll and mayHold', () => {
  const words = new Set(['you', 'idiots', 'told']);
  it('need a word from each set of some kind of match; "+" marks a word start', () => {
    expect(holdsAll(words, [['told', 'said'], ['idiot+']])).toBe(true);
    expect(holdsAll(words, [['told'], ['moron+']])).toBe(false);
    expect(holdsAll(words, [])).toBe(true);
    expect(mayHold(words, [[['moron+']], [['told'], ['you']]])).toBe(true);
    expect(mayHold(words, [[['moron+']], [['told'], ['me']]])).toBe(false);
    expect(mayHold(words, [])).toBe(true);
  });
});
