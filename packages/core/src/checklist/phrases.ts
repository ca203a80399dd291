// Regex tables the checklist detectors read: data only, no logic. Every pattern is bounded (no nested unbounded
// repeats) so it stays linear on adversarial text, and none crosses a line or sentence end ([^.!?\n]{0,n}).

const GAP = '[^.!?\\n]{0,80}';

/** "Hi Sam,", "Hello there!", "Dear Ms Ortiz", "Good morning team". Group 1: what follows the greeting word. */
export const GREETING = /^[ \t]*(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon)\b([^\n,!.:;]{0,40})[,!.:;]?/i;

/** Greeting words that address a group or nobody in particular: not a name. */
export const NOT_A_NAME = /^(?:there|all|everyone|everybody|team|folks|both|guys|y'all|you|again|and)$/i;

/** A sign-off on a line of its own ("Kind regards,", "Thanks!", "Have a great weekend,"). */
export const SIGN_OFF =
  /^[ \t]*(?:(?:many |kind |best |warm |warmest |with )?(?:thanks|thank you|regards|wishes)(?: so much| again| for your patience| and best wishes)?|best|cheers|sincerely|yours(?: truly| sincerely)?|respectfully|all the best|take care|talk soon|speak soon|rgds|thx|ty|have an? (?:great|good|nice|lovely|wonderful) [a-z ]{2,20})[ \t]*[,.!]?[ \t]*$/i;

/** Sign-offs that read as curt on their own. */
export const COLD_SIGN_OFF = /^[ \t]*(?:regards|rgds|thx|ty)[ \t]*[,.!]?[ \t]*$/i;

/** Warm closing words, in the sign-off or the last sentences before it. */
export const WARM_CLOSING =
  /\b(?:thanks|thank you|many thanks|cheers|best|kind regards|warm(?:est)? regards|best regards|best wishes|all the best|take care|talk soon|speak soon|sincerely|have an? (?:great|good|nice|lovely|wonderful|relaxing) (?:day|afternoon|evening|morning|weekend|week|rest of (?:your|the) (?:day|week))|hope (?:this|that) helps|enjoy (?:the|your) )/i;

/** Acknowledging how the problem affects them. */
export const ACKNOWLEDGEMENT = new RegExp(
  [
    String.raw`\b(?:I'm|I am|we're|we are|so|really|very|truly|terribly)\s+sorry\b(?!,?\s+but\b)`,
    String.raw`\bsorry (?:about|for|to hear|that|this|you)\b`,
    String.raw`\b(?:my|our) apologies\b|\bapologi[sz]e\b`,
    String.raw`\b(?:I|we)\s+(?:(?:completely|totally|fully|really|can|do|certainly)\s+){0,2}(?:understand|appreciate|realise|realize|see|imagine|know|hear)\b${GAP}\b(?:frustrat|disrupt|stress|annoy|worr|inconvenien|difficult|hard|upset|urgent|important|deadline|pressure|stuck|blocked|affect|impact|how much|waiting|wait|trouble|hassle|panic)`,
    String.raw`\b(?:must|must have|can|can't have|cannot have)\s+(?:be|been|feel|felt)\s+(?:(?:really|very|so|incredibly|quite|a bit|pretty)\s+)?(?:frustrating|disruptive|stressful|annoying|worrying|difficult|hard|inconvenient|upsetting|a pain|a nuisance|a worry)`,
    String.raw`\b(?:that|this|it)(?:'s| is| was| has been| sounds| must be| looks)\s+(?:(?:really|very|so|incredibly|quite|such)\s+)?(?:frustrating|disruptive|stressful|annoying|worrying|upsetting|inconvenient|a pain|a hassle)`,
    String.raw`\b(?:I|we) know (?:how|this|that|it)\b${GAP}\b(?:frustrat|disrupt|stress|annoy|worr|inconvenien|difficult|hard|upset|urgent|matters|important)`,
    String.raw`\bespecially (?:with|when|before|on)\b`,
  ].join('|'),
  'i',
);

/** Thanking them (outside the sign-off line). */
export const THANKS = /\b(?:thank(?:s| you)\b|(?:I|we) (?:really |truly |do )?appreciate\b|(?:I'm|I am|we're|we are) (?:very |really |so )?grateful\b|much appreciated\b)/i;

/** Saying why it happened. */
export const CAUSE = new RegExp(
  [
    String.raw`\b(?:because|caused by|due to|as a result of|stems? from|comes? from)\b`,
    String.raw`\bthe (?:root )?(?:cause|reason|culprit|trigger)\b`,
    String.raw`\bthis (?:happened|happens|was happening|can happen|is what happened)\b`,
    String.raw`\b(?:it|this) turn(?:s|ed) out\b|\bturned out\b`,
    String.raw`\bwhat (?:happened|went wrong|was going on)\b`,
    String.raw`\bthe (?:problem|issue|error|trouble|fault) (?:was|is|came|comes|started|happened)\b`,
    String.raw`\b(?:that(?:'s| is)|this is) why\b`,
    String.raw`\b(?:had|has) (?:expired|run out|filled up|stopped|crashed|failed|been (?:locked|disabled|blocked|removed|switched off|turned off))\b`,
    String.raw`\bwas (?:locked|full|disabled|blocked|expired|out of date|switched off|turned off|set up wrong|misconfigured|corrupted)\b(?! by you)`,
  ].join('|'),
  'i',
);

/** Reporting that something was fixed or changed: the reply has a fix the person can confirm. */
export const FIX_REPORTED = new RegExp(
  [
    String.raw`\b(?:I|we)(?:'ve| have| just)? (?:(?:now|already|just)\s+)?(?:fixed|resolved|sorted|restored|unlocked|reset|re-?enabled|enabled|reinstalled|replaced|updated|repaired|cleared|increased|changed|moved|added|removed|renewed|recovered|reconnected|restarted|rebooted|granted|set up|turned|switched|rolled back)\b`,
    String.raw`\b(?:has|have|is|are) (?:now |been )+(?:fixed|resolved|sorted|restored|unlocked|reset|enabled|working|back|renewed|recovered|increased|updated)\b`,
    String.raw`\b(?:should|will) (?:now )?(?:work|be working|be back|be fixed)\b`,
    String.raw`\b(?:working|back up|back online) (?:again|now)\b|\bwork(?:s|ing)? again\b`,
    String.raw`\btry (?:it )?again\b`,
  ].join('|'),
  'i',
);

/** Verbs that start an instruction ("Restart your laptop", "Please click Save"). */
// Looked up in a set after a small regex reads the word: as one alternation, the list cost V8 about 3 ms to
// compile in each of the three patterns that use it, more than a cold start spent on everything they check.
const IMPERATIVE_VERBS = new Set(
  'click select choose pick open close go type enter press tap restart reboot sign log run install uninstall reinstall update download upload save copy paste delete remove clear check make turn switch set add create wait find locate right-click double-click expand browse navigate return repeat follow use change reset connect disconnect reconnect plug unplug insert drag scroll exit quit start stop launch reopen apply confirm verify accept allow enable disable tick uncheck mark rename fill send reply call contact try hold move shut power unlock lock search visit attach forward edit review note write keep leave put sync refresh reload empty archive export import print scan share grant assign configure specify provide ensure'.split(' '),
);

/** Regex source for the word an instruction starts with (group 1); isImperative() says whether it is a verb. */
export const VERB_WORD = String.raw`((?:right-|double-)?[a-z]+)\b`;

/** Whether a match of a pattern built with VERB_WORD found an instruction verb. */
export const isImperative = (match: RegExpExecArray | null): boolean => !!match?.[1] && IMPERATIVE_VERBS.has(match[1].toLowerCase());

const OPENING = new RegExp(String.raw`^[\s"'(]*(?:\d{1,3}[.)]\s+|[-*•+]\s+)?(?:please\s+)?(?:(?:now|next|then|first|finally)\s+)?${VERB_WORD}`, 'i');

/** Whether a sentence or list item starts with an instruction. */
export const startsWithInstruction = (text: string): boolean => isImperative(OPENING.exec(text));

/** Who does what next. */
export const NEXT_STEPS = new RegExp(
  [
    String.raw`\b(?:I|we)(?:'ll| will| am going to|'m going to| are going to|'re going to)\s+(?!be (?:happy|glad|here)\b)(?:(?:now|also|then|next|then also)\s+)?[a-z]+`,
    String.raw`\b(?:the |our |a )?(?:team|technician|engineer|service desk|help ?desk|colleague|vendor|supplier|manager|admin(?:istrator)?)s? (?:will|is going to|are going to)\b`,
    String.raw`\byou(?:'ll| will)? (?:need to|can now|can|should|could now|may need to)\s+(?!reach|contact|reply|call|ask|get in touch|let|have\b)[a-z]+`,
    String.raw`\b(?:next steps?|here's what|here is what|what happens next|from here|to do this|follow these steps|the steps are)\b`,
  ].join('|'),
  'i',
);

/** When things will happen, or when they'll hear back: times that only ever point ahead. */
export const TIMELINE = new RegExp(
  [
    String.raw`\b(?:tomorrow|later today|(?:by|before|until|after|on|next|this coming) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday|lunch(?:time)?|the end of|end of|close of|cob|eod))\b`,
    String.raw`\b(?:within|in) (?:the next |about |around |roughly )?(?:\d{1,3}|an?|one|two|three|four|five|six|ten|twenty|thirty|a few|a couple of) (?:more )?(?:minutes?|mins?|hours?|hrs?|days?|business days?|working days?|weeks?)\b`,
    String.raw`\b(?:at|by|before|around|after) \d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)`,
    String.raw`\b(?:at|by|before|around|after) \d{1,2}[:.]\d\d\b`,
    String.raw`\bend of (?:the )?(?:day|week|month)\b`,
    String.raw`\b(?:as soon as|asap)\b`,
    String.raw`\b(?:working|fixed|restored|back|sorted|resolved|unlocked|live|active) (?:again )?(?:right )?now\b`,
    String.raw`\bnow (?:fixed|working|restored|resolved|unlocked|back|sorted|live|active)\b`,
    String.raw`\bagain now\b`,
  ].join('|'),
  'i',
);

/**
 * Time words that also describe the past ("thanks for telling us right away", "this morning"): they count as a
 * timeline only in a sentence that also has a verb pointing ahead (SOFT_TIME_FUTURE).
 */
export const SOFT_TIME = /\b(?:today|tonight|this (?:morning|afternoon|evening|week|weekend)|next week|soon|shortly|right away|straight away|immediately|first thing)\b/i;
export const SOFT_TIME_FUTURE = /(?:\bwill\b|'ll\b|\b(?:going to|expect|aim|plan|should|hear|update|get back|back to you|follow up|check in|call you|be in touch)\b)/i;

const CONFIRM_REQUEST =
  "(?:let (?:me|us) know|confirm|reply|write back|get back to (?:me|us)|tell (?:me|us)|drop (?:me|us) a (?:line|note)|check (?:that|whether|if)|can you (?:try|test|check)|could you (?:try|test|check)|give it a (?:try|go))";
const CONFIRM_OUTCOME =
  '(?:work(?:s|ed|ing)?|fix(?:es|ed)?|solv(?:es|ed)|resolv(?:es|ed)|helped|helps|sorted|sign in|log in|signed in|logged in|access|back to normal|back up|again|ok|okay|all right|success(?:ful)?|able to|can now|stays?)';

/** Asking them to confirm the fix worked. */
export const CONFIRM_FIX = new RegExp(
  [
    `${CONFIRM_REQUEST}${GAP}\\b${CONFIRM_OUTCOME}\\b`,
    `\\b(?:if|once|when) (?:it|that|this|everything|the \\w+|you)${GAP}\\b${CONFIRM_OUTCOME}\\b[^.!?\\n]{0,40}${CONFIRM_REQUEST}`,
    String.raw`\b(?:is|does|did|has|have|are) (?:it|that|this|everything|things|the \w+)\s+(?:\w+\s+){0,2}(?:work|working|fix|fixed|solve|solved|help|helped|sorted|back)\b[^.!\n]{0,40}\?`,
  ].join('|'),
  'i',
);

/** Inviting follow-up questions. */
export const INVITE_QUESTIONS = new RegExp(
  [
    String.raw`\bany (?:other |more |further |follow-up )?questions\b`,
    String.raw`\b(?:if|should)\s+(?:you\s+)?(?:have|need|there(?:'s| is| are)|anything|something|you're|you are|it|this|that)${GAP}\b(?:questions?|unclear|more help|further help|any help|stuck|confus\w*|comes? up|anything else|not sure|make sense)\b${GAP}\b(?:let (?:me|us) know|reply|ask|get in touch|call|contact|reach|email|message|ping|give (?:me|us) a)`,
    String.raw`\b(?:happy|glad|here) to (?:help|answer|explain|walk you through|go through)\b`,
    String.raw`\b(?:feel free|don't hesitate|do not hesitate)\b`,
    String.raw`\b(?:let (?:me|us) know|reach out|get in touch|ask (?:me|us))${GAP}\b(?:questions?|anything else|more help|further help|any help|unclear|if you need|something else)\b`,
  ].join('|'),
  'i',
);

// ----- Knowledge-base articles -----

/** A title in the reader's words names what they see or can't do. */
export const PROBLEM_TITLE =
  /\b(?:can't|cannot|can not|won't|doesn't|does not|don't|isn't|aren't|didn't|not (?:working|responding|loading|showing|opening|syncing|printing|connecting|receiving|sending|updating|starting|available|found|displayed|delivered)|unable|fails?|failed|failing|failure|errors?|crash(?:es|ed|ing)?|freez\w*|frozen|hangs?|hanging|stuck|slow|missing|disappear\w*|lost|blank|locked|keeps?|stopped|stops|problems?|issues?|trouble|why|how (?:do|can|should) (?:I|we|you)|no longer|unexpected\w*|incorrect\w*|wrong|unavailable|denied|blocked|rejected|bounce[sd]?|can’t|won’t|doesn’t|isn’t)\b/i;

/** Saying who the article is for. */
export const AUDIENCE = new RegExp(
  [
    String.raw`\bthis (?:article|guide|page|document|doc|section|how-to|walkthrough)\s+(?:is\s+)?(?:for|helps|applies to|is (?:intended|meant|written) for|(?:is )?aimed at)\b`,
    String.raw`\b(?:is|are) (?:intended|meant|written) for\b`,
    String.raw`\bwho (?:this|it) is for\b|\bwho should (?:read|use) this\b`,
    String.raw`\b(?:for|if you(?:'re| are)(?: an?)?) (?:users?|people|anyone|everyone|staff|employees|administrators?|admins?|it admins?|end users?|customers?|students?|teachers?|managers?|members?|owners?|new starters?|remote workers?|colleagues)\s+(?:who|that|with|using|on|in)\b`,
    String.raw`\b(?:audience|applies to|who it's for)\s*:`,
    String.raw`\b(?:if|when) you (?:use|are using|see|get|can't|cannot|have|receive|run|manage|want|need|work|try)\b`,
  ].join('|'),
  'i',
);

/** What to do when the steps didn't work. */
export const IF_STILL_STUCK = new RegExp(
  [
    String.raw`\bif (?:this|these|that|the (?:steps?|above|fix|solution|workaround|problem|issue)|none of|it|you still|nothing|you're still|you are still)${GAP}\b(?:doesn't|does not|didn't|did not|don't|do not|still|persists?|continues?|fail\w*|help\w*|resolve\w*|fix\w*|work\w*)\b`,
    String.raw`\bstill (?:having|have|see|seeing|get|getting|can't|cannot|stuck|need help|not working)\b`,
    String.raw`\b(?:contact|call|email|reach|ask|get in touch with|open a (?:ticket|case|request)|raise a (?:ticket|case|request)|log a (?:ticket|call))\s+(?:\w+\s+){0,3}(?:service desk|help ?desk|it|support|administrator|admin|team|us|technical support)\b`,
    String.raw`\b(?:more|further) help\b|\bneed help\b`,
  ].join('|'),
  'i',
);

/** Headings that hold a fix, so the article has steps to follow. */
export const FIX_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(?:resolution|solution|workaround|fix|how to fix|steps|to fix|what to do|try this|method \d|procedure)\b/im;

/** Short acronyms that need no explanation for any reader. */
export const EVERYDAY_ACRONYMS = new Set(['I', 'A', 'OK', 'TV', 'US', 'UK', 'EU', 'AM', 'PM', 'ID', 'FAQ', 'PC', 'PDF', 'CEO', 'HR', 'IT', 'USB', 'QR', 'ASAP', 'FYI', 'NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION']);
