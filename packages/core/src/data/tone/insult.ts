// Name-calling, about the person or their question. Never acceptable, even as a joke.
import type { PhraseEntry } from '../../rules/shared/phrase-matcher.js';

const A = "['’]";
// "there are no stupid questions", "don't feel silly", "you're not dumb": kind uses of the same words.
const NEGATED = String.raw`(?<!\b(?:no|not|never|nothing|isn${A}t|aren${A}t|wasn${A}t|don${A}t feel|didn${A}t feel|no such thing as an?|not at all|not a|never a|no one is|nobody is|no one${A}s|not feel) (?:\w+ )?)`;
// The words themselves are looked for first: the negation lookbehind, tried alone at every word, cost more than the rest.
const negated = (words: string): string => `(?=${words})${NEGATED}${words}`;
// "Probably a silly question on my part, but …", "my stupid mistake": the writer running down their own question.
const OWN_BEFORE = String.raw`(?<!\b(?:my|maybe a|probably a|possibly a|perhaps a|might be a|could be a) (?:\w+ )?)`;
const OWN_AFTER = String.raw`(?! (?:on my part|from my side|from me|of mine|on my end|of my own))`;
const NEVER = 'Insults hurt and end the conversation; describe the situation, never the person.';

export const INSULTS: readonly PhraseEntry[] = [
  {
    pattern: `${OWN_BEFORE}${negated(String.raw`(?:stupid|dumb|silly|idiotic|ridiculous|pointless|lame|moronic) (?:question|request|mistake|thing to do|idea|ticket|email|e-mail|excuse)s?`)}${OWN_AFTER}`,
    messageId: 'insultQuestion',
    note: 'There is no such thing as a silly question; calling it one stops people from asking the next time.',
    suggestions: [{ label: 'Treat it as a fair question', replacement: 'good question' }],
  },
  {
    pattern: negated(String.raw`(?:idiots?|morons?|imbeciles?|dimwits?|numpties|numpty|nitwits?|halfwits?|dunces?|noobs?|n00bs?|newbs?|luddites?|muppets?|lusers?|(?:computer|tech|technically)[- ]illiterate|tech-?(?:un)?savvy-?challenged|technologically challenged|brain-?dead|dumbass|jackass)(?!-proof| proof)`),
    messageId: 'nameCalling',
    note: NEVER,
    suggestions: [{ label: 'Describe the situation', replacement: 'this can trip anyone up' }],
  },
  {
    pattern: negated(String.raw`(?:(?:you${A}re|you are|you${A}re being|you are being|are you|you were|you look|you sound|how) (?:so |really |completely |totally |just |very |a bit |pretty |being )?)(?:stupid|dumb|clueless|incompetent|ignorant|lazy|useless|hopeless|careless|sloppy|pathetic|ridiculous|an? (?:idiot|moron|amateur|joke)|blind|thick|slow|dense)(?! (?:terminal|switch|phone|pipe|client|hub|mode|loading|evaluation|initiali[sz]ation|matrix|format|pack))`),
    messageId: 'nameCalling',
    note: NEVER,
    suggestions: [{ label: 'Describe the situation', replacement: 'this is easy to miss' }],
  },
  {
    pattern: negated(String.raw`(?:that was|that${A}s|that is|this is|it${A}s|what a) (?:so |really |completely |totally |just |pretty )?(?:stupid|dumb|idiotic|pathetic|ridiculous|moronic|absurd)(?=\s*(?:[.!?,;]|$))`),
    messageId: 'nameCalling',
    note: NEVER,
    suggestions: [{ label: 'Describe the situation', replacement: 'this is easy to miss' }],
  },
  {
    pattern: negated(String.raw`(?:clueless|incompetent|useless|lazy|careless|stupid|dumb|ignorant|hopeless|pathetic|idiotic) (?:users?|people|staff|person|colleagues?|customers?|employees?|managers?|bosses?|team|department|accountants?|sales (?:people|team)|end[- ]users?)`),
    messageId: 'nameCalling',
    note: NEVER,
    suggestions: [{ label: 'Describe the situation', replacement: 'people' }],
  },
  {
    pattern: String.raw`what${A}?s wrong with you|are you (?:serious|kidding(?: me)?|joking|for real|blind|stupid|crazy|insane|mad)(?=\s*[?!.]|$)|what were you thinking|have you lost your mind|use your (?:brain|head|eyes)|(?:are|can) you (?:not )?(?:even )?read(?=\s*[?!])`,
    messageId: 'nameCalling',
    note: NEVER,
    suggestions: [{ label: 'Ask what happened', replacement: 'could you tell me a bit more about what happened' }],
  },
  {
    pattern: String.raw`(?<!\b(?:thank|thanks to|all of) )you people(?! who| for)`,
    messageId: 'nameCalling',
    note: NEVER,
    suggestions: [{ label: 'Speak to the person', replacement: 'you' }],
  },
];
