// Renders a report into the pane: the draft with underlines, the finding card, the list, the checklist, the score
// and the settings. Pure DOM output from data; the controller (main.ts) owns state and actions.
import type { ChecklistItem, Finding, Report, RuleInfo } from '@rapport/core';
import { isDismissed, type Dismissed } from '../model/dismissed.js';
import { segmentsFor } from '../model/segments.js';
import type { Settings } from '../model/settings.js';
import { byId, el } from './dom.js';

export interface ViewActions {
  select(index: number): void;
  apply(index: number, suggestion: number): void;
  dismiss(index: number): void;
  closeDetail(): void;
  insert(item: ChecklistItem): void;
  changeSettings(settings: Settings): void;
}

const CATEGORY_LABEL = { tone: 'Tone', jargon: 'Jargon', clarity: 'Clarity' } as const;

export function visibleFindings(report: Report, dismissed: Dismissed): Finding[] {
  return report.findings.filter((f) => !isDismissed(dismissed, f));
}

function activate(handler: () => void): Partial<Record<'click' | 'keydown', (e: Event) => void>> {
  return {
    click: handler,
    keydown: (e) => {
      const key = (e as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        e.preventDefault();
        handler();
      }
    },
  };
}

export function renderDraft(text: string, findings: readonly Finding[], selected: number | null, actions: ViewActions): void {
  const draft = byId('draft');
  const nodes: Node[] = segmentsFor(text, findings).map((s) => {
    const slice = text.slice(s.start, s.end);
    if (s.finding === undefined) return document.createTextNode(slice);
    const f = findings[s.finding]!;
    const i = s.finding;
    return el(
      'span',
      {
        class: `u u-${f.category}${selected === i ? ' active' : ''}`,
        attrs: { role: 'button', tabindex: '0', 'data-index': String(i), 'data-rule': f.ruleId, title: f.message },
        on: activate(() => actions.select(i)),
      },
      slice,
    );
  });
  draft.replaceChildren(...nodes);
}

export function renderDetail(f: Finding | undefined, index: number, actions: ViewActions): void {
  const detail = byId('detail');
  if (!f) {
    detail.hidden = true;
    detail.replaceChildren();
    return;
  }
  detail.className = `card detail ${f.category}`;
  detail.hidden = false;
  const parts: (Node | null)[] = [
    el('div', { class: 'card-head' }, el('span', { class: `chip ${f.category}` }, CATEGORY_LABEL[f.category]), el('button', { class: 'subtle', attrs: { type: 'button', 'aria-label': 'Close' }, on: { click: () => actions.closeDetail() } }, 'Close')),
    el('p', { class: 'what' }, f.message),
    el('p', { class: 'why' }, f.why),
    f.gloss ? el('p', { class: 'gloss' }, el('strong', {}, `${f.actual}: `), f.gloss) : null,
    f.suggestions.length
      ? el(
          'ul',
          { class: 'rewrites', attrs: { 'aria-label': 'Rewrites' } },
          ...f.suggestions.map((s, k) =>
            el(
              'li',
              { class: 'rewrite' },
              el('span', {}, el('span', { class: 'label' }, s.label), s.replacement ? `“${s.replacement}”` : '(remove it)'),
              el('button', { class: k === 0 ? 'primary' : '', attrs: { type: 'button', 'data-apply': String(k) }, on: { click: () => actions.apply(index, k) } }, 'Apply'),
            ),
          ),
        )
      : null,
    el('div', { class: 'actions' }, el('button', { attrs: { type: 'button', id: 'dismiss' }, on: { click: () => actions.dismiss(index) } }, 'Dismiss for this draft')),
  ];
  detail.replaceChildren(...parts.filter((p): p is Node => p !== null));
}

