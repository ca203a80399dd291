// The draft as the pane sees it: Outlook's compose item, or a textarea in demo mode. Everything Office-specific
// (callbacks, coercion types, roaming settings, per-draft session data) stays in this file.
import { DISMISSED_KEY, type Dismissed, parseDismissed, serializeDismissed } from '../model/dismissed.js';
import { SETTINGS_KEY, type Settings, fromStored, toStored } from '../model/settings.js';

export interface DraftHost {
  readonly mode: 'outlook' | 'demo';
  readText(): Promise<string>;
  bodyType(): Promise<'html' | 'text'>;
  readHtml(): Promise<string>;
  writeHtml(html: string): Promise<void>;
  writeText(text: string): Promise<void>;
  /** The selected text in the body, or null when nothing (or the subject) is selected. */
  selectedText(): Promise<string | null>;
  replaceSelection(text: string): Promise<void>;
  loadSettings(knownRules: ReadonlySet<string>): Settings;
  saveSettings(settings: Settings): Promise<void>;
  loadDismissed(): Promise<Set<string>>;
  saveDismissed(dismissed: Dismissed): Promise<void>;
}

/** An Office call that never answers must not freeze the pane: give up after this long. */
const CALL_TIMEOUT_MS = 10_000;

function call<T>(fn: (cb: (r: Office.AsyncResult<T>) => void) => void, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: Outlook did not answer`)), CALL_TIMEOUT_MS);
    try {
      fn((r) => {
        clearTimeout(timer);
        if (r.status === Office.AsyncResultStatus.Succeeded) resolve(r.value);
        else reject(new Error(`${what}: ${r.error?.message ?? 'failed'}`));
      });
    } catch (err) {
      clearTimeout(timer);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

export function outlookHost(): DraftHost {
  const item = (): Office.MessageCompose => Office.context.mailbox.item as unknown as Office.MessageCompose;
  let fallbackDismissed = new Set<string>();
  return {
    mode: 'outlook',
    readText: () => call<string>((cb) => item().body.getAsync(Office.CoercionType.Text, cb), 'Reading the draft'),
    bodyType: async () =>
      (await call<Office.CoercionType>((cb) => item().body.getTypeAsync(cb), 'Reading the body type')) === Office.CoercionType.Html ? 'html' : 'text',
    readHtml: () => call<string>((cb) => item().body.getAsync(Office.CoercionType.Html, cb), 'Reading the draft'),
    writeHtml: (html) => call<void>((cb) => item().body.setAsync(html, { coercionType: Office.CoercionType.Html }, cb), 'Updating the draft'),
    writeText: (text) => call<void>((cb) => item().body.setAsync(text, { coercionType: Office.CoercionType.Text }, cb), 'Updating the draft'),
    selectedText: async () => {
      const value = await call<{ data: string; sourceProperty: string }>(
        (cb) => item().getSelectedDataAsync(Office.CoercionType.Text, cb as (r: Office.AsyncResult<unknown>) => void),
        'Reading the selection',
      ).catch(() => null);
      return value && value.sourceProperty === 'body' && value.data ? value.data : null;
    },
    replaceSelection: (text) =>
      call<void>((cb) => item().setSelectedDataAsync(text, { coercionType: Office.CoercionType.Text }, cb), 'Replacing the selection'),
    loadSettings: (known) => fromStored(Office.context.roamingSettings?.get(SETTINGS_KEY), known),
    saveSettings: (settings) => {
      Office.context.roamingSettings.set(SETTINGS_KEY, toStored(settings));
      return call<void>((cb) => Office.context.roamingSettings.saveAsync(cb), 'Saving settings');
    },
    loadDismissed: async () => {
      const session = item().sessionData;
      if (!session) return new Set(fallbackDismissed);
      return parseDismissed(await call<string>((cb) => session.getAsync(DISMISSED_KEY, cb), 'Reading dismissed phrases').catch(() => ''));
    },
    saveDismissed: async (dismissed) => {
      fallbackDismissed = new Set(dismissed);
      const session = item().sessionData;
      // sessionData (Mailbox 1.11) keeps the list with this draft, where the send check can read it too.
      if (session) await call<void>((cb) => session.setAsync(DISMISSED_KEY, serializeDismissed(dismissed), cb), 'Saving dismissed phrases');
    },
  };
}

const LOCAL_SETTINGS = 'rapport.demo.settings';

/** Demo mode: the "draft" is a textarea on the page; settings live in this browser only. */
export function demoHost(area: HTMLTextAreaElement): DraftHost {
  let dismissed = new Set<string>();
  return {
    mode: 'demo',
    readText: async () => area.value,
    bodyType: async () => 'text',
    readHtml: async () => {
      throw new Error('The demo draft is plain text');
    },
    writeHtml: async () => {
      throw new Error('The demo draft is plain text');
    },
    writeText: async (text) => {
      area.value = text;
    },
    selectedText: async () => (area.selectionEnd > area.selectionStart ? area.value.slice(area.selectionStart, area.selectionEnd) : null),
    replaceSelection: async (text) => area.setRangeText(text, area.selectionStart, area.selectionEnd, 'end'),
    loadSettings: (known) => {
      try {
        return fromStored(localStorage.getItem(LOCAL_SETTINGS), known);
      } catch {
        return fromStored(null);
      }
    },
    saveSettings: async (settings) => {
      try {
        localStorage.setItem(LOCAL_SETTINGS, JSON.stringify(toStored(settings)));
      } catch {
        // Storage may be off (private windows); the settings still apply to this visit.
      }
    },
    loadDismissed: async () => new Set(dismissed),
    saveDismissed: async (d) => {
      dismissed = new Set(d);
    },
  };
}
