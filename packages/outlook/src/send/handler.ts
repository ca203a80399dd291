// The on-send check, free of Office globals so it can be tested anywhere. Whatever happens (a slow read, a failed
// read, an analyzer fault, a huge body) it calls `completed` exactly once, and it lets the send through unless
// it found something worth holding it for. It only reads the draft; it never writes.
import type { AnalyzeOptions, Report } from '@rapport/core';
import type { Dismissed } from '../model/dismissed.js';
import type { Settings } from '../model/settings.js';
import { toConfig } from '../model/settings.js';
import { verdictFor } from '../model/verdict.js';

export interface CompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  cancelLabel?: string;
  commandId?: string;
  sendModeOverride?: string;
}

export interface SendDeps {
  readBody(): Promise<string>;
  readSettings(): Settings;
  readDismissed(): Promise<Dismissed>;
  analyze(text: string, options: AnalyzeOptions): Report;
  log(message: string): void;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
  /** `Office.MailboxEnums.SendModeOverride.PromptUser`, when the host has it. */
  promptUser?: string;
  /** Id of the ribbon button whose pane opens from the dialog's cancel button. */
  commandId?: string;
}

export const LIMITS = {
  /** Outlook warns the writer after 5 s; give up well before that and let the send go. */
  timeoutMs: 3500,
  /** Beyond this many characters only the start is checked: the new words of a reply sit at the top. */
  maxChars: 100_000,
  /** Reading dismissed phrases is optional; never wait long for it. */
  dismissedTimeoutMs: 500,
};

function withTimeout<T>(p: Promise<T>, ms: number, fallback: T, deps: SendDeps): Promise<T> {
  return new Promise((resolve) => {
    const t = deps.setTimer(() => resolve(fallback), ms);
    p.then(
      (v) => (deps.clearTimer?.(t), resolve(v)),
      () => (deps.clearTimer?.(t), resolve(fallback)),
    );
  });
}

export function handleSend(event: { completed(options: CompletedOptions): void }, deps: SendDeps, limits = LIMITS): Promise<void> {
  let done = false;
  let timer: unknown;
  let finish!: () => void;
  const finished = new Promise<void>((r) => (finish = r));
  const complete = (options: CompletedOptions, why: string): void => {
    if (done) return;
    done = true;
    if (timer !== undefined) deps.clearTimer?.(timer);
    try {
      event.completed(options);
    } catch (err) {
      deps.log(`Rapport: completed() threw: ${String(err)}`);
    }
    if (why) deps.log(`Rapport: ${why}`);
    finish();
  };
  const allow = (why: string): void => complete({ allowEvent: true }, why);

  try {
    timer = deps.setTimer(() => allow('send check timed out; letting the send through'), limits.timeoutMs);
    Promise.all([deps.readBody(), withTimeout(deps.readDismissed(), limits.dismissedTimeoutMs, new Set<string>(), deps)])
      .then(([body, dismissed]) => {
        if (done) return;
        if (typeof body !== 'string') return allow('draft body was not text; letting the send through');
        const settings = deps.readSettings();
        const text = body.length > limits.maxChars ? body.slice(0, limits.maxChars) : body;
        const report = deps.analyze(text, { kind: 'email', config: toConfig(settings) });
        const verdict = verdictFor(report, { dismissed, blockOnChecklist: settings.blockOnChecklist });
        if (verdict.allow) return allow('');
        const options: CompletedOptions = { allowEvent: false, errorMessage: verdict.errorMessage, cancelLabel: verdict.cancelLabel };
        if (deps.commandId) options.commandId = deps.commandId;
        if (deps.promptUser) options.sendModeOverride = deps.promptUser;
        complete(options, '');
      })
      .catch((err: unknown) => allow(`send check failed (${err instanceof Error ? err.message : String(err)}); letting the send through`));
  } catch (err) {
    allow(`send check failed (${err instanceof Error ? err.message : String(err)}); letting the send through`);
  }
  return finished;
}
