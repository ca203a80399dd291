// Phrases that wave the reader's problem away ("not our problem", "calm down"). To them the problem is real;
// acknowledging it and giving a plan is what calms people down.
import type { PhraseEntry } from '../../rules/shared/phrase-matcher.js';

const A = "['’]";

export const DISMISSIVE: readonly PhraseEntry[] = [
  {
    pattern: String.raw`(?:it${A}s|it is|this is|that${A}s|that is|it${A}s really|it${A}s honestly) (?:really |honestly |truly )?not (?:a|that) big (?:of a )?deal|(?:it${A}s |that${A}s )?no big deal|(?:it${A}s|that${A}s|it is|this is) (?:only|just|merely) a (?:minor|small|tiny|little) (?:issue|problem|glitch|thing|inconvenience)`,
    messageId: 'minimising',
    note: 'What looks small to us can block someone\'s whole day; no issue is too small to take seriously.',
    suggestions: [{ label: 'Acknowledge it', replacement: 'I understand this is getting in your way' }],
    unless: String.raw`\b(?:don${A}t worry|no worries|it${A}s okay|it${A}s ok)\b`,
  },
  {
    pattern: String.raw`(?:(?:(?:(?:it|this|that)${A}s|is|was|are)(?: really| simply| just| honestly)? not|(?:(?:it|this|that) )?(?:isn${A}t|wasn${A}t|aren${A}t)) (?:really )?(?:our|my|IT${A}s|the IT team${A}s|the helpdesk${A}s) (?:problem|issue|concern|job|department|responsibility)|not my (?:job|problem|department|concern)|(?:that|this|it)${A}s (?:a|your) (?:you|personal) problem|sounds like a you problem|(?:that|this|it)${A}s your problem)`,
    messageId: 'notOurProblem',
    note: 'Even when the fix sits elsewhere, the reader needs to know who can help; point them there.',
    suggestions: [{ label: 'Point to who can help', replacement: 'this is handled by another team, and I can put you in touch with them' }],
  },
  {
    pattern: String.raw`(?:it |this |that )?works (?:fine |perfectly |perfectly well |ok |okay )?(?:on|for) my (?:machine|computer|pc|laptop|end|side|device)`,
    messageId: 'worksForMe',
    note: 'It working for us does not help the reader; their problem is still real, so look at what differs on their side.',
    suggestions: [{ label: 'Look at their side', replacement: 'works here, so let us look at what is different on your side' }],
  },
  {
    pattern: String.raw`(?:please )?(?:just )?(?:calm down|relax|chill(?: out)?|settle down|take a chill pill|stop panicking|stop overreacting|don${A}t panic|stop (?:complaining|whining|moaning)|you${A}re overreacting|you are overreacting|no need to (?:shout|panic|get upset|be so dramatic))`,
    messageId: 'calmDown',
    note: 'Being told to calm down rarely calms anyone; naming their frustration and giving a plan does.',
    suggestions: [{ label: 'Acknowledge the frustration', replacement: 'I understand how frustrating this is' }],
    unless: String.raw`\b(?:relax(?:ed|ing)? (?:the|this|a|these) (?:polic|rule|restriction|setting|limit|check|requirement))|\brelax(?:es|ed)?\b.*\b(?:policy|rule|restriction|setting|limit|requirement)s?\b`,
  },
  {
    // "Whatever." as a reply of its own, not "whatever version you use".
    pattern: String.raw`(?<=^\s{0,12}|[.!?]\s{1,12}|\b(?:ok|okay|fine|so),?\s)whatever(?=\s*(?:[.!,;]|$))`,
    messageId: 'whatever',
    note: 'A shrug in writing reads as "I don\'t care"; say what you will do instead.',
    suggestions: [{ label: 'Say what happens next', replacement: 'Either way, I will help you get this working' }],
  },
  {
    pattern: String.raw`(?:you${A}ll (?:just )?have to |you will (?:just )?have to |you (?:just )?have to |you${A}ll need to )?(?:deal|live) with it|get over it|suck it up|tough luck|(?<=^\s{0,12}|[.!?]\s{1,12})too bad(?=\s*[.!]|$)|(?:that|it)${A}s (?:just )?life|it is what it is|(?:that${A}s|that is|it${A}s) (?:just )?(?:how|the way) (?:it is|it goes|things are|it works(?= here)|the cookie crumbles)`,
    messageId: 'dealWithIt',
    note: 'Telling the reader to put up with it leaves them stuck; explain why it works this way and any workaround.',
    suggestions: [{ label: 'Explain and offer a way forward', replacement: 'this is how it works for now, and here is a workaround' }],
  },
  {
    pattern: String.raw`(?:there${A}s|there is) nothing (?:more |else )?(?:I|we) can (?:do|help with)(?: about (?:it|this|that))?|(?:I|we) can${A}t help you(?: with (?:that|this))?(?=\s*[.!]|$)|not (?:much|anything) (?:I|we) can do`,
    messageId: 'nothingToDo',
    note: 'A dead end leaves the reader stuck; say what they can try or who can help.',
    suggestions: [{ label: 'Offer a next step', replacement: 'we cannot change this ourselves, but here is what you can try' }],
    unless: String.raw`\b(?:but|however|instead|here${A}s what|here is what|what you can)\b`,
  },
  {
    pattern: String.raw`(?:no ?one|nobody) else (?:has|is having|${A}s having|has had|has reported|has complained about|complained about|is complaining about) (?:this|that|the same|any)(?: (?:problem|issue|trouble))?|(?:it${A}s|it is) (?:only|just) you(?=\s*[.!,]|$)`,
    messageId: 'onlyYou',
    note: 'Saying nobody else has the problem makes the reader doubt themselves; their problem is real to them.',
    suggestions: [{ label: 'Treat it as real', replacement: 'this looks specific to your setup, so let us look at it together' }],
  },
  {
    pattern: String.raw`(?:your|this|that) (?:issue|problem|request|ticket) (?:is not|isn${A}t) (?:a (?:priority|big deal)|urgent|important|our priority)`,
    messageId: 'minimising',
    note: 'What looks small to us can block someone\'s whole day; say when you will get to it instead.',
    suggestions: [{ label: 'Give a time instead', replacement: 'we will get to your request as soon as we can, and by' }],
  },
  {
    pattern: String.raw`(?:(?:is|was|${A}s)(?: really| simply| just)? not|isn${A}t|wasn${A}t) an? (?:IT|helpdesk|help desk|service desk|tech|technical|support) (?:issue|problem|matter|question)`,
    messageId: 'notOurProblem',
    note: 'Even when the fix sits elsewhere, the reader needs to know who can help; point them there.',
    suggestions: [{ label: 'Point to who can help', replacement: 'is handled by another team, and I can put you in touch with them' }],
    unless: String.raw`\b(?:but|so I|so we|I(?:${A}ve| have) (?:passed|forwarded)|I${A}ll (?:pass|forward)|contact|reach|in touch)\b`,
  },
  {
    pattern: String.raw`(?:talk|speak|go|complain) to (?:your manager|your boss|someone else|HR|facilities|the vendor|them),? not (?:us|me|IT|the helpdesk)`,
    messageId: 'notOurProblem',
    note: 'Sending the reader away without a contact leaves them stuck; give them the name and how to reach them.',
    suggestions: [{ label: 'Point to who can help', replacement: 'the right person for this is your manager, and I am happy to help you explain it to them' }],
  },
  {
    pattern: String.raw`end of (?:story|discussion)|and that${A}s (?:final|that)|no (?:ifs,? )?ands,? or buts|(?<=,\s{0,3})(?:period|full stop)(?=\s*[.!]|$)`,
    messageId: 'dealWithIt',
    note: 'Ending the discussion leaves the reader with no way forward; explain the reason and any alternative.',
    suggestions: [{ label: 'Explain and offer a way forward', replacement: 'here is why, and what we can offer instead' }],
  },
  {
    pattern: String.raw`(?<=^\s{0,12}|[.!?]\s{1,12})nothing (?:more |else )?(?:I|we) can do(?: about (?:it|this|that))?`,
    messageId: 'nothingToDo',
    note: 'A dead end leaves the reader stuck; say what they can try or who can help.',
    suggestions: [{ label: 'Offer a next step', replacement: 'we cannot change this ourselves, but here is what you can try' }],
    unless: String.raw`\b(?:but|however|instead|here${A}s what|here is what|what you can)\b`,
  },
];
