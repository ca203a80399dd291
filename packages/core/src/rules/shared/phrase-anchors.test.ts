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
import { type Needs, phraseNeeds } from './phrase-anchors.js';
import { randomSource, sampleOf } from './regex-sampler.js';
import { mayHold, type WordNeeds } from './word-prefilter.js';

const TABLES = { ABSOLUTES, BAD_INTENT, BLAME, CONDESCENSION, CONTRADICTION, DISMISSIVE, HARSH_COMMAND, IMPATIENCE, INSULTS };
const PATTERNS = Object.values(TABLES).flatMap((t) => t.map((e) => e.pattern));

const encoded = (alternatives: readonly Needs[]): WordNeeds[] => alternatives.map((needs) => needs.map((n) => n.map((a) => (a.open ? `${a.word}+` : a.word))));
/** The needs as text: alternatives split by " ; ", needs by " & ", words by spaces. */
const described = (pattern: string): string => encoded(phraseNeeds(pattern)).map((needs) => needs.map((n) => n.join(' ')).join(' & ')).join(' ; ');
const matcherFor = (pattern: string): RegExp => new RegExp(`(?<![\\w'’-])(?=\\S)(?:${pattern})(?![\\w'’-])`, 'giu');

/** Texts around a sample: at the edges, between words, in quotes, after a comma. */
const contexts = (s: string): string[] => [s, `Well, ${s}.`, `so ${s} now`, `"${s}"`, `(${s})`, `${s}!! ok`];

/** Every text the phrase matches in must hold the words the prefilter asks for. */
function expectSound(pattern: string, texts: readonly string[]): number {
  const re = matcherFor(pattern);
  const needs = encoded(phraseNeeds(pattern));
  let matched = 0;
  for (const text of texts) {
    re.lastIndex = 0;
    if (!re.test(text)) continue;
    matched++;
    if (!mayHold(paragraphWords(text), needs)) expect.fail(`/${pattern}/ matches ${JSON.stringify(text)}, yet the prefilter (${described(pattern)}) would skip it`);
  }
  return matched;
}

/** Whether the prefilter lets a paragraph with `text` through to the phrase's regex. */
const keeps = (pattern: string, text: string): boolean => mayHold(paragraphWords(text), encoded(phraseNeeds(pattern)));

function samples(pattern: string, n: number, seed: number): string[] {
  const random = randomSource(seed);
  return Array.from({ length: n }, () => sampleOf(pattern, random)).flatMap(contexts);
}

