// The clarity family: one rule per file, registered here.
import type { Rule } from '../../types.js';

export const CLARITY_RULES: readonly Rule[] = [];
