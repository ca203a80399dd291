import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { buildModel } from '../text/model.js';
import type { AnalyzeOptions, ChecklistItem } from '../types.js';
import { buildChecklist, checklistItems, DETECTORS } from './index.js';
import { startsWithInstruction } from './phrases.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string): string => readFileSync(path.join(here, 'fixtures', name), 'utf8');
const repoRoot = path.resolve(here, '../../../..');
const kbDir = path.resolve(repoRoot, 'test/corpus/kb/articles');

function checklist(text: string, options: AnalyzeOptions = {}): Record<string, ChecklistItem> {
  return Object.fromEntries(analyze(text, options).checklist.map((i) => [i.id, i]));
}
const verdicts = (items: Record<string, ChecklistItem>): Record<string, boolean | null> =>
  Object.fromEntries(Object.entries(items).map(([id, i]) => [id, i.passed]));
const at = (text: string, s?: { start: number; end: number }): string | undefined => (s ? text.slice(s.start, s.end) : undefined);

/** Inserts every suggestion, last offset first (ties: later items first, so the first item ends up first). */
function applyAll(text: string, items: ChecklistItem[]): string {
  const inserts = items.flatMap((item, i) => (item.suggestion ? [{ ...item.suggestion, i }] : []));
  inserts.sort((a, b) => b.insertAt - a.insertAt || b.i - a.i);
  return inserts.reduce((t, s) => t.slice(0, s.insertAt) + s.text + t.slice(s.insertAt), text);
}

const EMAIL_IDS = ['email/greeting', 'email/acknowledgement', 'email/thanks', 'email/cause', 'email/next-steps', 'email/timeline', 'email/confirm-fix', 'email/invite-questions', 'email/no-harsh-words', 'email/warm-closing'];
const ARTICLE_IDS = ['article/problem-title', 'article/audience', 'article/numbered-steps', 'article/acronyms-explained', 'article/if-still-stuck'];

describe('checklist registry', () => {
  it('lists 10 e-mail and 5 article items with unique ids, labels and reasons', () => {
    expect(checklistItems.map((i) => i.id)).toEqual([...EMAIL_IDS, ...ARTICLE_IDS]);
    for (const d of DETECTORS) {
      expect(d.meta.id.startsWith(`${d.meta.kind}/`)).toBe(true);
      expect(d.meta.label.length).toBeGreaterThan(5);
      expect(d.meta.why).toMatch(/^[A-Z].*\.$/);
    }
  });
  it('keeps one detector per file, named like its id', () => {
    for (const d of DETECTORS) {
      const [kind, name] = d.meta.id.split('/');
      expect(readFileSync(path.join(here, kind!, `${name}.ts`), 'utf8')).toContain(`id: '${d.meta.id}'`);
    }
  });
});

