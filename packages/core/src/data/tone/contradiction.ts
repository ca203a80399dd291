// Flat contradictions ("you're wrong", "that's not how it works"). People sometimes need to hear they are
// mistaken, but it lands better when you acknowledge their view and then explain what is really happening.
import type { PhraseEntry } from '../../rules/shared/phrase-matcher.js';

const A = "['’]";
const KINDLY = 'Correct kindly but firmly: acknowledge what they saw, then explain what is really happening.';
const EXPLAIN = [
  { label: 'Acknowledge, then explain', replacement: 'I can see why it looks that way, but' },
  { label: 'Explain what is happening', replacement: 'I can see why it looks that way; let me explain what is happening' },
] as const;

export const CONTRADICTION: readonly PhraseEntry[] = [
  {
    pattern: String.raw`(?:you${A}re|you are|you were|you${A}ve got it|you have got it|you have it|you got it|you${A}re completely|you${A}re totally|you${A}re just|you are simply) (?:completely |totally |simply |just |absolutely |dead |flat )?(?:wrong|mistaken|incorrect)(?! (?:to worry|to be (?:worried|concerned)|number|password|credentials))`,
    messageId: 'youreWrong',
    note: KINDLY,
    suggestions: [
      { label: 'Acknowledge, then explain', replacement: 'I can see why it looks that way, but' },
      { label: 'Explain instead', replacement: 'here is what is actually happening:' },
    ],
    unless: String.raw`\b(?:if|unless|whether) you${A}?(?:re| are) (?:wrong|mistaken)\b|\bnot (?:wrong|mistaken) to\b`,
  },
  {
    pattern: String.raw`(?<=^\s{0,12}|[.!?;:,]\s{1,12}|\b(?:no|nope|sorry|actually|but|well),?\s)(?:that${A}s|that is|this is|it${A}s|it is|what you (?:said|wrote|describe) is) (?:just |simply |completely |totally |absolutely |flat(?:ly)? |plain |100% )?(?:wrong|incorrect|not true|untrue|false|nonsense|not correct|not right|not the case|rubbish|not what happened)(?=\s*(?:[.!,;:—–-]|$))`,
    messageId: 'thatsWrong',
    note: KINDLY,
    suggestions: EXPLAIN,
  },
  {
    pattern: String.raw`(?:that${A}s|that is|this is|it${A}s|it is) (?:just |simply )?not how (?:it|this|that|things?|\w+) works?|(?:that|it) (?:doesn${A}t|does not|won${A}t|will not) work (?:like|that way) (?:that|at all)?|that makes no sense(?! to me)|that (?:doesn${A}t|does not) make (?:any )?sense(?! to me)`,
    messageId: 'notHowItWorks',
    note: KINDLY,
    suggestions: [{ label: 'Explain how it works', replacement: 'it works a little differently, and here is how' }],
    unless: String.raw`\b(?:if|unless|whether)\b`,
  },
  {
    pattern: String.raw`(?<=^\s{0,12}|[.!?]\s{1,12})(?:(?:nope|wrong)(?=\s*[.!])|no(?=\s*!))`,
    messageId: 'flatNo',
    note: KINDLY,
    suggestions: [{ label: 'Soften the opening', replacement: 'I see why it looks that way' }],
  },
  {
    pattern: String.raw`you (?:clearly |obviously |just |simply )?(?:don${A}t|do not|didn${A}t|did not) (?:understand|get it|get how|know what you${A}re talking about|know what you are talking about)|you (?:clearly |obviously )?misunderstood|you${A}ve misunderstood|you have misunderstood|you${A}re confused|you are confused|you${A}re not listening|you are not listening`,
    messageId: 'youreWrong',
    note: KINDLY,
    suggestions: [{ label: 'Take the blame off', replacement: 'I may not have explained this well' }],
    unless: String.raw`\b(?:if|whether|in case|sorry if|let me know if|worry if)\b`,
  },
];
