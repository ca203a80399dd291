import { analyze } from '@rapport/core';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../model/settings.js';
import { handleSend, type CompletedOptions, type SendDeps } from './handler.js';

function deps(over: Partial<SendDeps> = {}): SendDeps {
  return {
    readBody: async () => 'Hi Sam,\n\nYour laptop is ready.\n\nAlex',
    readSettings: () => ({ ...DEFAULT_SETTINGS }),
    readDismissed: async () => new Set(),
    analyze,
    log: () => {},
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
    promptUser: 'promptUser',
    commandId: 'msgComposeOpenPaneButton',
    ...over,
  };
}

async function run(d: SendDeps, limits?: Parameters<typeof handleSend>[2]): Promise<CompletedOptions[]> {
  const calls: CompletedOptions[] = [];
  await handleSend({ completed: (o) => calls.push(o) }, d, limits);
  await new Promise((r) => setTimeout(r, 20));
  return calls;
}

describe('handleSend', () => {
  it('allows a kind draft', async () => {
    expect(await run(deps())).toEqual([{ allowEvent: true }]);
  });
  it('soft-blocks a harsh draft with a prompt and a way to the pane', async () => {
    const [o, ...rest] = await run(deps({ readBody: async () => 'As I already explained, restart it.' }));
    expect(rest).toEqual([]);
    expect(o).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser', commandId: 'msgComposeOpenPaneButton', cancelLabel: 'Check tone' });
    expect(o!.errorMessage).toContain('As I already explained');
  });
  it('allows when a rule is switched off in settings', async () => {
    const d = deps({ readBody: async () => 'As I already explained, restart it.', readSettings: () => ({ ...DEFAULT_SETTINGS, rulesOff: ['tone/impatience'] }) });
    expect(await run(d)).toEqual([{ allowEvent: true }]);
  });
  it('fails open, once, on every kind of fault', async () => {
    const boom = (): never => {
      throw new Error('boom');
    };
    expect(await run(deps({ analyze: boom }))).toEqual([{ allowEvent: true }]);
    expect(await run(deps({ readBody: () => Promise.reject(new Error('read failed')) }))).toEqual([{ allowEvent: true }]);
    expect(await run(deps({ readBody: boom }))).toEqual([{ allowEvent: true }]);
    expect(await run(deps({ readSettings: boom }))).toEqual([{ allowEvent: true }]);
    expect(await run(deps({ readDismissed: boom }))).toEqual([{ allowEvent: true }]);
    expect(await run(deps({ setTimer: boom }))).toEqual([{ allowEvent: true }]);
  });
  it('times out to allow when the body never arrives, and ignores a late answer', async () => {
    let late: (s: string) => void = () => {};
    const log = vi.fn();
    const calls = await run(deps({ readBody: () => new Promise((r) => (late = r)), log }), { timeoutMs: 30, maxChars: 1000, dismissedTimeoutMs: 10 });
    late('As I already explained.');
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual([{ allowEvent: true }]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('timed out'));
  });
  it('does not wait long for dismissed phrases', async () => {
    expect(await run(deps({ readDismissed: () => new Promise(() => {}) }), { timeoutMs: 1000, maxChars: 1000, dismissedTimeoutMs: 10 })).toEqual([{ allowEvent: true }]);
  });
});