describe('e-mail replies', () => {
  it('a reply that does everything right passes every item', () => {
    const text = fixture('good-reply.txt');
    const items = checklist(text, { kind: 'email' });
    expect(Object.keys(items)).toEqual(EMAIL_IDS);
    expect(verdicts(items)).toEqual(Object.fromEntries(EMAIL_IDS.map((id) => [id, true])));
    expect(at(text, items['email/greeting']!.evidence)).toBe('Hi Priya,');
    expect(at(text, items['email/timeline']!.evidence)).toMatch(/again now|2 pm today/);
    expect(at(text, items['email/confirm-fix']!.evidence)).toMatch(/^Could you let me know once you've signed in/);
    expect(at(text, items['email/warm-closing']!.evidence)).toBe('Kind regards,');
    for (const item of Object.values(items)) expect(item.suggestion).toBeUndefined();
  });

  it('a reply that skips them fails exactly the missing items, each with a suggestion', () => {
    const text = fixture('bad-reply.txt');
    const items = checklist(text, { kind: 'email' });
    const failed = Object.values(items).filter((i) => i.passed === false).map((i) => i.id);
    expect(failed).toEqual(['email/greeting', 'email/acknowledgement', 'email/thanks', 'email/cause', 'email/timeline', 'email/confirm-fix', 'email/invite-questions', 'email/warm-closing']);
    expect(items['email/next-steps']!.passed).toBe(true);
    expect(items['email/no-harsh-words']!.passed).toBe(true);
    for (const id of failed) expect(items[id]!.suggestion?.text, id).toMatch(/\w/);
    // The name comes from the quoted message, and goes right after "Hi".
    expect(items['email/greeting']!.suggestion).toEqual({ text: ' Priya', insertAt: text.indexOf('Hi') + 2 });
    // Closing sentences go before the sign-off, each as its own paragraph.
    expect(items['email/invite-questions']!.suggestion!.insertAt).toBe(text.indexOf('Regards,'));
    expect(items['email/invite-questions']!.suggestion!.text.endsWith('\n\n')).toBe(true);
    expect(at(text, items['email/warm-closing']!.problem)).toBe('Regards,');
  });

  it('inserting every suggestion into the bad reply makes every item pass', () => {
    const text = fixture('bad-reply.txt');
    const fixed = applyAll(text, analyze(text, { kind: 'email' }).checklist);
    expect(fixed).toMatch(/^Hi Priya,\n\nI'm sorry about the trouble this has caused, and I understand how frustrating it is\. Thank you for letting us know/);
    expect(fixed).toContain("Thanks again for your patience, and have a good rest of your day.\n\nRegards,\nSam");
    expect(verdicts(checklist(fixed, { kind: 'email' }))).toEqual(Object.fromEntries(EMAIL_IDS.map((id) => [id, true])));
  });

  it('a harsh reply fails "no blame or harsh words" and points at the first harsh phrase', () => {
    const text = 'Hi Sam,\n\nAs I already explained, the VPN is down for everyone.\n\nKind regards,\nAlex';
    const item = checklist(text, { kind: 'email' })['email/no-harsh-words']!;
    expect(item.passed).toBe(false);
    expect(at(text, item.problem)).toBe('As I already explained');
  });

  it('ignores harshness that a config turned down to info, and findings in the quoted history', () => {
    const text = 'Hi Sam,\n\nAs I already explained, the VPN is down for everyone.\n\nKind regards,\nAlex';
    expect(checklist(text, { kind: 'email', config: { rules: { 'tone/impatience': 'info' } } })['email/no-harsh-words']!.passed).toBe(true);
    const quoted = 'Hi Sam,\n\nThe printer is fixed.\n\nOn Mon, 3 Mar 2025, Sam Lee wrote:\n> As I already explained, it jams.';
    expect(checklist(quoted, { kind: 'email' })['email/no-harsh-words']!.passed).toBe(true);
  });

  it('marks items that do not apply to a one-line note as not applicable, not failed', () => {
    for (const text of ["Thanks, that's done!", 'Hi Sam, all sorted now. Cheers, Alex', 'Done, thank you!']) {
      const items = Object.values(checklist(text, { kind: 'email' }));
      expect(items.filter((i) => i.passed === false), text).toEqual([]);
      expect(items.filter((i) => i.passed === null).length, text).toBeGreaterThanOrEqual(5);
    }
    const items = checklist("Thanks, that's done!", { kind: 'email' });
    expect(items['email/thanks']!.passed).toBe(true);
    expect(items['email/cause']!.passed).toBeNull();
    expect(items['email/confirm-fix']!.passed).toBeNull();
    expect(items['email/no-harsh-words']!.passed).toBe(true);
  });

  it('does not ask for a cause or a confirmation when nothing was fixed or asked of them yet', () => {
    const text = "Hi Priya,\n\nI'm sorry the shared drive is so slow today; I know it holds up your work. Thanks for flagging it. We're looking into it now, and I'll update you by 3 pm.\n\nIf you have any questions in the meantime, let me know.\n\nBest wishes,\nSam";
    const items = checklist(text, { kind: 'email' });
    expect(items['email/cause']!.passed).toBeNull();
    expect(items['email/confirm-fix']!.passed).toBeNull();
    expect(items['email/timeline']!.passed).toBe(true);
    expect(Object.values(items).filter((i) => i.passed === false)).toEqual([]);
  });

  it('greets by name when a name is known, and accepts a nameless greeting when none is', () => {
    const history = '\n\nOn Mon, 3 Mar 2025 at 09:12, Shah, Priya <priya@example.com> wrote:\n> help';
    const body = '\n\nYour mailbox is bigger now, so new mail will arrive again.\n\nKind regards,\nSam';
    expect(checklist(`Hello,${body}`, { kind: 'email' })['email/greeting']!.passed).toBe(true);
    const there = `Hi there,${body}${history}`;
    expect(checklist(there, { kind: 'email' })['email/greeting']!.suggestion).toEqual({ text: ' Priya', insertAt: 'Hi there'.length });
    const none = `Your mailbox is bigger now, so new mail will arrive again. Could you check it works?${body}${history}`;
    const s = checklist(none, { kind: 'email' })['email/greeting']!.suggestion!;
    expect(s).toEqual({ text: 'Hi Priya,\n\n', insertAt: 0 });
    const outlook = `Hi,${body}\n\nFrom: Dana Ortiz <dana@example.com>\nSent: Monday\nSubject: mail`;
    expect(checklist(outlook, { kind: 'email' })['email/greeting']!.suggestion!.text).toBe(' Dana');
    expect(checklist(`Hi Team,${body}${history}`, { kind: 'email' })['email/greeting']!.passed).toBe(false);
    expect(checklist(`Dear Ms Ortiz,${body}${history}`, { kind: 'email' })['email/greeting']!.passed).toBe(true);
  });

  it('reads a time as a timeline only when it points ahead', () => {
    const base = (s: string) => `Hi Sam,\n\n${s} Your laptop is ready to collect from the front desk. It has a new battery, so it lasts the whole day.\n\nKind regards,\nAlex`;
    const timeline = (s: string) => checklist(base(s), { kind: 'email' })['email/timeline']!.passed;
    expect(timeline('Thanks for telling us this morning.')).toBe(false);
    expect(timeline('Thanks for letting us know right away.')).toBe(false);
    expect(timeline("I'll call you this afternoon.")).toBe(true);
    expect(timeline('It will be at the front desk by 4 pm.')).toBe(true);
    expect(timeline('You should hear from the vendor within 2 business days.')).toBe(true);
    expect(timeline('It is working again now.')).toBe(true);
  });

  it('wants the cause in plain words: a cause full of jargon fails and offers the first explanation', () => {
    const text = 'Hi Sam,\n\nThis happened because your MFA registration expired. I have reset it.\n\nKind regards,\nAlex';
    const item = checklist(text, { kind: 'email' })['email/cause']!;
    expect(item.passed).toBe(false);
    expect(at(text, item.problem)).toBe('MFA');
    expect(item.suggestion!.insertAt).toBe(text.indexOf('MFA') + 3);
    expect(item.suggestion!.text).toMatch(/^ \(.+\)$/);
  });

  it('puts a missing cause before the steps, and keeps CRLF line breaks', () => {
    const text = 'Hi Sam,\r\n\r\nThanks for your patience.\r\n\r\nTo fix it:\r\n1. Restart the laptop.\r\n2. Sign in again.\r\n\r\nKind regards,\r\nAlex';
    const items = checklist(text, { kind: 'email' });
    expect(items['email/cause']!.suggestion).toEqual({ text: 'This happened because [what went wrong, in everyday words].\r\n\r\n', insertAt: text.indexOf('To fix it:') });
    expect(items['email/timeline']!.suggestion!.text.endsWith('\r\n\r\n')).toBe(true);
  });

  it('adds a closing at the end when the reply has no sign-off', () => {
    const text = 'Hi Sam,\n\nI restarted the print server, so printing works again now. Thanks for your patience!';
    const items = checklist(text, { kind: 'email' });
    expect(items['email/warm-closing']!.passed).toBe(true);
    const cold = 'Hi Sam,\n\nI restarted the print server, so printing works again now. The queue had stalled overnight. Let me know if it works.';
    const item = checklist(cold, { kind: 'email' })['email/warm-closing']!;
    expect(item.passed).toBe(false);
    expect(item.suggestion).toEqual({ text: '\n\nThanks again for your patience, and have a good rest of your day.', insertAt: cold.length });
  });
});

describe('knowledge-base articles', () => {
  it('a good article passes every item', () => {
    const text = fixture('good-article.md');
    const items = checklist(text, { kind: 'markdown' });
    expect(Object.keys(items)).toEqual(ARTICLE_IDS);
    expect(verdicts(items)).toEqual(Object.fromEntries(ARTICLE_IDS.map((id) => [id, true])));
    expect(at(text, items['article/problem-title']!.evidence)).toBe('Outlook keeps asking for my password');
    expect(at(text, items['article/numbered-steps']!.evidence)).toMatch(/^1\. Close Outlook\.[\s\S]*6\. Type your new password when Outlook asks for it\.$/);
  });

  it('a bad article fails every item, with the place or a sentence to add', () => {
    const text = fixture('bad-article.md');
    const items = checklist(text, { kind: 'markdown' });
    expect(verdicts(items)).toEqual(Object.fromEntries(ARTICLE_IDS.map((id) => [id, false])));
    expect(at(text, items['article/problem-title']!.problem)).toBe('Credential caching behavior in Outlook clients');
    expect(items['article/audience']!.suggestion).toEqual({
      text: 'This article is for anyone who [what the reader is doing or seeing when this happens].\n\n',
      insertAt: text.indexOf('Outlook caches'),
    });
    expect(at(text, items['article/numbered-steps']!.problem)).toMatch(/^- Close Outlook and open Credential Manager/);
    expect(at(text, items['article/acronyms-explained']!.problem)).toBe('MFA');
    expect(items['article/acronyms-explained']!.suggestion!.insertAt).toBe(text.indexOf('MFA') + 3);
    expect(items['article/if-still-stuck']!.suggestion).toEqual({ text: expect.stringMatching(/^\n\n## If this didn't help\n\nIf these steps didn't fix it, contact the service desk/), insertAt: text.trimEnd().length });
  });

  it('flags a numbered step that holds several actions', () => {
    const text = '# Outlook won\'t start\n\nThis article is for anyone whose Outlook closes on start.\n\n1. Close Outlook.\n2. Open Control Panel, and then select Programs.\n3. Select Repair.\n\nIf this didn\'t help, contact the service desk.\n';
    const item = checklist(text, { kind: 'markdown' })['article/numbered-steps']!;
    expect(item.passed).toBe(false);
    expect(at(text, item.problem)).toBe('2. Open Control Panel, and then select Programs.');
  });

  it('reads an instruction from its first word, whole words only', () => {
    for (const yes of ['Restart your laptop.', '2. Click Save.', '- Please now open Settings', '"Sign-in with your work account"', 'Then right-click the icon', 'NEXT CLICK OK']) {
      expect(startsWithInstruction(yes), yes).toBe(true);
    }
    for (const no of ['Restarting helps.', 'Next steps', 'Double-check the cable.', 'Right-handed mice', 'Set_up is done', 'The printer is offline.', '1234. Click Save']) {
      expect(startsWithInstruction(no), no).toBe(false);
    }
  });

  it('counts an action after ", and" only when an instruction verb follows', () => {
    const steps = (second: string): boolean | null => {
      const text = `# Outlook won't start\n\nThis article is for anyone whose Outlook closes on start.\n\n1. Close Outlook.\n2. Open Control Panel, and ${second}\n3. Select Repair.\n\nIf this didn't help, contact the service desk.\n`;
      return checklist(text, { kind: 'markdown' })['article/numbered-steps']!.passed;
    };
    expect(steps('select Programs.')).toBe(false);
    expect(steps('double-click Programs.')).toBe(false);
    expect(steps('its window opens.')).toBe(true);
    expect(steps('selected items stay.')).toBe(true);
  });

  it('marks steps and acronyms not applicable in an article with neither', () => {
    const text = '# Why is my laptop slow on Mondays?\n\nThis article is for anyone who notices a slow start to the week.\n\nUpdates install over the weekend, and the first start afterwards takes longer. It is normal and passes within an hour.\n';
    const items = checklist(text, { kind: 'markdown' });
    expect(items['article/numbered-steps']!.passed).toBeNull();
    expect(items['article/acronyms-explained']!.passed).toBeNull();
    expect(items['article/if-still-stuck']!.passed).toBeNull();
    expect(items['article/problem-title']!.passed).toBe(true);
  });

  it('runs on real knowledge-base articles with every span and offset inside the text', () => {
    const files = readdirSync(kbDir).filter((f) => f.endsWith('.md')).filter((_, i) => i % 20 === 0);
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const text = readFileSync(path.join(kbDir, f), 'utf8');
      const report = analyze(text, { kind: 'markdown' });
      expect(report.checklist.map((i) => i.id)).toEqual(ARTICLE_IDS);
      for (const item of report.checklist) {
        for (const s of [item.evidence, item.problem]) if (s) expect(0 <= s.start && s.start <= s.end && s.end <= text.length, `${f} ${item.id}`).toBe(true);
        if (item.suggestion) expect(item.suggestion.insertAt).toBeLessThanOrEqual(text.length);
      }
    }
  });
});

describe('kind of document', () => {
  it('uses e-mail items for a plain message and article items for a plain procedure', () => {
    expect(Object.keys(checklist('Hi Sam,\n\nThe printer works again now.\n\nThanks,\nAlex', { kind: 'plain' }))).toEqual(EMAIL_IDS);
    const procedure = 'Printer shows offline\n\n1. Turn the printer off.\n2. Wait ten seconds.\n3. Turn it back on.\n';
    expect(Object.keys(checklist(procedure, { kind: 'plain' }))).toEqual(ARTICLE_IDS);
    expect(Object.keys(checklist(fixture('good-article.md')))).toEqual(ARTICLE_IDS);
    expect(Object.keys(checklist(fixture('good-reply.txt')))).toEqual(EMAIL_IDS);
  });
});

describe('config', () => {
  it('leaves out items switched off, and builds nothing when all are off', () => {
    const text = fixture('bad-reply.txt');
    const ids = Object.keys(checklist(text, { kind: 'email', config: { checklist: { 'email/timeline': false, 'email/thanks': false } } }));
    expect(ids).toEqual(EMAIL_IDS.filter((id) => id !== 'email/timeline' && id !== 'email/thanks'));
    const allOff = Object.fromEntries(checklistItems.map((i) => [i.id, false]));
    expect(analyze(text, { kind: 'email', config: { checklist: allOff } }).checklist).toEqual([]);
  });
});

describe('speed', () => {
  it('adds well under 1 ms to a 3,000-word article', () => {
    let text = '';
    for (const f of readdirSync(kbDir).sort()) {
      if (text.split(/\s+/).length >= 3000) break;
      text += `${readFileSync(path.join(kbDir, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, '')}\n\n`;
    }
    const report = analyze(text, { kind: 'markdown' });
    const model = buildModel(text, 'markdown');
    const input = { text, masked: model.masked, kind: 'markdown' as const, paragraphs: model.paragraphs, sentences: report.sentences, findings: report.findings, replyEnd: model.replyEnd, enabled: {} };
    for (let i = 0; i < 30; i++) buildChecklist(input);
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t0 = performance.now();
      buildChecklist(input);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    expect(times[30]!).toBeLessThan(1);
  });
});
