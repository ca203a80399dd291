// What a tone finding from the sentence model says, per family. The model found no listed phrase, so the
// message says "may" and names what the reader is likely to feel; the why is the principle, in our words.
// `{{actual}}` is the words that drive the score.

export interface ModelReading {
  message: string;
  why: string;
}

export const MODEL_READINGS: Readonly<Record<string, ModelReading>> = {
  absolutes: {
    message: '"{{actual}}" may read as a verdict on the person ("always", "never"): they may feel judged rather than helped.',
    why: 'Talk about this one problem, not about what the person is like; a sweeping remark makes them defensive.',
  },
  'bad-intent': {
    message: '"{{actual}}" may read as accusing the reader of bad faith: they may feel called a liar or lazy.',
    why: 'Assume good intent: almost everyone who asks for help has really tried, and saying otherwise ends trust.',
  },
  blame: {
    message: '"{{actual}}" may read as blaming the reader for the problem: they may feel accused.',
    why: 'Describe what happened and what fixes it, not who caused it; people who feel blamed stop telling you things.',
  },
  condescension: {
    message: '"{{actual}}" may read as talking down to the reader: they may feel judged on their skill.',
    why: 'What is familiar to us is new to them; no question is too small, and nobody should feel slow for asking.',
  },
  contradiction: {
    message: '"{{actual}}" may read as brushing aside what the reader reported: they may feel disbelieved.',
    why: 'Take what they saw seriously, then show what you found; a kind correction with the evidence persuades.',
  },
  dismissive: {
    message: '"{{actual}}" may read as dismissing the problem or the person: they may feel it does not matter.',
    why: 'No issue is too small for the person it stops; say what you can do, or who can, and when.',
  },
  'harsh-command': {
    message: '"{{actual}}" may read as an order or a threat: the reader may feel pushed around.',
    why: 'Ask, and give the reason: people follow a step more readily when they know why it matters.',
  },
  impatience: {
    message: '"{{actual}}" may read as impatient: the reader may feel they are a nuisance.',
    why: 'Needing help again is normal; a fresh, short answer keeps them willing to ask before things get worse.',
  },
  insult: {
    message: '"{{actual}}" may read as an insult or as contempt: the reader will feel humiliated.',
    why: 'Respect comes first, even when we are tired: the person on the other side is a colleague who needs help.',
  },
};
