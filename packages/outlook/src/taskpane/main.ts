// The task pane's controller: decides between Outlook, "open this from Outlook" and demo mode, keeps the draft and
// its report, re-reads the draft every few seconds while the pane is visible, and re-analyses only on change.
import { analyze, ruleList, type ChecklistItem, type Report } from '@rapport/core';
import { type Dismissed, withDismissed } from '../model/dismissed.js';
import { DEFAULT_SETTINGS, type Settings, toConfig } from '../model/settings.js';
import { insertInDraft, replaceInDraft, type EditPath } from './apply.js';
import { byId } from './dom.js';
import { demoHost, outlookHost, type DraftHost } from './host.js';
import { SAMPLE_DRAFT } from './sample.js';
import { renderChecklist, renderDetail, renderDraft, renderList, renderScore, renderSettings, setStatus, visibleFindings, type ViewActions } from './view.js';

/** How often the draft is re-read while the pane is visible (Outlook has no body-changed event). */
const POLL_MS = 2000;
const OFFICE_READY_TIMEOUT_MS = 5000;
const KNOWN_RULES = new Set(ruleList.map((r) => r.id));

interface State {
  host: DraftHost | null;
  text: string | null;
  report: Report | null;
  settings: Settings;
  dismissed: Dismissed;
  selected: number | null;
  analyses: number;
  busy: boolean;
}

const state: State = { host: null, text: null, report: null, settings: { ...DEFAULT_SETTINGS }, dismissed: new Set(), selected: null, analyses: 0, busy: false };

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Runs one read or edit at a time, so a poll never reads the draft halfway through an edit. A poll skips its turn
 * when something is running; a click waits for it.
 */
async function exclusive<T>(fn: () => Promise<T>, wait = false): Promise<T | undefined> {
  while (state.busy && wait) await new Promise((r) => setTimeout(r, 25));
  if (state.busy) return undefined;
  state.busy = true;
  try {
    return await fn();
  } finally {
    state.busy = false;
  }
}

function analyzeAndRender(): void {
  if (state.text === null) return;
  const t0 = performance.now();
  state.report = analyze(state.text, { kind: 'email', config: toConfig(state.settings) });
  state.analyses++;
  document.body.dataset.analyses = String(state.analyses);
  document.body.dataset.ms = String(Math.round(performance.now() - t0));
  render();
}

function render(): void {
  const report = state.report;
  if (!report || state.text === null) return;
  const findings = visibleFindings(report, state.dismissed);
  if (state.selected !== null && state.selected >= findings.length) state.selected = null;
  renderDraft(state.text, findings, state.selected, actions);
  renderDetail(state.selected === null ? undefined : findings[state.selected], state.selected ?? -1, actions);
  renderList(findings, state.selected, actions);
  renderChecklist(report.checklist, actions);
  renderScore(report);
  renderSettings(state.settings, ruleList, report.checklist, actions);
  document.body.dataset.state = 'ready';
}

async function readAndAnalyze(force: boolean): Promise<void> {
  const text = await state.host!.readText();
  if (!force && text === state.text) return;
  const previous = state.selected === null ? null : visibleFindings(state.report!, state.dismissed)[state.selected];
  state.text = text;
  analyzeAndRender();
  // Keep the open card if the same finding is still there after typing elsewhere.
  if (previous) {
    const now = visibleFindings(state.report!, state.dismissed);
    const same = now.findIndex((f) => f.ruleId === previous.ruleId && f.actual === previous.actual);
    state.selected = same < 0 ? null : same;
    render();
  }
}

async function refresh(force = false): Promise<void> {
  await exclusive(async () => {
    try {
      await readAndAnalyze(force);
      if (force || byId('status').classList.contains('error')) setStatus('Up to date. Suggestions follow your typing.');
    } catch (err) {
      setStatus(`Couldn't read the draft: ${message(err)}`, 'error');
    }
  });
}

const EDIT_DONE: Record<Exclude<EditPath, 'not-found'>, string> = {
  selection: 'Replaced your selection. Outlook can undo it (Ctrl+Z).',
  html: 'Updated the draft; its formatting is unchanged.',
  text: 'Updated the draft.',
};

