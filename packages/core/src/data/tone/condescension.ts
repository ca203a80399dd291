// Words that judge the reader's skill ("obviously", "simply", "even a child could"). What is obvious to us is
// new to them; these words make people feel slow for asking.
import type { PhraseEntry } from '../../rules/shared/phrase-matcher.js';

const A = "['’]";

/** Steps in an instruction that "just"/"simply" tend to precede ("just click OK"). */
export const INSTRUCTION_VERBS = String.raw`(?:click|tap|press|restart|reboot|log ?(?:in|out|off|on)|sign (?:in|out)|open|close|select|choose|type|enter|run|install|uninstall|reinstall|update|download|upload|unplug|plug|turn|switch|go|follow|read|check|clear|delete|remove|reset|change|copy|paste|drag|save|send|forward|reply|use|try|do|put|set|add|connect|disconnect|look|scroll|hit|accept|allow|make|wait|hold|navigate|visit|search|fill|attach|rename|restore|refresh|reload|empty|enable|disable|ignore|re-?enter|re-?run|re-?try|retry|replace|move|drop|point|find|start|stop|quit|exit|launch|toggle|tick|untick|uncheck|confirm|submit|approve|follow)`;

const SKILL = 'It may be obvious to you but not to them; words like this make people feel slow for asking.';
const DROP = [{ label: 'Leave it out', replacement: '' }] as const;

