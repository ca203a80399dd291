// Phrases that accuse the reader of acting in bad faith ("you tried to get around the policy"). Most people are
// just trying to get their work done; assume good intent and explain the rule.
import type { PhraseEntry } from '../../rules/shared/phrase-matcher.js';
import { CONDITIONAL_BEFORE } from './blame.js';

const A = "['’]";
const GOOD_INTENT = 'Most people are just trying to get their work done; assuming good intent keeps them talking to you.';
const RULES = String.raw`(?:the |our |company |IT |security |this |that |these |those |a |your team${A}s )?(?:(?:IT|security|company|acceptable use|password|usb|software|data|device|remote work|email|sharing|access) )?(?:policy|policies|rules?|process|procedures?|guidelines?|controls?|restrictions?|security|instructions|warnings?|requirements?|approval|change process)`;

export const BAD_INTENT: readonly PhraseEntry[] = [
  {
    pattern: String.raw`${CONDITIONAL_BEFORE}you (?:deliberately|intentionally|purposely|purposefully|knowingly|wilfully|willfully|consciously|secretly|sneakily)`,
    messageId: 'deliberately',
    note: GOOD_INTENT,
    suggestions: [{ label: 'Assume good intent', replacement: 'it looks like you' }],
  },
  {
    pattern: String.raw`${CONDITIONAL_BEFORE}you (?:tried|were trying|are trying|${A}re trying|attempted|wanted) to (?:get around|circumvent|bypass|sneak|go around|work around|dodge|cheat|trick|game|hack|hide|evade|skip|avoid) ${RULES}`,
    messageId: 'gettingAround',
    note: GOOD_INTENT,
    suggestions: [{ label: 'Assume good intent', replacement: 'it looks like you needed a way to get your work done, and the current setup got in the way of' }],
  },
  {
    pattern: String.raw`${CONDITIONAL_BEFORE}you (?:bypassed|circumvented|ignored|violated|disregarded|broke|went around|got around|skipped|defied|flouted|deliberately ignored) ${RULES}`,
    messageId: 'brokeRules',
    note: GOOD_INTENT,
    suggestions: [{ label: 'Explain the rule instead', replacement: 'this step is not allowed under' }],
  },
  {
    pattern: String.raw`${CONDITIONAL_BEFORE}(?:you (?:were|have been|${A}ve been) (?:already |clearly |specifically |explicitly |repeatedly )?(?:told|warned|instructed|asked) not to|you (?:were|have been|${A}ve been) (?:already |clearly |specifically |explicitly |repeatedly )?warned|you knew (?:full well|perfectly well|better)|you know (?:full well|perfectly well|better than that)|you should (?:have )?know(?:n)? better)`,
    messageId: 'toldNotTo',
    note: 'Reminding people they were warned sounds like a charge sheet; explain the risk and the safe way instead.',
    suggestions: [{ label: 'Explain the risk', replacement: 'this can cause problems, which is why we ask everyone not to' }],
  },
  {
    pattern: String.raw`(?:you did (?:it|this|that) on purpose|on purpose,? (?:didn${A}t|did) you|(?:I|we) (?:don${A}t|do not) believe you|(?:I|we) doubt (?:that )?you (?:actually |really )?\w+|are you sure you (?:actually|really|even) \w+|did you (?:actually|really|even|honestly) (?:try|restart|reboot|do|check|install|update|follow|read|test|save|look)|you claim(?:ed)?(?: that| to have)?|(?:your|the) so-called|supposedly (?:restarted|rebooted|tried|installed|updated|followed|checked)|(?:to )?cover (?:yourself|your tracks))`,
    messageId: 'doubt',
    note: 'Doubting what the reader says tells them you think they are lying; take them at their word and check together.',
    suggestions: [{ label: 'Take them at their word', replacement: 'thanks for trying that; let us check it together' }],
  },
  {
    pattern: String.raw`(?:make|be) sure (?:that )?you (?:actually|really|properly) \w+|are you (?:even|actually|really) (?:trying|reading|listening|paying attention|doing)|(?:which|that) you (?:chose to |decided to |just )?(?:ignored|disregarded|bypassed|violated|broke)`,
    messageId: 'doubt',
    note: 'Doubting what the reader says tells them you think they are lying; take them at their word and check together.',
    suggestions: [{ label: 'Take them at their word', replacement: 'thanks for trying that; let us check it together' }],
  },
];
