import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from './index.js';
import { analyze, applyFix } from './index.js';

const impatience = (text: string, kind?: 'email' | 'markdown' | 'plain') =>
  analyze(text, kind ? { kind } : {}).findings.filter((f) => f.ruleId === 'tone/impatience');

describe('public API', () => {
  it('exports analyze, applyFix and ruleList only', () => {
    expect(Object.keys(core).sort()).toEqual(['analyze', 'applyFix', 'ruleList']);
  });
  it('lists rules with unique, sorted ids, each with its docs page and a file at its id', () => {
    const ids = core.ruleList.map((r) => r.id);
    expect(ids).toEqual([...new Set(ids)].sort());
    const repo = join(import.meta.dirname, '../../..');
    for (const r of core.ruleList) {
      expect(r.docsUrl).toBe(`docs/rules/${r.id}.md`);
      expect(existsSync(join(repo, r.docsUrl)), r.docsUrl).toBe(true);
      expect(existsSync(join(repo, 'packages/core/src/rules', `${r.id}.ts`)), `rule file for ${r.id}`).toBe(true);
      expect(existsSync(join(repo, 'packages/core/src/rules', `${r.id}.test.ts`)), `example table for ${r.id}`).toBe(true);
    }
  });
  it('rejects bad options with a TypeError naming the key, never throws on text', () => {
    expect(() => analyze('x', { kind: 'word' as never })).toThrow(/"kind"/);
    expect(() => analyze('x', { config: { rules: { tone: 'loud' as never } } })).toThrow(/config\.rules\.tone/);
    expect(() => analyze('\u0000\ud800 >>> ```')).not.toThrow();
  });
});

describe('offsets', () => {
  it('point into the original text with CRLF line breaks', () => {
    const text = 'Hi Sam,\r\n\r\nThanks for writing.\r\nAs I already explained, restart it.\r\n';
    const [f] = impatience(text);
    expect(text.slice(f!.start, f!.end)).toBe('As I already explained');
  });
  it('count UTF-16 code units past emoji and astral characters', () => {
    const text = '😀👍🏽 𝒜 As I already explained, restart it.';
    const [f] = impatience(text, 'plain');
    expect(f!.start).toBe(text.indexOf('As I'));
    expect(text.slice(f!.start, f!.end)).toBe('As I already explained');
  });
  it('never split a surrogate pair', () => {
    const report = analyze('𝒜𝒜 DNS 😀DNS😀 MFA😀', { kind: 'plain' });
    for (const f of report.findings) {
      for (const at of [f.start, f.end]) {
        const c = report.findings.length ? '𝒜𝒜 DNS 😀DNS😀 MFA😀'.charCodeAt(at) : 0;
        expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
      }
    }
  });
});

describe('Markdown regions', () => {
  const md = [
    '---',
    'title: As I already explained, the VPN',
    'ms.custom: as I already explained',
    '---',
    '# As I already explained',
    '',
    'Run `as I already explained` or see [as I already explained](https://example.com/as-I-already-explained).',
    '',
    '```text',
    'As I already explained',
    '```',
    '',
    '<div>As I already explained</div>',
    '',
    '1. First step.',
    '',
    '    As I already explained, restart.',
    '',
    '| Step | Note |',
    '| --- | --- |',
    '| One | As I already explained |',
  ].join('\n');
  const found = impatience(md, 'markdown').map((f) => md.slice(0, f.start).split('\n').length);
  it('checks front matter title, headings, link text, list continuations and table cells', () => {
    expect(found).toEqual([2, 5, 7, 17, 21]);
  });
  it('skips other front matter, inline code, URLs, fenced code and HTML', () => {
    expect(found).not.toContain(3);
    expect(found).not.toContain(10);
    expect(found).not.toContain(13);
    expect(impatience(md, 'markdown').filter((f) => f.start > md.indexOf('`as') && f.start < md.indexOf('` or'))).toEqual([]);
  });
});

describe('e-mail regions', () => {
  const email = [
    'Hi Dana,',
    '',
    'As I already explained, the VPN needs a restart.',
    '',
    '    at Session.run (as I already explained.js:10:5)',
    '2026-11-24 09:12:01 ERROR as I already explained',
    '',
    'Thanks,',
    'Morgan (as I already explained)',
    '',
    'On Tue, 24 Nov 2026 at 09:12, Dana wrote:',
    '> As I already explained, nothing works.',
  ].join('\n');
  it('checks the reply and skips logs, the signature and quoted history', () => {
    const lines = impatience(email, 'email').map((f) => email.slice(0, f.start).split('\n').length);
    expect(lines).toEqual([3]);
  });
  it('skips forwarded header blocks and "--" signatures', () => {
    const fwd = 'Hello,\n\nPlease see below.\n\nFrom: Sam\nSent: Monday\nTo: IT\nSubject: As I already explained\n\nAs I already explained it broke.';
    expect(impatience(fwd, 'email')).toEqual([]);
    expect(impatience('Hi,\n\nAll fixed now.\n\n-- \nAs I already explained', 'email')).toEqual([]);
  });
  it('detects the kind when asked to', () => {
    expect(analyze('Hi Dana,\n\nAll fixed.\n\nThanks,\nMorgan').kind).toBe('email');
    expect(analyze('# Reset a password\n\n1. Open it.\n2. Reset it.').kind).toBe('markdown');
    expect(analyze('Restart the laptop.').kind).toBe('plain');
  });
});

describe('paragraph cache', () => {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: the VPN needs a restart, as I already explained to the team.`);
  const article = `# Notes\n\n${paragraphs.join('\n\n')}\n`;
  it('re-analyses only the edited paragraph and matches a cold run', () => {
    analyze(article, { kind: 'markdown' });
    const edited = article.replace('Paragraph 17:', 'Paragraph 17 :');
    const warm = analyze(edited, { kind: 'markdown' });
    expect(warm.cache).toEqual({ paragraphs: 41, analysed: 1 });
    const cold = analyze(edited, { kind: 'markdown', config: { allow: ['__cold__'] } });
    expect(cold.cache.analysed).toBe(41);
    expect(warm.findings).toEqual(cold.findings);
    expect(warm.metrics).toEqual(cold.metrics);
    expect(warm.score).toBe(cold.score);
  });
});

describe('applyFix', () => {
  it('replaces exactly the span with the chosen suggestion', () => {
    const text = 'As I already explained, restart it.';
    const [f] = impatience(text, 'plain');
    expect(applyFix(text, f!)).toBe('To recap, restart it.');
    expect(() => applyFix(text, { ...f!, suggestions: [] })).toThrow(RangeError);
  });
});

describe('reviewed ignores', () => {
  it('move findings to suppressed with the reason', () => {
    const md = '<!-- rapport-disable-next-line tone/impatience -- quoting the customer -->\nAs I already explained, it is down.\n\nAs I already explained, again.\n';
    const r = analyze(md, { kind: 'markdown' });
    expect(r.suppressed.map((f) => [f.ruleId, f.suppressed?.reason])).toEqual([['tone/impatience', 'quoting the customer']]);
    expect(r.findings.filter((f) => f.ruleId === 'tone/impatience')).toHaveLength(1);
  });
});

describe('saved messages', () => {
  it('skip their own headers at the top, then check the body', () => {
    const eml = 'From: Morgan <it@example.com>\nTo: Dana\nSubject: As I already explained\nDate: Tue, 24 Nov 2026\n\nHi Dana,\n\nAs I already explained, restart it.\n';
    const lines = impatience(eml, 'email').map((f) => eml.slice(0, f.start).split('\n').length);
    expect(lines).toEqual([8]);
  });
});
