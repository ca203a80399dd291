// "You always …" / "you never …" about the reader's behaviour. Absolutes are rarely true and turn one problem
// into a judgement of the person. Sentences about what the system always does ("you always have access") are fine.
import type { PhraseEntry } from '../../rules/shared/phrase-matcher.js';
import { CONDITIONAL_BEFORE } from './blame.js';

const A = "['’]";
const ABSOLUTE = 'Absolutes about a person are rarely true and feel like a verdict on them; talk about this one time instead.';

/** Behaviour verbs that make "you always/never <verb>" a judgement of the person. */
const HABITS = String.raw`(?:forget|forgot|ignore|ignored|call|called|ask|asked|complain|complained|do|did|click|clicked|lose|lost|leave|left|break|broke|delete|deleted|send|sent|open|opened|skip|skipped|reply|replied|respond|responded|read|listen|listened|follow|followed|check|checked|restart|restarted|reboot|rebooted|save|saved|update|updated|lock|locked|log|logged|tell|told|answer|answered|back|backed|attach|attached|include|included|mess|messed|change|changed|unplug|unplugged|install|installed|blame|blamed|wait|waited|give|gave|pay|paid|bother|bothered|think|thought|assume|assumed|expect|expected|try|tried|remember|remembered|show|showed|make|made|turn|turned|email|emailed|e-mail|ring|rang|manage|managed|bring|brought|put|mention|mentioned|care|cared|learn|learned|learnt|understand|understood|listen|pay attention)`;

export const ABSOLUTES: readonly PhraseEntry[] = [
  {
    pattern: String.raw`${CONDITIONAL_BEFORE}(?<!\b(?:can|will|${A}ll|would|could|should|may|might|do|don${A}t|did|didn${A}t|won${A}t) )you (?:always|never|constantly|continually|repeatedly|keep on|forever) ${HABITS}`,
    messageId: 'youAlways',
    note: ABSOLUTE,
  },
  {
    pattern: String.raw`${CONDITIONAL_BEFORE}you keep (?:on )?(?:forgetting|ignoring|calling|asking|doing|clicking|sending|deleting|breaking|making|losing|leaving|skipping|changing|unplugging|emailing|complaining|messing|getting (?:this|it|that) wrong)`,
    messageId: 'youAlways',
    note: ABSOLUTE,
  },
  {
    pattern: String.raw`${CONDITIONAL_BEFORE}you(?:${A}re| are) (?:always|forever|constantly) (?:late|the one|asking|calling|complaining|forgetting|breaking|losing|deleting|clicking|doing|getting|messing|changing|ignoring|sending|making|in here|on the phone|having (?:problems|issues|trouble))`,
    messageId: 'youAlways',
    note: ABSOLUTE,
  },
  {
    pattern: String.raw`(?:every (?:single )?time|whenever) you (?:call|ask|email|e-mail|contact us|write|come|complain|touch|try to fix)(?:,| it(?:${A}s| is) (?:the same|something|always))|(?:this is|that${A}s|it${A}s|it is) (?:always|every time) (?:the same )?with you|(?:same|it${A}s the same) (?:old )?(?:story|thing) (?:with you|every time)`,
    messageId: 'everyTime',
    note: ABSOLUTE,
    unless: String.raw`\b(?:please|have your|make sure|remember to|you will|you${A}ll|we will|we${A}ll|you can|you get|we can)\b`,
  },
];
