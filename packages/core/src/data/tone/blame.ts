// Phrases that pin a problem on the reader ("your fault", "user error"). The "you didn't <step>" pattern is
// built in rules/tone/blame.ts from the task verbs in ./verbs.ts, so its rewrite can keep the whole object.
import type { PhraseEntry } from '../../rules/shared/phrase-matcher.js';
import { BASE_OF_PARTICIPLE } from './verbs.js';

const A = "['’]";
// "If you didn't …", "in case you …": a condition, not an accusation.
export const CONDITIONAL_BEFORE = String.raw`(?<!\b(?:if|when|whether|unless|in case|once|until|after|before|worry if|sure|so that|where|that way|even if|what if|why|which|who|whom|whose) )`;

const PARTICIPLES = `(?:${[...BASE_OF_PARTICIPLE.keys()].join('|')})`;
const NO_FAULT = 'Blame makes people defensive and less likely to tell you what really happened; explain the cause instead.';

export const BLAME: readonly PhraseEntry[] = [
  {
    pattern: String.raw`(?:it${A}s|it is|this is|that${A}s|that is|it was|this was|that was) (?:all |entirely |totally |completely |clearly |really |obviously )?your (?:own )?fault`,
    messageId: 'fault',
    note: NO_FAULT,
    suggestions: [
      { label: 'Explain the cause', replacement: 'this can happen to anyone' },
      { label: 'Move to the fix', replacement: 'here is what caused it' },
    ],
  },
  {
    pattern: String.raw`(?:(?:it|this|that) (?:is|was|${A}s) (?:just |simply |clearly |obviously |definitely )?(?:a |an )?|(?:a |an |the |classic |typical |simple )?)(?:user|operator) error(?! (?:message|code|log|event|dialog|page|handling|reporting|rate|occurred|occurs|appears|is (?:returned|displayed|logged)))`,
    messageId: 'userError',
    note: 'Calling it a user error blames the person; naming the situation that causes it helps them avoid it.',
    suggestions: [{ label: 'Name the cause', replacement: 'this happens when a setting is changed by accident' }],
    unless: String.raw`\b(?:error (?:says|reads|shows)|message)\b`,
  },
  {
    pattern: String.raw`pebkac|pebcak|id-?10-?t(?: error)?|layer[- ]8 (?:issue|problem|error)|(?:problem|issue) (?:exists |is |was |sits )?between (?:the )?(?:keyboard and (?:the )?chair|chair and (?:the )?keyboard)`,
    messageId: 'mockingLabel',
    note: 'Insider jokes about "the user" mock the person you are helping; they will hear the contempt.',
    suggestions: [{ label: 'Describe what happened', replacement: 'a setting that is easy to miss' }],
  },
  {
    pattern: String.raw`${CONDITIONAL_BEFORE}you (?:broke|${A}ve broken|have broken|messed up|${A}ve messed up|screwed up|${A}ve screwed up|corrupted|wrecked|ruined|caused)`,
    messageId: 'youBroke',
    note: NO_FAULT,
    suggestions: [{ label: 'Describe what happened', replacement: 'something happened to' }],
    unless: String.raw`\byou (?:broke|caused) (?:nothing|no )`,
  },
  {
    pattern: String.raw`${CONDITIONAL_BEFORE}you must (?:have|${A}ve) (?:accidentally |somehow |probably |mistakenly )?(?:deleted|changed|removed|moved|clicked|unplugged|disabled|turned off|uninstalled|overwritten|renamed|reset|broken|done something|pressed|dragged|typed|entered|installed|downloaded|opened|forgotten|missed|ignored|skipped|lost|mistyped|messed)`,
    messageId: 'mustHave',
    note: 'Guessing what the reader did wrong sounds like an accusation; describe what you see instead.',
    suggestions: [{ label: 'Describe what you see', replacement: 'it looks like something' }],
    unless: String.raw`\b(?:to (?:apply|install|use|run|complete|perform|enable|access|upgrade|deploy|configure)|before (?:you|installing|running|applying)|in order to|prerequisite|requirement|required)\b`,
  },
  {
    pattern: String.raw`${CONDITIONAL_BEFORE}you (?:forgot|neglected|failed|omitted) to`,
    messageId: 'failedTo',
    note: NO_FAULT,
    suggestions: [
      { label: 'Assume good intent', replacement: "it looks like you didn't get a chance to" },
      { label: 'Ask instead', replacement: 'could you also' },
    ],
  },
  {
    pattern: String.raw`${CONDITIONAL_BEFORE}you (?:did|${A}re doing|are doing|have done|${A}ve done) (?:it|this|that|everything|something) (?:wrong|incorrectly|the wrong way)`,
    messageId: 'didItWrong',
    note: NO_FAULT,
    suggestions: [{ label: 'Describe the step', replacement: 'one step needs a small change' }],
  },
  {
    pattern: String.raw`(?:this|that|it|the (?:problem|issue|outage|error|crash)) (?:is|was|happened|occurred) (?:all |entirely )?(?:because of you|thanks to you|on you|your doing)`,
    messageId: 'fault',
    note: NO_FAULT,
    suggestions: [{ label: 'Explain the cause', replacement: 'this happened because of a setting we can fix' }],
  },
  {
    pattern: String.raw`(?:it${A}s|it is|this is|that${A}s|that is|that was|it was) your (?:own )?(?:mistake|doing|problem to fix)`,
    messageId: 'fault',
    note: NO_FAULT,
    suggestions: [{ label: 'Explain the cause', replacement: 'this is an easy mistake to make' }],
  },
  {
    pattern: String.raw`why (?:did|would) you (?:ever |even )?(?:delete|change|remove|move|click|unplug|disable|turn off|uninstall|overwrite|rename|reset|install|download|open|ignore|do that|do this|touch)`,
    messageId: 'whyDidYou',
    note: 'A "why did you" question puts the reader on trial; ask what happened instead.',
    suggestions: [{ label: 'Ask what happened', replacement: 'could you tell me what happened before you' }],
  },
  {
    pattern: String.raw`why (?:didn${A}t|did not|haven${A}t|have not) you(?: just)?`,
    messageId: 'whyDidYou',
    note: 'A "why didn\'t you" question puts the reader on trial; ask what happened instead.',
    suggestions: [{ label: 'Ask instead', replacement: 'could you' }],
  },
  {
    pattern: String.raw`${CONDITIONAL_BEFORE}you should(?:${A}ve| have) ${PARTICIPLES}`,
    messageId: 'shouldHave',
    note: 'Hindsight about what the reader should have done helps nobody now; say what to do next time instead.',
    suggestions: [{ label: 'Look ahead', replacement: 'for next time, it helps to have $PP' }],
  },
  {
    pattern: String.raw`${CONDITIONAL_BEFORE}you (?:shouldn${A}t|should not) have ${PARTICIPLES}`,
    messageId: 'shouldHave',
    note: 'Hindsight about what the reader should not have done helps nobody now; explain the safe way instead.',
  },
  {
    pattern: String.raw`${CONDITIONAL_BEFORE}you (?:were|are|${A}re) (?:supposed|meant) to`,
    messageId: 'failedTo',
    note: NO_FAULT,
    suggestions: [{ label: 'Describe the next step', replacement: 'the next step is to' }],
  },
];