export function renderList(findings: readonly Finding[], selected: number | null, actions: ViewActions): void {
  byId('count').textContent = findings.length === 1 ? '1 to look at' : `${findings.length} to look at`;
  const list = byId('findings');
  if (!findings.length) {
    list.replaceChildren(el('li', { class: 'empty' }, 'Nothing to change: this reads kindly and plainly.'));
    return;
  }
  list.replaceChildren(
    ...findings.map((f, i) =>
      el(
        'li',
        { class: `finding${selected === i ? ' active' : ''}`, attrs: { role: 'button', tabindex: '0', 'data-index': String(i) }, on: activate(() => actions.select(i)) },
        el('span', { class: `chip ${f.category}` }, CATEGORY_LABEL[f.category]),
        el('span', { class: 'message' }, f.message),
      ),
    ),
  );
}

export function renderChecklist(items: readonly ChecklistItem[], actions: ViewActions): void {
  const list = byId('checklist');
  if (!items.length) {
    list.replaceChildren(el('li', { class: 'empty' }, 'No checklist items for this draft yet.'));
    return;
  }
  list.replaceChildren(
    ...items.map((item) => {
      const state = item.passed === true ? 'passed' : item.passed === false ? 'failed' : 'na';
      const mark = item.passed === true ? '✓' : item.passed === false ? '✗' : '–';
      const status = item.passed === true ? 'done' : item.passed === false ? 'missing' : 'not needed here';
      return el(
        'li',
        { class: `check ${state}`, attrs: { 'data-id': item.id, 'data-passed': String(item.passed) } },
        el('span', { class: 'mark', attrs: { 'aria-label': status } }, mark),
        el(
          'div',
          {},
          el('div', {}, item.label),
          el('div', { class: 'why' }, item.why),
          item.passed === false && item.suggestion
            ? el(
                'div',
                { class: 'insert' },
                el('div', { class: 'preview' }, `“${item.suggestion.text.trim()}”`),
                el('button', { attrs: { type: 'button', 'data-insert': item.id }, on: { click: () => actions.insert(item) } }, 'Insert'),
              )
            : null,
        ),
      );
    }),
  );
}

export function renderScore(report: Report): void {
  byId('score').hidden = false;
  const value = byId('score-value');
  value.textContent = String(report.score);
  value.className = `score-value ${report.score >= 80 ? 'good' : report.score >= 60 ? 'fair' : 'poor'}`;
  value.title = `Tone ${report.scores.tone} · Jargon ${report.scores.jargon} · Clarity ${report.scores.clarity} (100 = warm and plain)`;
  byId('score-label').textContent = report.score >= 80 ? 'warm and clear' : report.score >= 60 ? 'nearly there' : 'needs a kinder touch';
}

export function renderSettings(settings: Settings, rules: readonly RuleInfo[], checklist: readonly ChecklistItem[], actions: ViewActions): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="audience"]')) {
    input.checked = input.value === settings.audience;
    input.onchange = () => actions.changeSettings({ ...settings, audience: input.value === 'technical' ? 'technical' : 'end-user' });
  }
  const off = new Set(settings.rulesOff);
  byId('rules').replaceChildren(
    ...rules.map((r) => {
      const box = el('input', { attrs: { type: 'checkbox', 'data-rule': r.id } });
      box.checked = !off.has(r.id);
      box.addEventListener('change', () =>
        actions.changeSettings({ ...settings, rulesOff: box.checked ? settings.rulesOff.filter((id) => id !== r.id) : [...settings.rulesOff, r.id] }),
      );
      return el('label', { class: 'choice' }, box, el('span', {}, r.id, el('small', {}, r.description)));
    }),
  );
  if (!checklist.length) return;
  const enforced = new Set(settings.blockOnChecklist);
  byId('blocks').replaceChildren(
    ...checklist.map((c) => {
      const box = el('input', { attrs: { type: 'checkbox', 'data-block': c.id } });
      box.checked = enforced.has(c.id);
      box.addEventListener('change', () =>
        actions.changeSettings({
          ...settings,
          blockOnChecklist: box.checked ? [...settings.blockOnChecklist, c.id] : settings.blockOnChecklist.filter((id) => id !== c.id),
        }),
      );
      return el('label', { class: 'choice' }, box, el('span', {}, c.label));
    }),
  );
}

export function setStatus(message: string, kind: 'info' | 'error' = 'info'): void {
  const status = byId('status');
  status.textContent = message;
  status.classList.toggle('error', kind === 'error');
}
