import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { readTone } from '../tone-model/model.js';

// Sentence warmth comes from the fitted tone model; these check what any sensible fit must do.
describe('sentence warmth', () => {
  const warmth = (s: string): number => readTone(s).warmth;

  it('reads thanks and a polite request warmer than a plain statement', () => {
    expect(warmth('Thanks for your patience, and sorry for the trouble; could you try once more?')).toBeGreaterThan(warmth('The new laptop arrives at the front desk on Monday morning.'));
  });

  it('orders kind above hostile', () => {
    expect(warmth('Could you please restart the laptop when you have a moment?')).toBeGreaterThan(warmth('Why would you never restart the stupid laptop?!'));
  });

  it('stays within 0..100 for any text', () => {
    for (const s of ['', '   ', '!!!', 'THANK YOU THANK YOU', 'no no no no no never wrong bad']) {
      expect(warmth(s)).toBeGreaterThanOrEqual(0);
      expect(warmth(s)).toBeLessThanOrEqual(100);
    }
  });

  it('caps a sentence that holds a tone finding', () => {
    const report = analyze('Thanks so much for the details! This is a user error, sorry.', { kind: 'plain' });
    expect(report.sentences).toHaveLength(2);
    expect(report.sentences[0]!.tone).toBeGreaterThan(report.sentences[1]!.tone);
    expect(report.sentences[1]!.tone).toBeLessThanOrEqual(25);
  });
});
