import { describe, expect, it } from 'vitest';
import { dismissKey, isDismissed, parseDismissed, serializeDismissed, withDismissed } from './dismissed.js';

describe('dismissed phrases', () => {
  const f = { ruleId: 'tone/impatience', actual: 'As I  already explained' } as const;
  it('matches the same rule and phrase regardless of case and spacing', () => {
    const d = withDismissed(new Set(), f);
    expect(isDismissed(d, { ruleId: 'tone/impatience', actual: 'as i already explained' })).toBe(true);
    expect(isDismissed(d, { ruleId: 'jargon/unexplained-term', actual: 'as i already explained' })).toBe(false);
  });
  it('round-trips through session data and survives junk', () => {
    const d = withDismissed(withDismissed(new Set(), f), { ruleId: 'jargon/unexplained-term', actual: 'DNS' });
    expect(parseDismissed(serializeDismissed(d))).toEqual(d);
    expect(parseDismissed('nope')).toEqual(new Set());
    expect(parseDismissed(JSON.stringify([['a'], 3, ['x', 'y']]))).toEqual(new Set([dismissKey({ ruleId: 'x' as 'tone/x', actual: 'y' })]));
    expect(parseDismissed(undefined)).toEqual(new Set());
  });
});
