// The tone phrase tables are data: every entry compiles, explains itself, points at a message its rule defines,
// and appears once.
import { describe, expect, it } from 'vitest';
import { compilePhrases, type PhraseEntry } from '../../rules/shared/phrase-matcher.js';
import { absolutes } from '../../rules/tone/absolutes.js';
import { badIntent } from '../../rules/tone/bad-intent.js';
import { blame } from '../../rules/tone/blame.js';
import { condescension } from '../../rules/tone/condescension.js';
import { contradiction } from '../../rules/tone/contradiction.js';
import { dismissive } from '../../rules/tone/dismissive.js';
import { harshCommand } from '../../rules/tone/harsh-command.js';
import { impatience } from '../../rules/tone/impatience.js';
import { insult } from '../../rules/tone/insult.js';
import type { Rule } from '../../types.js';
import { ABSOLUTES } from './absolutes.js';
import { BAD_INTENT } from './bad-intent.js';
import { BLAME } from './blame.js';
import { CONDESCENSION } from './condescension.js';
import { CONTRADICTION } from './contradiction.js';
import { DISMISSIVE } from './dismissive.js';
import { HARSH_COMMAND } from './harsh-command.js';
import { IMPATIENCE } from './impatience.js';
import { INSULTS } from './insult.js';
import { SHOUT_WORDS, TECHNICAL_CAPS } from './shouting.js';
import { BASE_OF_PARTICIPLE, TASK_VERBS, participle, pastTense } from './verbs.js';

const TABLES: [string, readonly PhraseEntry[], Rule][] = [
  ['data/tone/absolutes.ts', ABSOLUTES, absolutes],
  ['data/tone/bad-intent.ts', BAD_INTENT, badIntent],
  ['data/tone/blame.ts', BLAME, blame],
  ['data/tone/condescension.ts', CONDESCENSION, condescension],
  ['data/tone/contradiction.ts', CONTRADICTION, contradiction],
  ['data/tone/dismissive.ts', DISMISSIVE, dismissive],
  ['data/tone/harsh-command.ts', HARSH_COMMAND, harshCommand],
  ['data/tone/impatience.ts', IMPATIENCE, impatience],
  ['data/tone/insult.ts', INSULTS, insult],
];

describe('tone phrase tables', () => {
  for (const [file, table, rule] of TABLES) {
    it(`${file}: compiles, no duplicates, a note and a known message per entry`, () => {
      expect(() => compilePhrases(table)).not.toThrow();
      const patterns = table.map((e) => e.pattern);
      expect(patterns.filter((p, i) => patterns.indexOf(p) !== i), `duplicate pattern in ${file}`).toEqual([]);
      for (const e of table) {
        expect(e.note, `entry "${e.pattern.slice(0, 40)}" in ${file} needs a note`).toMatch(/\w{3,}.*\.$/);
        expect(Object.keys(rule.meta.messages), `unknown messageId "${e.messageId}" in ${file}`).toContain(e.messageId);
        if (e.unless) expect(() => new RegExp(e.unless!, 'iu')).not.toThrow();
        // Patterns run on lower-cased text: a group name or a \p{…} class would change meaning there.
        expect(e.pattern, `pattern in ${file}`).not.toMatch(/\(\?<[^=!]|\\[pPk]/);
        for (const s of e.suggestions ?? []) expect(s.label.length).toBeGreaterThan(2);
      }
    });
  }

  it('shouting words are upper case and unique', () => {
    for (const w of [...SHOUT_WORDS, ...TECHNICAL_CAPS]) expect(w).toBe(w.toUpperCase());
  });

  it('verb forms follow English spelling', () => {
    expect(new Set(TASK_VERBS).size).toBe(TASK_VERBS.length);
    expect(participle('restart')).toBe('restarted');
    expect(participle('save')).toBe('saved');
    expect(participle('copy')).toBe('copied');
    expect(participle('send')).toBe('sent');
    expect(participle('unplug')).toBe('unplugged');
    expect(pastTense('forget')).toBe('forgot');
    expect(pastTense('ignored')).toBe('ignored');
    expect(BASE_OF_PARTICIPLE.get('installed')).toBe('install');
  });
});
