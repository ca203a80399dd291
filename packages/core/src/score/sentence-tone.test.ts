import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { sentenceTone } from './sentence-tone.js';

describe('sentenceTone', () => {
  it('reads a plain statement as neutral', () => {
    const t = sentenceTone('The new laptop arrives at the front desk on Monday morning.');
    expect(t).toBeGreaterThanOrEqual(45);
    expect(t).toBeLessThanOrEqual(75);
  });
  it('reads thanks, apologies and polite requests as warm', () => {
    expect(sentenceTone("Thanks for your patience, and sorry for the trouble — could you try once more?")).toBeGreaterThan(85);
  });
  it('reads accusing questions and stacked marks as cold', () => {
    expect(sentenceTone('Why did you delete the folder again?!')).toBeLessThan(25);
  });
  it('orders kind above blunt above hostile', () => {
    const kind = sentenceTone('Could you please restart the laptop when you have a moment?');
    const blunt = sentenceTone('Restart the laptop.');
    const hostile = sentenceTone('Why would you never restart the stupid laptop?!');
    expect(kind).toBeGreaterThan(blunt);
    expect(blunt).toBeGreaterThan(hostile);
  });
  it('gives text without words the neutral score and stays in 0..100', () => {
    expect(sentenceTone('   ')).toBe(60);
    for (const s of ['!!!', 'THANK YOU THANK YOU', 'no no no no no never wrong bad']) {
      expect(sentenceTone(s)).toBeGreaterThanOrEqual(0);
      expect(sentenceTone(s)).toBeLessThanOrEqual(100);
    }
  });

  it('caps a sentence that holds a tone finding', () => {
    const report = analyze('Thanks so much for the details! This is a user error, sorry.', { kind: 'plain' });
    expect(report.sentences).toHaveLength(2);
    expect(report.sentences[0]!.tone).toBeGreaterThan(70);
    expect(report.sentences[1]!.tone).toBeLessThanOrEqual(25);
  });
});