/** Edits the draft only if it still matches what was analysed; otherwise refreshes and asks to try again. */
async function edit(run: (host: DraftHost, text: string) => Promise<EditPath>): Promise<void> {
  await exclusive(async () => {
    const host = state.host!;
    try {
      const current = await host.readText();
      if (current !== state.text) {
        state.text = current;
        analyzeAndRender();
        setStatus('Your draft changed, so the suggestions were refreshed. Please try again.');
        return;
      }
      const path = await run(host, current);
      if (path === 'not-found') {
        setStatus("Couldn't find those words in the message. Select them in your draft, then choose Apply again.", 'error');
        return;
      }
      state.selected = null;
      await readAndAnalyze(true);
      setStatus(EDIT_DONE[path]);
    } catch (err) {
      setStatus(`Couldn't change the draft: ${message(err)}`, 'error');
    }
  }, true);
}

const actions: ViewActions = {
  select(index) {
    state.selected = state.selected === index ? null : index;
    render();
    byId('detail').scrollIntoView?.({ block: 'nearest' });
  },
  closeDetail() {
    state.selected = null;
    render();
  },
  apply(index, k) {
    const f = visibleFindings(state.report!, state.dismissed)[index];
    const s = f?.suggestions[k];
    if (!f || !s) return;
    void edit((host, text) => replaceInDraft(host, text, f.start, f.end, s.replacement));
  },
  dismiss(index) {
    const f = visibleFindings(state.report!, state.dismissed)[index];
    if (!f) return;
    state.dismissed = withDismissed(state.dismissed, f);
    state.selected = null;
    render();
    state.host!.saveDismissed(state.dismissed).then(
      () => setStatus(`Dismissed “${f.actual}” for this draft.`),
      (err) => setStatus(`Dismissed for now, but couldn't save it with the draft: ${message(err)}`, 'error'),
    );
  },
  insert(item: ChecklistItem) {
    const s = item.suggestion;
    if (!s) return;
    void edit((host, text) => insertInDraft(host, text, Math.min(s.insertAt, text.length), s.text));
  },
  changeSettings(settings) {
    state.settings = settings;
    analyzeAndRender();
    state.host!.saveSettings(settings).then(
      () => setStatus('Settings saved.'),
      (err) => setStatus(`Settings apply now, but couldn't be saved: ${message(err)}`, 'error'),
    );
  },
};

function applyOfficeTheme(): void {
  const bg = (typeof Office !== 'undefined' && Office.context?.officeTheme?.bodyBackgroundColor) || '';
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bg);
  if (!m) return; // follow prefers-color-scheme
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h!, 16));
  document.documentElement.dataset.theme = 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 128 ? 'dark' : 'light';
}

async function start(host: DraftHost): Promise<void> {
  state.host = host;
  state.settings = host.loadSettings(KNOWN_RULES);
  state.dismissed = await host.loadDismissed().catch(() => new Set<string>());
  byId('main').hidden = false;
  setStatus('Reading your draft…');
  await refresh(true);
  // Re-read only while someone can see the pane: a hidden pane costs no CPU.
  setInterval(() => {
    if (document.visibilityState === 'visible') void refresh();
  }, POLL_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void refresh();
  });
}

function startDemo(): void {
  byId('outside').hidden = true;
  byId('demo').hidden = false;
  document.body.dataset.mode = 'demo';
  const area = byId<HTMLTextAreaElement>('demo-draft');
  area.value = SAMPLE_DRAFT;
  let timer: ReturnType<typeof setTimeout> | undefined;
  area.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 300);
  });
  void start(demoHost(area));
}

function showOutside(): void {
  document.body.dataset.mode = 'outside';
  document.body.dataset.state = 'outside';
  setStatus('Not running inside Outlook.');
  byId('outside').hidden = false;
  byId('try-demo').addEventListener('click', startDemo, { once: true });
}

function officeReady(): Promise<{ host: unknown } | null> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve(null);
  return Promise.race([
    Office.onReady().then((info) => info as { host: unknown }, () => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS)),
  ]);
}

async function boot(): Promise<void> {
  const wantsDemo = new URLSearchParams(location.search).has('demo');
  const info = await officeReady();
  const inOutlook = info !== null && info.host === Office.HostType.Outlook && Boolean(Office.context?.mailbox?.item);
  if (inOutlook && !wantsDemo) {
    document.body.dataset.mode = 'outlook';
    applyOfficeTheme();
    await start(outlookHost());
  } else {
    showOutside();
    if (wantsDemo) startDemo();
  }
}

void boot().catch((err) => setStatus(`Rapport couldn't start: ${message(err)}`, 'error'));
