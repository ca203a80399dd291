// Hand-designed lexical cues of politeness and rudeness, one number per cue, for the sentence tone model.
// They are dense features of the sentence tone model (tone-model/features.ts), fitted by `npm run train`.
// Cue families follow the politeness strategies described by Danescu-Niculescu-Mizil et al. (ACL 2013).

import { primerFor } from '../rules/shared/native-regex.js';

const A = "['’]";
// Primed: thirty regexes compiled for V8's interpreter on a cold start cost more than the first analysis itself.
const CUE_REGEXPS: RegExp[] = [];
const cue = (source: string): RegExp => {
  const re = new RegExp(source, 'i');
  CUE_REGEXPS.push(re);
  return re;
};

/** Each cue: a name and a test that returns a number (mostly 0 or 1). */
const CUES: readonly [string, (s: string, lower: string) => number][] = [
  ['gratitude', has(cue(String.raw`\b(?:thanks|thank you|thank|appreciated?|appreciates|grateful|cheers)\b`))],
  ['apology', has(cue(String.raw`\b(?:sorry|apologi[sz]e\w*|apologies|excuse me|pardon|forgive me|my bad|my mistake)\b`))],
  ['please', has(cue(String.raw`\bplease\b`))],
  ['pleaseStart', has(cue(String.raw`^\W*please\b`))],
  ['greeting', has(cue(String.raw`^\W*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|howdy)\b`))],
  ['praise', has(cue(String.raw`\b(?:great|good|nice|excellent|awesome|wonderful|fantastic|brilliant|impressive|helpful|well done|kind|lovely|glad|pleased|interesting|cool|appreciate)\b`))],
  ['hedge', has(cue(String.raw`\b(?:I think|I believe|I guess|I suppose|maybe|perhaps|possibly|probably|might|seems?|suggest\w*|wonder\w*|kind of|sort of|a bit|a little|not sure|I feel|somewhat|hopefully|I was thinking)\b`))],
  ['counterfactual', has(cue(String.raw`\b(?:could you|would you|would it be|could we|would you mind|would you be|if you could|if you would|would be (?:great|helpful|nice)|if possible|if you don${A}t mind|would you like|could I)\b`))],
  ['indicative', has(cue(String.raw`\b(?:can you|will you|can we|can I|may I)\b`))],
  ['offer', has(cue(String.raw`\b(?:let me know|feel free|happy to|glad to|I can help|I${A}ll help|I will help|hope|hoping|if you need|any questions)\b`))],
  ['byTheWay', has(cue(String.raw`\b(?:by the way|btw|incidentally)\b`))],
  ['firstPlural', has(cue(String.raw`\b(?:we|our|us|let${A}s|let us)\b`))],
  ['firstSingular', count(String.raw`\b(?:I|my|me|mine|I${A}m|I${A}ve|I${A}d|I${A}ll)\b`, 3)],
  ['firstStart', has(cue(String.raw`^\W*(?:I|my)\b`))],
  ['directQuestionStart', has(cue(String.raw`^\W*(?:why|what|how come|who|where)\b`))],
  ['why', has(cue(String.raw`\bwhy\b`))],
  ['secondStart', has(cue(String.raw`^\W*(?:you|your)\b`))],
  ['second', count(String.raw`\b(?:you|your|yours|yourself|you${A}re|you${A}ve|you${A}d|you${A}ll)\b`, 3)],
  ['youQuestion', has(cue(String.raw`\b(?:do|did|have|are|were|can${A}t|don${A}t|didn${A}t|haven${A}t|aren${A}t|won${A}t|couldn${A}t) you\b`))],
  ['youShould', has(cue(String.raw`\byou (?:should|need to|must|have to|${A}d better|better|ought to)\b`))],
  ['factuality', has(cue(String.raw`\b(?:in fact|actually|the fact|really|the point|the truth|clearly|obviously|of course|seriously|honestly|simply)\b`))],
  ['negation', count(String.raw`\b(?:no|not|never|nothing|nobody|none|cannot|nor)\b|n${A}t\b`, 3)],
  ['negative', count(String.raw`\b(?:wrong|bad|stupid|idiot\w*|ridiculous|nonsense|useless|pointless|waste|lazy|fail\w*|mess|vandal\w*|annoy\w*|terrible|awful|horrible|rude|lie|lies|lying|liar|ignor\w*|blame|fault|incompetent|silly|dumb|crap|hell|damn|shut|stop|revert\w*|delet\w*|remov\w*|complain\w*|disrupt\w*|abuse|attack|threat\w*|insult\w*|childish|pathetic|absurd|false|bias\w*|spam\w*)\b`, 3)],
  ['harsh', has(cue(String.raw`\b(?:already (?:told|said|explained)|again|per my|as I said|did you even|you always|you never|your fault|user error|calm down|not my (?:job|problem)|whatever|deal with it|do it now|immediately|must|for the last time|how many times|bother)\b`))],
  ['imperativeStart', has(cue(String.raw`^\W*(?:do|don${A}t|stop|go|read|look|check|fix|remove|delete|add|put|get|give|tell|make|leave|quit|try|use|explain|provide|answer|see|note|keep|discuss|consider|just)\b`))],
  ['connectiveStart', has(cue(String.raw`^\W*(?:so|then|and|but|or|well|now|anyway)\b`))],
  ['just', has(cue(String.raw`\bjust\b`))],
  ['question', (s) => (s.includes('?') ? 1 : 0)],
  ['exclamation', (s) => (s.includes('!') ? 1 : 0)],
  ['stackedMarks', has(/[!?]{2,}/)],
  ['caps', (s) => Math.min(2, (s.match(/\b[A-Z]{3,}\b/g) ?? []).filter((w) => /[AEIOU]/.test(w)).length) / 2],
  ['length', (_s, lower) => Math.min(1, Math.log1p(lower.split(/\s+/).filter(Boolean).length) / 4)],
];

function has(re: RegExp): (s: string) => number {
  return (s) => (re.test(s) ? 1 : 0);
}

function count(source: string, cap: number): (s: string) => number {
  const global = new RegExp(source, 'gi');
  CUE_REGEXPS.push(global);
  return (s) => Math.min(cap, s.match(global)?.length ?? 0) / cap;
}

const primeCues = primerFor(CUE_REGEXPS);

export const TONE_FEATURE_NAMES: readonly string[] = CUES.map(([name]) => name);
// The tests apart: destructuring each cue per sentence went through the array iterator, a fifth of the tone cost
// on a cold start.
const CUE_TESTS = CUES.map((cue) => cue[1]);

/** The cue values of one sentence, in TONE_FEATURE_NAMES order. */
export function toneFeatures(sentence: string): number[] {
  primeCues();
  const lower = sentence.toLowerCase();
  return CUE_TESTS.map((test) => test(sentence, lower));
}
