// The clarity family: one rule per file, registered here.
import type { Rule } from '../../types.js';
import { ignoreWithoutReason } from './ignore-without-reason.js';
import { longSentence } from './long-sentence.js';
import { wordyPhrase } from './wordy-phrase.js';

export const CLARITY_RULES: readonly Rule[] = [ignoreWithoutReason, longSentence, wordyPhrase];
