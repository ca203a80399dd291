// Phrases that tell the reader the writer is tired of them. Each entry: the phrase, why it stings, kinder words.
import type { PhraseEntry } from '../../rules/shared/phrase-matcher.js';

const A = "['’]"; // straight or curly apostrophe

const ALREADY_SAID = 'Pointing out that you said it before makes the reader feel slow; saying it again kindly helps them.';
const RECAP = [
  { label: 'Restate it kindly', replacement: 'To recap' },
  { label: 'Offer it as a reminder', replacement: 'Just as a quick reminder' },
] as const;

export const IMPATIENCE: readonly PhraseEntry[] = [
  {
    pattern: String.raw`as (?:I|we) (?:have |had )?(?:already|previously) (?:said|stated|told you|explained|mentioned|noted|pointed out|advised)`,
    messageId: 'alreadySaid',
    note: ALREADY_SAID,
    suggestions: RECAP,
  },
  {
    pattern: String.raw`(?:as|like) I (?:said|told you|(?:mentioned|explained|stated) (?:before|earlier|already|previously|several times|many times|twice))(?: before| earlier| already)?`,
    messageId: 'alreadySaid',
    note: ALREADY_SAID,
    suggestions: [RECAP[0]],
    unless: String.raw`\b(?:as I said I would|like I said I would|as I told you I would)\b`,
  },
  {
    pattern: String.raw`as (?:you were|you${A}ve been|you have been) (?:already |previously )?(?:told|advised|informed)`,
    messageId: 'alreadySaid',
    note: ALREADY_SAID,
    suggestions: [{ label: 'Restate it kindly', replacement: 'To recap' }],
  },
  {
    pattern: String.raw`as (?:stated|mentioned|noted|explained|outlined) in my (?:last|previous|earlier|prior) (?:e-?mail|message|reply|note|response)`,
    messageId: 'perMyLast',
    note: 'Pointing back at an earlier message reads as irritation; people miss messages, and a fresh summary helps more.',
    suggestions: [{ label: 'Summarise instead', replacement: 'To bring the details together here' }],
  },
  {
    pattern: String.raw`per my (?:last|previous|earlier|prior) (?:e-?mail|message|reply|note|response)`,
    messageId: 'perMyLast',
    note: 'This phrase is widely read as irritation; people miss messages, and a fresh summary helps more.',
    suggestions: [{ label: 'Summarise instead', replacement: 'To bring the details together here' }],
  },
  {
    pattern: String.raw`for the (?:second|third|fourth|fifth|last|umpteenth|hundredth|\d+(?:st|nd|rd|th)) time`,
    messageId: 'countingRepeats',
    note: 'Counting how often you had to explain something blames the reader; everyone needs repeats sometimes.',
    suggestions: [{ label: 'Drop the count', replacement: 'once more' }],
    // "The update failed for the third time": counting events, not the reader's repeats.
    unless: String.raw`\b(?:happened|happens|failed|fails|crashed|crashes|occurred|occurs|rebooted|reboots|restarted|restarts|tried|attempted|started|starts|ran|runs|jammed|froze|freezes|dropped|disconnected|stopped|broke|appears|appeared|signed in|logged in|opened|connected|shows|showed|prompted|asked for)\b`,
  },
  {
    pattern: String.raw`how many (?:more )?times (?:do|did|must|have) (?:I|we) (?:have to |need to |got to )?(?:tell|explain|say|ask|repeat|remind)`,
    messageId: 'countingRepeats',
    note: 'Counting how often you had to explain something blames the reader; everyone needs repeats sometimes.',
    suggestions: [{ label: 'Explain it once more, kindly', replacement: 'Let me go over it once more' }],
  },
  {
    pattern: String.raw`(?:I|we)${A}?(?:ve| have)? (?:already )?(?:told|explained|said) (?:you |this |that |it )*(?:this |that |it )?(?:already|before|twice|(?:several|many|multiple|three|a few|a dozen) times)`,
    messageId: 'countingRepeats',
    note: 'Counting how often you had to explain something blames the reader; everyone needs repeats sometimes.',
    suggestions: [{ label: 'Explain it once more, kindly', replacement: 'Let me go over it once more' }],
  },
  {
    pattern: String.raw`(?:we${A}ve|we have|I${A}ve|I have) (?:already )?(?:been over|been through|gone over|covered) (?:this|that|it)(?: (?:already|before|twice|many times|several times))?`,
    messageId: 'countingRepeats',
    note: 'Pointing out that you covered it before makes the reader feel slow; a short recap helps more.',
    suggestions: [{ label: 'Offer a recap', replacement: 'Here is a quick recap' }],
    unless: String.raw`\b(?:together|with you|on the call|in the meeting)\b`,
  },
  {
    pattern: String.raw`I (?:shouldn${A}t|should not) (?:have|need) to (?:explain|tell you|say|repeat|remind you)(?: this| that| it)?(?: again)?`,
    messageId: 'countingRepeats',
    note: 'Saying you should not have to explain it makes the reader feel like a burden; explaining it again kindly helps.',
    suggestions: [{ label: 'Explain it once more, kindly', replacement: 'Let me explain it once more' }],
  },
  {
    pattern: String.raw`(?:I${A}m|I am|I will|I${A}ll|I won${A}t|I will not) (?:not )?(?:going to )?(?:explain|repeat|say) (?:this|it|that|myself) (?:again|one more time|a (?:second|third) time)`,
    messageId: 'countingRepeats',
    note: 'Refusing to repeat yourself shuts the door; the reader still needs the answer.',
    suggestions: [{ label: 'Offer to go over it', replacement: 'I am happy to go over this again if it helps' }],
    unless: String.raw`\b(?:happy|glad)\b`,
  },
  {
    pattern: String.raw`I (?:do not|don${A}t) have (?:the )?time for (?:this|that|these|your)(?: questions?| requests?| issues?)?`,
    messageId: 'noTime',
    note: 'No issue is too small to help with; if time is short, say when you can look at it.',
    suggestions: [{ label: 'Give a time instead', replacement: "I can't look at this right now, but I will get back to you by" }],
  },
  {
    pattern: String.raw`(?:I${A}m|I am|we${A}re|we are) (?:getting |really |so )?(?:tired|sick|fed up) of (?:this|these|your|you|explaining|answering|repeating|telling)`,
    messageId: 'noTime',
    note: 'Letting your frustration show makes the reader feel like a burden; they came to you for help.',
    suggestions: [{ label: 'Focus on the next step', replacement: 'Let us get this sorted out' }],
  },
  {
    pattern: String.raw`did you (?:even|actually|ever|bother to) (?:read|look at|check|open) (?:my|the|our) (?:e-?mail|message|instructions|guide|article|reply|steps|answer|documentation|manual)`,
    messageId: 'didYouRead',
    note: 'Asking whether they read it implies they did not bother; point them to the part that matters instead.',
    suggestions: [{ label: 'Point to the steps', replacement: 'The steps are in the guide, and I have copied the key one below' }],
    unless: String.raw`\bdid you (?:get|have) a chance\b`,
  },
  {
    pattern: String.raw`(?:(?:just|go|try|maybe|please just) (?:read(?:ing)?|look(?:ing)? at) the (?:instructions|manual|docs|documentation|guide|faq|email|e-mail)(?: (?:first|next time|properly|carefully))?|read the (?:f\w* )?manual|rtfm)`,
    messageId: 'didYouRead',
    note: 'Telling someone to go and read it sends them away; pointing to the exact step keeps you helping.',
    suggestions: [{ label: 'Point to the steps', replacement: 'the steps are in the guide, and I have copied the key one below' }],
    unless: String.raw`\b(?:below|attached|linked|here:)\b`,
  },
  {
    pattern: String.raw`it(?:${A}s| is) (?:all |clearly |right there |literally )*in the (?:instructions|manual|docs|documentation|guide|faq|email I sent)`,
    messageId: 'didYouRead',
    note: 'Saying the answer was there all along makes the reader feel careless; quote the step instead.',
    suggestions: [{ label: 'Quote the step', replacement: 'the guide covers this, and here is the step' }],
  },
  {
    pattern: String.raw`(?:thanks|thank you) for nothing|gee,? thanks|thanks a lot(?= for (?:nothing|wasting|making|breaking))`,
    messageId: 'sarcasm',
    note: 'Sarcasm reads as contempt in writing; say plainly what went wrong and what happens next.',
    suggestions: [{ label: 'Say it plainly', replacement: 'That did not solve it' }],
  },
  {
    pattern: String.raw`(?:don${A}t|do not|stop) wast(?:e|ing) (?:my|our|IT${A}s|the team${A}s) time`,
    messageId: 'noTime',
    note: 'Every request deserves time; if you are busy, say when you can help.',
    suggestions: [{ label: 'Give a time instead', replacement: 'I will get back to you soon' }],
  },
  {
    pattern: String.raw`(?:I|we)(?:${A}ve| have)? already (?:told|asked|reminded|warned) you|you(?:${A}ve| have)? (?:already )?been (?:told|asked|reminded|warned) (?:this |about this |that )?(?:before|already|repeatedly|twice|more than once|(?:multiple|many|several|a few|three|numerous|countless) times)`,
    messageId: 'countingRepeats',
    note: 'Counting how often you had to explain something blames the reader; everyone needs repeats sometimes.',
    suggestions: [{ label: 'Explain it once more, kindly', replacement: 'just as a reminder' }],
    unless: String.raw`\b(?:if|in case|whether) you(?:${A}ve| have)? (?:already )?been\b`,
  },
  {
    pattern: String.raw`(?:re-?read|read|look at|check) my (?:previous|last|earlier|prior|first) (?:e-?mail|message|reply|response|note)(?: again)?`,
    messageId: 'perMyLast',
    note: 'Sending the reader back to an old message reads as irritation; a fresh summary helps more.',
    suggestions: [{ label: 'Summarise instead', replacement: 'here is a short summary of the steps' }],
    unless: String.raw`\bplease\b|\bfor (?:the )?(?:details|steps|link)\b`,
  },
  {
    pattern: String.raw`(?:this is|that${A}s|it${A}s|that is|it is) the (?:second|third|fourth|fifth|sixth|umpteenth|hundredth|\d+(?:st|nd|rd|th)) time (?:that )?(?:you${A}ve|you have|you|I${A}ve|I have|I) (?:asked|called|told|explained|emailed|e-mailed|reported|had to|opened|sent|raised|logged)`,
    messageId: 'countingRepeats',
    note: 'Counting how often the reader has asked makes them feel like a nuisance; every request deserves a fresh answer.',
    suggestions: [{ label: 'Drop the count', replacement: 'thanks for following up; here is where things stand' }],
  },
  {
    pattern: String.raw`(?:I${A}m|I am|I${A}ll|I will) not (?:going to )?repeat myself|I won${A}t repeat myself|I (?:don${A}t|do not) like (?:to )?repeat(?:ing)? myself`,
    messageId: 'countingRepeats',
    note: 'Refusing to repeat yourself shuts the door; the reader still needs the answer.',
    suggestions: [{ label: 'Offer to go over it', replacement: 'I am happy to go over this again if it helps' }],
  },
  {
    pattern: String.raw`(?<=^\s{0,12}|[.!?]\s{1,12})(?:(?:once )?again,(?= the| you| please| as| this| it)|seriously(?=\s*[?!])|ugh|sigh|argh|oh come on|come on(?=\s*[,.!])|for crying out loud|for (?:goodness|god${A}s|heaven${A}s|pete${A}s) sake|good grief|(?:here we go|not this) again|not again)`,
    messageId: 'exasperated',
    note: 'Sighs and eye-rolls come through in writing; the reader will feel like a nuisance.',
    suggestions: [{ label: 'Leave it out', replacement: '' }],
    unless: String.raw`\b(?:thank|thanks|sorry|apolog\w*|welcome|appreciate)\b`,
  },
];
