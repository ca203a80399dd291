import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';

// Findings of the sentence model, end to end through analyze(). Sentences written for these tests.
const fromModel = (text: string, options = {}) => analyze(text, { kind: 'plain', ...options }).findings.filter((f) => f.source === 'model');

describe('tone findings from the sentence model', () => {
  const harsh = 'Maybe try actually reading the screen before you ring us next time.';

  it('flags harsh wording no phrase table lists, as a warning under a family rule id, with guidance and no fix', () => {
    const [f, ...rest] = fromModel(harsh);
    expect(rest).toEqual([]);
    expect(f).toBeDefined();
    expect(f!.ruleId).toMatch(/^tone\//);
    expect(f!.category).toBe('tone');
    expect(f!.severity).toBe('warning');
    expect(f!.message).toMatch(/may read as/);
    expect(f!.why.length).toBeGreaterThan(20);
    expect(f!.suggestions).toEqual([]);
    expect(f!.docsUrl).toBe(`docs/rules/${f!.ruleId}.md`);
    // The span is words of the sentence, not the whole sentence by default.
    expect(harsh.slice(f!.start, f!.end)).toBe(f!.actual);
    expect(f!.actual.length).toBeGreaterThan(3);
  });

  it('gives way to a phrase rule in the same sentence', () => {
    const text = 'As I already explained, maybe try actually reading the screen next time.';
    const tone = analyze(text, { kind: 'plain' }).findings.filter((f) => f.category === 'tone');
    expect(tone.some((f) => f.source === 'rule')).toBe(true);
    expect(tone.filter((f) => f.source === 'model')).toEqual([]);
  });

  it('is switched off with its family, and never raised above a warning', () => {
    const [f] = fromModel(harsh);
    expect(fromModel(harsh, { config: { rules: { [f!.ruleId]: 'off' } } })).toEqual([]);
    expect(fromModel(harsh, { config: { rules: { tone: 'off' } } })).toEqual([]);
    expect(fromModel(harsh, { config: { rules: { tone: 'error' } } })[0]!.severity).toBe('warning');
    expect(fromModel(harsh, { config: { rules: { [f!.ruleId]: 'info' } } })[0]!.severity).toBe('info');
  });

  it('leaves kind replies, placeholders, Markdown headings and quoted dialog text alone', () => {
    expect(fromModel('Thanks for letting us know. I have reset the printer queue, so your jobs should print now.')).toEqual([]);
    expect(fromModel('This happened because [what went wrong, in everyday words].')).toEqual([]);
    const article = '# Why did I get this bounce message?\n\nThe message below appears when the mailbox is full.\n\n> Do you still want to send it? You are wasting everyone\'s time again.\n';
    expect(analyze(article, { kind: 'markdown' }).findings.filter((f) => f.source === 'model')).toEqual([]);
  });

  it('can be ignored with a reason like any other finding', () => {
    const [f] = fromModel(harsh);
    const text = `<!-- rapport-disable-next-line ${f!.ruleId} -- quoting a complaint for the team -->\n${harsh}\n`;
    const report = analyze(text, { kind: 'markdown' });
    expect(report.findings.filter((x) => x.source === 'model')).toEqual([]);
    expect(report.suppressed.some((x) => x.source === 'model')).toBe(true);
  });
});