describe('phraseNeeds', () => {
  it('asks for whole words, the rarest first', () => {
    expect(described('you (?:forgot|neglected) to')).toBe('forgot neglected & you & to');
    expect(described('per my (?:last|previous) e-?mail')).toBe('per & email & last previous ; per & mail & last previous');
    expect(keeps('per my (?:last|previous) e-?mail', 'Per my previous e-mail, the link works.')).toBe(true);
    expect(keeps('per my (?:last|previous) e-?mail', 'See my previous mail.')).toBe(false);
  });

  it('knows a word with an optional ending as each of its forms', () => {
    expect(described('idiots?')).toBe('idiot idiots');
    expect(described('apologi[sz]e')).toBe('apologise apologize');
    expect(keeps('read(?:ing)? the manual', 'Reading the manual helps.')).toBe(true);
    expect(keeps('read(?:ing)? the manual', 'Readers of the manual')).toBe(false);
  });

  it('reads an optional hyphen as one word or two', () => {
    expect(described('e-?mail')).toBe('email ; mail & e');
    expect(expectSound('e-?mail', ['email', 'e-mail', 'E-Mail me', 'e mail'])).toBe(3);
  });

  it('does not ask for optional words or empty-able branches', () => {
    const told = "(?:I|we)(?:['’]ve| have)? (?:already )?told you";
    for (const text of ['I told you.', "We've told you", 'I have already told you']) expect(keeps(told, text), text).toBe(true);
    expect(keeps(told, 'I already told him')).toBe(false);
    const needTo = '(?:all )?you (?:just |simply )?(?:need|have|got) to do is';
    for (const text of ['All you need to do is wait.', 'you simply have to do is', 'You got to do is']) expect(keeps(needTo, text), text).toBe(true);
    expect(keeps(needTo, 'You need to wait.')).toBe(false);
    expect(described('(?:|please )stop (?:it|this)?')).toBe('stop');
    expect(described('(?:you )*stop')).toBe('stop');
  });

  it('splits words at apostrophes and hyphens, as the paragraph words are split', () => {
    expect(described("don['’]t panic")).toBe('don & panic & t');
    expect(keeps("don['’]t panic", 'Don’t panic.')).toBe(true);
    expect(keeps("you['’]re (?:so )?wrong", "You're so wrong")).toBe(true);
    expect(described('half-decent')).toBe('half & decent');
  });

  it('keeps the words of each kind of match apart, so common words in one do not water down the other', () => {
    expect(described('thanks for nothing|gee,? thanks')).toBe('thanks & nothing & for ; gee & thanks');
    expect(described('(?:(?:x|y) (?:zed(?:w)?))|abc')).toBe('abc ; zed zedw & x y');
  });

  it('ignores lookarounds: their words may lie outside the match', () => {
    expect(described('(?<=please )stop(?= now)')).toBe('stop');
    expect(described('(?!stop)(?:go|run) away')).toBe('away & go run');
  });

  it('uses word starts for open endings, and nothing for what could be any word', () => {
    expect(described('explain\\w*')).toBe('explain+');
    expect(described('read the (?:f\\w* )?manual')).toBe('read & manual & the');
    expect(described('\\w+')).toBe('');
    expect(described('a\\w*')).toBe('');
    expect(described('stupid \\w+')).toBe('stupid');
    expect(described('\\S+ wrong')).toBe('wrong');
    expect(described('\\S+wrong')).toBe('');
  });

  it('asks for nothing when the pattern may match no word or is beyond its grammar', () => {
    expect(described('[!?]+')).toBe('');
    expect(described('(?:yes)?')).toBe('');
    expect(described('(?i:yes)')).toBe('');
  });

  it('is sound on tricky patterns, checked on random matches', () => {
    const tricky = [
      'idiots?',
      'e-?mail',
      '(?:I|we)[\'’]?(?:ve| have)? (?:already )?(?:told|explained|said) (?:you |this |that |it )*(?:this |that |it )?(?:already|before|twice)',
      '(?:re-?read|read|look at) my (?:previous|last) (?:e-?mail|message)(?: again)?',
      'id-?10-?t(?: error)?|layer[- ]8 (?:issue|problem)',
      '(?:do|fix)(?: [\\w\'’-]+){0,3}\\s(?:right now|asap)',
      'for the (?:second|\\d+(?:st|nd|rd|th)) time',
      'you (?:clearly |obviously )?(?:don[\'’]t|do not) (?:understand|get it)',
      '(?:a|)b(?:c|) d',
      '(?:(?:x|y)(?:z(?:w)?)?)+ end',
      'what[\'’]?s wrong with you',
      '[a-c]{2,3}x|\\d{1,2}[.)] go',
    ];
    tricky.forEach((p, k) => expect(expectSound(p, samples(p, 300, k + 1))).toBeGreaterThan(0));
  });

  it('is sound on every phrase of every tone table, checked on random matches', () => {
    let matched = 0;
    PATTERNS.forEach((p, k) => (matched += expectSound(p, samples(p, 120, 1000 + k))));
    expect(matched).toBeGreaterThan(PATTERNS.length * 100);
  });

  it('finds words for every phrase of the tone tables (a phrase without any runs on every paragraph)', () => {
    expect(PATTERNS.filter((p) => !phraseNeeds(p).length)).toEqual([]);
  });
});
