// Bare orders aimed at the reader ("do it now", "stop calling", "don't touch anything"). Instructions are fine;
// ordering people about is not. Technical verbs like "kill the process" or "abort the update" never fire.
import type { PhraseEntry } from '../../rules/shared/phrase-matcher.js';

const A = "['’]";
const ASK = 'An order makes people feel scolded; a polite request with a reason gets the same step done with goodwill.';

export const HARSH_COMMAND: readonly PhraseEntry[] = [
  {
    // Only as an imperative opening the sentence: "you'll get an email immediately" is not an order.
    pattern: String.raw`(?<=^\s{0,12}|[.!?:;]\s{1,12}|\b(?:and|now|just|so),?\s)(?:do|fix|send|answer|reply|respond|call|get|finish|sort)(?: [\w'’-]+){0,3}\s(?:right now|right away|immediately|at once|this instant|asap|now(?=\s*!))|(?:do|fix|sort|finish) (?:it|this|that) now(?=\s*[.!]|$)`,
    messageId: 'doItNow',
    note: ASK,
    suggestions: [{ label: 'Ask and give a reason', replacement: 'could you do this as soon as you can? It will let us' }],
    // "Call us right away if you clicked the link": real urgency with its reason is not an order.
    unless: String.raw`\b(?:please|could you|would you|can you|we will|we${A}ll|I will|I${A}ll|we can|I can|happy to|if|in case|when|so that|because)\b`,
  },
  {
    pattern: String.raw`(?:you need to |you have to |you must |please )?(?:stop|quit) (?:calling|e-?mailing|asking|messaging|pinging|bothering|bugging|touching|nagging|chasing|ringing|escalating|spamming|cc${A}?ing|texting|pestering|interrupting|opening (?:new )?tickets|sending (?:me|us) (?:emails|messages|tickets))(?! (?:the|this|that|an?|its?) (?:api|function|method|endpoint|service|script|command|cmdlet|server))`,
    messageId: 'stopDoing',
    note: ASK,
    suggestions: [{ label: 'Offer a better channel', replacement: 'to get the quickest help, please keep to this ticket rather than' }],
  },
  {
    pattern: String.raw`(?:don${A}t|do not|never) (?:ever )?(?:touch|change|click|do) (?:anything|that|it|this|a thing)(?: (?:again|else|ever again))?(?=\s*(?:[.!,;—–-]|$|until|unless))|(?:don${A}t|do not) (?:you )?dare|never do (?:that|this|it) again`,
    messageId: 'dontTouch',
    note: ASK,
    suggestions: [{ label: 'Ask and give a reason', replacement: 'please leave everything as it is for now, so we can see what happened' }],
    unless: String.raw`\b(?:please|you don${A}t (?:need|have) to|no need to|there${A}s nothing)\b`,
  },
  {
    pattern: String.raw`(?:don${A}t|do not|never) (?:ever )?(?:call|email|e-mail|contact|message|bother|ping|text|ring) (?:me|us|IT|the helpdesk|this team) (?:again|about (?:this|that) again|(?:for|about|with) (?:this|that|things like (?:this|that)))`,
    messageId: 'stopDoing',
    note: ASK,
    suggestions: [{ label: 'Offer a better channel', replacement: 'the quickest way to get help with this is' }],
  },
  {
    pattern: String.raw`(?<=^\s{0,12}|[.!?]\s{1,12})(?:listen(?: to me| carefully| up)?|look)(?=\s*[,!.:])|pay attention(?! to (?:the|any|these|this|those|what appears|prompts|warnings|the prompts))|do (?:as|what) (?:I say|I tell you|I said|you${A}re told|you are told)|(?:I|we) (?:expect|demand|insist that|order) you(?: to)?|I (?:need|want) (?:this|it) (?:done|fixed|sorted) (?:now|immediately|right now|today|ASAP)(?=\s*[.!]|$)`,
    messageId: 'order',
    note: ASK,
    suggestions: [{ label: 'Ask kindly', replacement: 'could you please' }],
  },
  {
    pattern: String.raw`(?<=^\s{0,12}|[.!?:;]\s{1,12}|\b(?:and|so|now|please|just),?\s)(?:just )?(?:google it|look it up(?: yourself)?|figure it out(?: yourself| on your own)?|work it out yourself|go away|leave (?:me|us) alone|hurry up|get (?:it|this) done(?= now|!)|just do it(?=\s*[.!]|$)|do your job)`,
    messageId: 'order',
    note: ASK,
    suggestions: [{ label: 'Offer the next step', replacement: 'here is the next step, and I am happy to help with it' }],
  },
  {
    pattern: String.raw`do (?:as|what) I (?:told you|asked(?: you)?)|you (?:need to|have to|must|should) (?:start )?(?:listen(?:ing)?|pay(?:ing)? attention|read(?:ing)? (?:more )?carefully|follow(?:ing)? (?:the )?instructions)(?=\s*(?:to me|[.!]|$))|(?:fix|do|sort|solve|handle|figure) (?:it|this|that)(?: out)? (?:yourself|on your own)`,
    messageId: 'order',
    note: ASK,
    suggestions: [{ label: 'Offer the next step', replacement: 'here is the next step, and I am happy to help with it' }],
  },
];