export const CONDESCENSION: readonly PhraseEntry[] = [
  {
    pattern: String.raw`obviously,?`,
    messageId: 'obvious',
    note: SKILL,
    suggestions: DROP,
    unless: String.raw`\bnot obviously\b`,
  },
  {
    // Sentence adverb ("Clearly, you …", "it's clearly in the guide"), not manner ("clearly labeled").
    pattern: String.raw`(?:(?<=^\s{0,12}|[.!?:;]\s{1,12})clearly,?|(?<=\b(?:is|was|are|were|it${A}s|that${A}s|you${A}re|you) )clearly)(?! (?:labell?ed|marked|visible|written|stated|defined|explain\w*|describ\w*|shows?n?|state\w*|communicat\w*|identif\w*|document\w*|indicat\w*|display\w*|readable|legible|separated|distinguish\w*|see|hear|understand|set out|outlined|worded|signposted|highlighted))`,
    messageId: 'obvious',
    note: SKILL,
    suggestions: DROP,
  },
  {
    // Only in an instruction to the reader: "Just click", "you can just", "then simply"; not "I could just look".
    pattern: String.raw`(?<=(?:^|[.!?:;,(—–-])\s{0,12}|\b(?:and|then|so|please|now|you|you can|can you|can${A}t you|cannot you|you could|could you|you need to|you only need to|you have to|you${A}ll|you will|why not|why don${A}t you|why can${A}t you|why not|all you need to do is|all you have to do is) )(?:just|simply|merely) ${INSTRUCTION_VERBS}`,
    messageId: 'justDoIt',
    note: 'Calling a step "just" or "simply" implies it is trivial; if it were, they would not need help.',
    suggestions: [{ label: 'Drop the minimiser', replacement: '$STEP' }],
    unless: String.raw`\b(?:simply|just) put\b(?!\s+(?:it|the|your|a|them|this))|\b(?:just|simply) (?:go|skip|move|continue|proceed) (?:on |ahead )?to the (?:next|following)\b|\bjust (?:in case|to (?:confirm|check|be sure|be safe|let you know|clarify|follow up)|now|a (?:moment|second|minute|sec|reminder|quick)|as|like|before|after|below|above|once)\b|\b(?:if|whenever|any ?time|feel free)\b.*\b(?:just|simply) (?:reply|respond|call|e-?mail|message|ping|ask|write|drop|reach|text)\b`,
  },
  {
    pattern: String.raw`(?:all )?you (?:just |simply )?(?:need|have|got) to do is(?: just| simply)?`,
    messageId: 'justDoIt',
    note: 'Framing the fix as "all you have to do" implies it is trivial; the reader may not find it so.',
    suggestions: [{ label: 'State the step', replacement: 'the next step is to' }],
  },
  {
    pattern: String.raw`(?:even )?(?:a (?:child|kid|five[- ]year[- ]old|5[- ]year[- ]old|toddler|monkey|caveman)|my (?:grandma|grandmother|granny|gran|mom|mum|nan|kids?|son|daughter|dog|cat)|your grandma|any idiot) (?:could|can|would|knows?|understands?)(?: do| figure| understand| manage)?(?: it| this| that)?`,
    messageId: 'evenAChild',
    note: 'Comparing the reader with a child says their question is silly; no question is too small.',
    suggestions: [{ label: 'Reassure instead', replacement: 'this is a common question, and' }],
  },
  {
    pattern: String.raw`(?:as |since |because )?(?:every(?:one|body)|any(?:one|body)) (?:knows|should know|can see|can tell|understands)(?: that)?`,
    messageId: 'everyoneKnows',
    note: 'Not everyone knows; saying so makes the reader feel left behind.',
    suggestions: [{ label: 'Explain it instead', replacement: 'as it turns out,' }],
    unless: String.raw`\b(?:thank|thanks|appreciate)\b|\b(?:anyone|anybody) (?:can see|can tell) (?:your|the) (?:calendar|file|folder|status|meeting|post|message|document|availability|free\/busy)\b`,
  },
  {
    pattern: String.raw`(?:as )?you (?:should|ought to|must) (?:already |surely )?(?:know|be aware|understand|remember|have known|realise|realize)(?: by now)?`,
    messageId: 'shouldKnow',
    note: 'Saying they should know it already judges them; just explain it.',
    suggestions: [{ label: 'Explain it plainly', replacement: 'it helps to know' }],
    unless: String.raw`\b(?:here is what|what you should know|things you should know|before you begin)\b`,
  },
  {
    pattern: String.raw`surely you (?:know|understand|can see|realise|realize|remember)|I (?:assumed|assume|would have thought|thought|would think) you (?:knew|know|would know|understood|could)|you of all people`,
    messageId: 'shouldKnow',
    note: 'Saying they should know it already judges them; just explain it.',
    suggestions: [{ label: 'Explain it plainly', replacement: 'it helps to know' }],
  },
  {
    pattern: String.raw`(?:it${A}s|it is|this is|this isn${A}t|it isn${A}t|it${A}s really|this really isn${A}t) not (?:exactly )?(?:rocket science|brain surgery|hard|difficult|complicated|that hard|that difficult|that complicated)|(?:it${A}s|it is|this isn${A}t|it isn${A}t) (?:exactly )?(?:rocket science|brain surgery)`,
    messageId: 'notHard',
    note: 'Saying it is easy makes anyone who found it hard feel foolish; what is easy for us was new to them once.',
    suggestions: [{ label: 'Offer help instead', replacement: 'it takes a few steps, and I can walk you through them' }],
  },
  {
    pattern: String.raw`(?:(?:this|that|it)(?:${A}s| is| was) (?:really |pretty |very |super |such )?(?:basic|simple|easy|elementary|beginner|trivial|easy peasy) (?:stuff|things?|computer skills?|IT|computing|knowledge)|basic (?:stuff|computer skills|computing)|(?:a )?no[- ]brainer|common sense|self[- ]explanatory|idiot[- ]proof|fool[- ]proof|for dummies)`,
    messageId: 'basicStuff',
    note: 'Calling it basic judges the reader\'s skill; everyone has different strengths.',
    suggestions: [{ label: 'Drop the judgement', replacement: 'a common question' }],
    unless: String.raw`\b(?:common sense approach|security best practice)\b`,
  },
  {
    pattern: String.raw`let me (?:explain|say|put) (?:it|this|that) (?:again )?(?:slowly|very slowly|in (?:really |very )?simple (?:terms|words) (?:for you|so you (?:can )?understand)|so (?:even )?you (?:can )?understand)|(?:I${A}ll|I will|let me) use (?:small|simple|short) words`,
    messageId: 'talkDown',
    note: 'Announcing that you will explain it slowly talks down to the reader; plain words need no announcement.',
    suggestions: [{ label: 'Just explain', replacement: 'here is how it works' }],
  },
  {
    pattern: String.raw`as (?:anyone|anybody) can (?:clearly |plainly |easily )?see|as is (?:plain|obvious|evident) to (?:anyone|everyone)|needless to say,?|it goes without saying(?: that)?,?`,
    messageId: 'obvious',
    note: SKILL,
    suggestions: DROP,
  },
  {
    pattern: String.raw`(?:(?:this|it|that)(?:${A}s| is) )?(?:so|that|this) (?:hard|difficult|complicated|confusing) for you|how hard (?:can|could|is) (?:it|this|that)(?: really)?(?: be)?`,
    messageId: 'notHard',
    note: 'Wondering aloud why it is hard for them makes them feel foolish; what is easy for us was new to them once.',
  },
  {
    pattern: String.raw`(?:this|that|it)(?:${A}s| is) (?:really |pretty |very |so |super |just )?(?:basic|elementary|trivial)(?=\s*(?:[.!]|$))`,
    messageId: 'basicStuff',
    note: 'Calling it basic judges the reader\'s skill; everyone has different strengths.',
    suggestions: [{ label: 'Drop the judgement', replacement: 'this is a common question' }],
  },
  {
    pattern: String.raw`any (?:competent|reasonable|normal|sensible|half-decent|decent|average|regular) (?:user|person|employee|adult|human|colleague)s? (?:would|could|should|can|knows?)(?: know| understand| see| do)?`,
    messageId: 'shouldKnow',
    note: 'Comparing the reader with a "competent" user judges their skill; just explain it.',
    suggestions: [{ label: 'Explain it plainly', replacement: 'it helps to know' }],
  },
];
