// The tone family: one rule per file, registered here.
import { MODEL_READINGS } from '../../data/tone/model-readings.js';
import type { Rule } from '../../types.js';
import { absolutes } from './absolutes.js';
import { badIntent } from './bad-intent.js';
import { blame } from './blame.js';
import { condescension } from './condescension.js';
import { contradiction } from './contradiction.js';
import { dismissive } from './dismissive.js';
import { harshCommand } from './harsh-command.js';
import { impatience } from './impatience.js';
import { insult } from './insult.js';
import { shouting } from './shouting.js';

/** A family the sentence model can name also speaks for the model's findings (messageId "model"). */
function withModelReading(rule: Rule): Rule {
  const reading = MODEL_READINGS[rule.meta.id.slice('tone/'.length)];
  return reading ? { ...rule, meta: { ...rule.meta, messages: { ...rule.meta.messages, model: reading.message } } } : rule;
}

export const TONE_RULES: readonly Rule[] = [absolutes, badIntent, blame, condescension, contradiction, dismissive, harshCommand, impatience, insult, shouting].map(
  withModelReading,
);
