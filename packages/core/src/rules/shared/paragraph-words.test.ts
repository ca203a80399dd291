import { describe, expect, it } from 'vitest';
import { paragraphWords } from './paragraph-words.js';

const wordsOf = (text: string): string[] => [...paragraphWords(text)];

describe('paragraphWords', () => {
  it('splits at anything but letters, digits and "_", lower-cased', () => {
    expect(wordsOf("You didn't read the E-mail (twice)!")).toEqual(['you', 'didn', 't', 'read', 'the', 'e', 'mail', 'twice']);
    expect(wordsOf('café naïve user_name 3rd')).toEqual(['caf', 'na', 've', 'user_name', '3rd']);
    expect(wordsOf('')).toEqual([]);
  });

  // The prefilter is sound only if a character is part of a word exactly when the matchers' `iu` regexes call it
  // \w, and a letter of a phrase matches exactly the characters that become that letter here.
  it('reads every character as the matchers do', () => {
    const isWord = /^\w$/iu;
    const isLetter = /^[a-z]$/iu;
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const words = wordsOf(`a${c}b`);
      const joined = words.length === 1;
      if (joined !== isWord.test(c)) wrong.push(`U+${cp.toString(16)} ${joined ? 'joins' : 'splits'} words`);
      else if (joined && !new RegExp(`^${words[0]!.slice(1, -1)}$`, 'iu').test(c)) wrong.push(`U+${cp.toString(16)} reads as "${words[0]}"`);
      if (isLetter.test(c) && !joined) wrong.push(`U+${cp.toString(16)} matches a letter yet splits words`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the last answer for the next rule asking about the same paragraph', () => {
    const text = 'Stop calling me.';
    expect(paragraphWords(text)).toBe(paragraphWords(text));
  });
});
