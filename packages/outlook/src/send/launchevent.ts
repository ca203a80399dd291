// Entry of the on-send bundle (the manifest's executeFunction action "onMessageSendHandler"). Outlook may run it in
// a JavaScript-only runtime: no window, no document, only the Office global. Wires Office's callbacks to handleSend.
import { analyze } from '@rapport/core';
import { DISMISSED_KEY, parseDismissed } from '../model/dismissed.js';
import { DEFAULT_SETTINGS, SETTINGS_KEY, fromStored } from '../model/settings.js';
import { handleSend, type SendDeps } from './handler.js';

export const SEND_ACTION_ID = 'onMessageSendHandler';
/** The ribbon button that opens the task pane (manifest: ribbons…controls[].id). */
export const PANE_COMMAND_ID = 'msgComposeOpenPaneButton';

function log(message: string): void {
  if (typeof console !== 'undefined') console.log(message);
}

function readBody(): Promise<string> {
  return new Promise((resolve, reject) => {
    Office.context.mailbox.item!.body.getAsync(Office.CoercionType.Text, {}, (result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(`body.getAsync failed: ${result.error?.message ?? 'unknown error'}`));
    });
  });
}

function readDismissed(): Promise<ReadonlySet<string>> {
  return new Promise((resolve) => {
    const session = (Office.context.mailbox.item as { sessionData?: Office.SessionData } | undefined)?.sessionData;
    if (!session) return resolve(new Set());
    session.getAsync(DISMISSED_KEY, (result) =>
      resolve(result.status === Office.AsyncResultStatus.Succeeded ? parseDismissed(result.value) : new Set()),
    );
  });
}

function readSettings(): ReturnType<SendDeps['readSettings']> {
  try {
    return fromStored(Office.context.roamingSettings?.get(SETTINGS_KEY));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

function onMessageSendHandler(event: Office.MailboxEvent): void {
  const hasTimers = typeof setTimeout === 'function';
  void handleSend(event as unknown as Parameters<typeof handleSend>[0], {
    readBody,
    readDismissed,
    readSettings,
    analyze,
    log,
    // Without timers (never seen, but the runtime is minimal) the guards simply never fire.
    setTimer: (fn, ms) => (hasTimers ? setTimeout(fn, ms) : undefined),
    clearTimer: (t) => {
      if (typeof clearTimeout === 'function' && t !== undefined) (clearTimeout as (handle: unknown) => void)(t);
    },
    promptUser: Office.MailboxEnums?.SendModeOverride?.PromptUser,
    commandId: PANE_COMMAND_ID,
  });
}

Office.actions.associate(SEND_ACTION_ID, onMessageSendHandler);
