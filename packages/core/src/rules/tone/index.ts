// The tone family: one rule per file, registered here.
import type { Rule } from '../../types.js';
import { impatience } from './impatience.js';

export const TONE_RULES: readonly Rule[] = [impatience];
