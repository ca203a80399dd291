import { describe, expect, it } from 'vitest';
import { isMatchableForm, termKey } from '../../rules/shared/term-matcher.js';
import { WORDY_PHRASES } from './wordy-phrases.js';

describe('data/clarity/wordy-phrases', () => {
  it('has lower-case, unique, matchable phrases, each with at least one plainer alternative', () => {
    const phrases = WORDY_PHRASES.map(([p]) => p);
    expect(phrases.filter((p) => p !== termKey(p))).toEqual([]);
    expect(phrases.filter((p, i) => phrases.indexOf(p) !== i)).toEqual([]);
    expect(phrases.filter((p) => !isMatchableForm(p))).toEqual([]);
    expect(WORDY_PHRASES.filter(([, plain]) => !plain.length || plain.some((x) => !x.trim())).map(([p]) => p)).toEqual([]);
  });

  it('leaves out words with an IT meaning', () => {
    for (const word of ['execute', 'terminate', 'implement', 'monitor', 'address', 'function', 'component']) {
      expect(WORDY_PHRASES.map(([p]) => p)).not.toContain(word);
    }
  });
});
