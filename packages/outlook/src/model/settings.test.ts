import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, fromStored, toConfig, toStored, type Settings } from './settings.js';

describe('settings', () => {
  const settings: Settings = { audience: 'technical', rulesOff: ['tone/impatience', 'jargon/unexplained-term'], blockOnChecklist: ['acknowledge'] };

  it('round-trips through roaming settings (as an object and as JSON text)', () => {
    const stored = toStored(settings);
    const expected = { ...settings, rulesOff: [...settings.rulesOff].sort() };
    expect(fromStored(stored)).toEqual(expected);
    expect(fromStored(JSON.stringify(stored))).toEqual(expected);
    expect(toStored(fromStored(stored))).toEqual(stored);
  });
  it('falls back to defaults for missing or damaged values', () => {
    expect(fromStored(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(fromStored('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(fromStored({ audience: 'robots', rulesOff: 'tone', blockOnChecklist: [1, 'x', 'x'] })).toEqual({ ...DEFAULT_SETTINGS, blockOnChecklist: ['x'] });
  });
  it('drops rule ids the engine no longer has', () => {
    expect(fromStored({ rulesOff: ['tone/impatience', 'tone/gone'] }, new Set(['tone/impatience'])).rulesOff).toEqual(['tone/impatience']);
  });
  it('becomes the engine config', () => {
    expect(toConfig(settings)).toEqual({ audience: 'technical', rules: { 'tone/impatience': 'off', 'jargon/unexplained-term': 'off' } });
    expect(toConfig(DEFAULT_SETTINGS)).toEqual({ audience: 'end-user', rules: {} });
  });
});
