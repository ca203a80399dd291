// Phrases that tell the reader the writer is tired of them. Each entry: the phrase, why it stings, kinder words.
import type { PhraseEntry } from '../../rules/shared/phrase-matcher.js';

export const IMPATIENCE: readonly PhraseEntry[] = [
  {
    pattern: String.raw`as (?:I|we) (?:have )?(?:already|previously) (?:said|stated|told you|explained|mentioned|noted)`,
    messageId: 'alreadySaid',
    note: 'Pointing out that you said it before makes the reader feel slow; saying it again kindly helps them.',
    suggestions: [
      { label: 'Restate it kindly', replacement: 'To recap' },
      { label: 'Offer it as a reminder', replacement: 'Just as a quick reminder' },
    ],
  },
  {
    pattern: String.raw`(?:as|like) I (?:said|told you|mentioned)(?: before| earlier| already)?`,
    messageId: 'alreadySaid',
    note: 'Pointing out that you said it before makes the reader feel slow; saying it again kindly helps them.',
    suggestions: [{ label: 'Restate it kindly', replacement: 'To recap' }],
    unless: String.raw`\b(?:as I said I would|like I said I would)\b`,
  },
  {
    pattern: String.raw`per my (?:last|previous|earlier) (?:e-?mail|message|reply|note)`,
    messageId: 'perMyLast',
    note: 'This phrase is widely read as irritation; people miss messages, and a fresh summary helps more.',
    suggestions: [{ label: 'Summarise instead', replacement: 'To bring the details together here' }],
  },
  {
    pattern: String.raw`for the (?:second|third|fourth|fifth|last|\d+(?:st|nd|rd|th)) time`,
    messageId: 'countingRepeats',
    note: 'Counting how often you had to explain something blames the reader; everyone needs repeats sometimes.',
    suggestions: [{ label: 'Drop the count', replacement: 'once more' }],
    unless: String.raw`\b(?:happened|failed|crashed|occurred|rebooted|restarted|tried|attempt)\b`,
  },
  {
    pattern: String.raw`I (?:do not|don't) have time for this`,
    messageId: 'noTime',
    note: 'No issue is too small to help with; if time is short, say when you can look at it.',
    suggestions: [{ label: 'Give a time instead', replacement: "I can't look at this right now, but I will get back to you by" }],
  },
  {
    pattern: String.raw`did you (?:even )?(?:read|look at|check) (?:my|the|our) (?:e-?mail|message|instructions|guide|article|reply)`,
    messageId: 'didYouRead',
    note: 'Asking whether they read it implies they did not bother; point them to the part that matters instead.',
    suggestions: [{ label: 'Point to the steps', replacement: 'The steps are in the guide, and I have copied the key one below' }],
    unless: String.raw`\bdid you (?:get a chance|have a chance)\b`,
  },
];
