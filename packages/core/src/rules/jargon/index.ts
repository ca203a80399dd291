// The jargon family: one rule per file, registered here.
import type { Rule } from '../../types.js';
import { unexplainedTerm } from './unexplained-term.js';
import { unknownAcronym } from './unknown-acronym.js';

export const JARGON_RULES: readonly Rule[] = [unexplainedTerm, unknownAcronym];
