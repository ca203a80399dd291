import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { testRule } from '../../testing/rule-tester.js';
import { ignoreWithoutReason } from './ignore-without-reason.js';

const md = { kind: 'markdown' as const };

testRule(ignoreWithoutReason, {
  valid: [
    { text: '<!-- rapport-disable-next-line tone/impatience -- quoting the customer -->\nAs I already explained, it is down.\n', options: md },
    { text: '<!-- rapport-disable tone — the transcript is verbatim -->\nText.\n<!-- rapport-enable -->\n', options: md },
    { text: '<!-- a normal comment -->\nNothing to see.\n', options: md },
    { text: '```md\n<!-- rapport-disable-next-line tone -->\n```\n', options: md },
    // Plain text and e-mail have no comments: the same characters are just text.
    '<!-- rapport-disable-next-line tone -->\nHello.',
  ],
  invalid: [
    {
      text: '<!-- rapport-disable-next-line tone/impatience -->\nAs I already explained, it is down.\n',
      options: md,
      errors: [{ messageId: 'missingReason', span: [0, 50], severity: 'info' }],
      output: '<!-- rapport-disable-next-line tone/impatience -- [why this is fine here] -->\nAs I already explained, it is down.\n',
    },
    {
      text: 'Intro.\n\n<!-- rapport-disable tone -- -->\nText.\n\n<!-- rapport-enable -->\n',
      options: md,
      errors: [{ messageId: 'missingReason', actual: '<!-- rapport-disable tone -- -->' }],
      output: 'Intro.\n\n<!-- rapport-disable tone -- [why this is fine here] -->\nText.\n\n<!-- rapport-enable -->\n',
    },
    {
      text: '<!-- RAPPORT-DISABLE-NEXT-LINE -->\nA.\n\n<!-- rapport-disable-next-line jargon -- MFA is defined above -->\nB.\n',
      options: md,
      errors: [{ messageId: 'missingReason', span: [0, 34] }],
    },
  ],
});

describe('reviewed ignores', () => {
  const harsh = 'As I already explained, the VPN is down.';
  it('move findings to report.suppressed with the reason and the comment that did it', () => {
    const text = `<!-- rapport-disable-next-line tone/impatience -- quoting the customer's own words -->\n${harsh}\n\n${harsh}\n`;
    const r = analyze(text, md);
    const [s] = r.suppressed;
    expect(r.suppressed).toHaveLength(1);
    expect(s!.ruleId).toBe('tone/impatience');
    expect(s!.suppressed).toEqual({ reason: "quoting the customer's own words", by: { start: 0, end: text.indexOf('\n') } });
    expect(r.findings.filter((f) => f.ruleId === 'tone/impatience').map((f) => f.start)).toEqual([text.lastIndexOf(harsh)]);
  });

  it('still suppresses when the reason is missing, and reports the missing reason', () => {
    const text = `<!-- rapport-disable-next-line tone -->\n${harsh}\n`;
    const r = analyze(text, md);
    expect(r.suppressed.map((f) => [f.ruleId, f.suppressed?.reason])).toEqual([['tone/impatience', '']]);
    expect(r.findings.map((f) => f.ruleId)).toContain('clarity/ignore-without-reason');
    expect(r.findings.some((f) => f.category === 'tone')).toBe(false);
  });

  it('covers a block up to the enable that names its rules or family, and no further', () => {
    const text = `<!-- rapport-disable tone/impatience -- a quoted complaint -->\n${harsh}\n\n<!-- rapport-enable tone -->\n\n${harsh}\n`;
    const r = analyze(text, md);
    expect(r.suppressed).toHaveLength(1);
    expect(r.findings.filter((f) => f.ruleId === 'tone/impatience')).toHaveLength(1);
    const other = `<!-- rapport-disable tone/impatience -- a quoted complaint -->\n${harsh}\n\n<!-- rapport-enable jargon -->\n\n${harsh}\n`;
    expect(analyze(other, md).suppressed).toHaveLength(2);
  });

  it('skips blank lines to the next line, and leaves the line after it alone', () => {
    const text = `<!-- rapport-disable-next-line tone -- quoted -->\r\n\r\n${harsh}\r\n${harsh}\r\n`;
    const r = analyze(text, md);
    expect(r.suppressed).toHaveLength(1);
    expect(r.findings.filter((f) => f.ruleId === 'tone/impatience')).toHaveLength(1);
  });

  it('reads rules case-insensitively, comma-separated, and does not read "disable-line" as a blanket disable', () => {
    const listed = `<!-- rapport-disable-next-line Jargon, TONE/impatience -- verbatim -->\n${harsh}\n`;
    expect(analyze(listed, md).suppressed.map((f) => f.ruleId).sort()).toEqual(['jargon/unexplained-term', 'tone/impatience']);
    const typo = `<!-- rapport-disable-line tone -->\n${harsh}\n`;
    const r = analyze(typo, md);
    expect(r.suppressed).toEqual([]);
    expect(r.findings.map((f) => f.ruleId)).toContain('tone/impatience');
  });

  it('can be switched off like any rule', () => {
    const text = `<!-- rapport-disable-next-line tone -->\n${harsh}\n`;
    expect(analyze(text, { ...md, config: { rules: { 'clarity/ignore-without-reason': 'off' } } }).findings.map((f) => f.ruleId)).not.toContain('clarity/ignore-without-reason');
  });
});
