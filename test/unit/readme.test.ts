// The README is a contract too: its config example must be valid and its JSON example must match the CLI's shape.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '@rapport/core/config';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const block = (lang: string): string => {
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme);
  if (!m) throw new Error(`no ${lang} block in README.md`);
  return m[1]!;
};

describe('README', () => {
  it('shows the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });
  it('has a config example that the validator accepts', () => {
    const config = parseConfig(block('jsonc'), '.rapportrc.jsonc');
    expect(config?.rules).toMatchObject({ clarity: 'off' });
  });
  it('documents the JSON contract with every key the CLI writes', () => {
    const doc = JSON.parse(block('json'));
    expect(doc.version).toBe(1);
    const file = doc.files[0];
    expect(Object.keys(file)).toEqual(['path', 'kind', 'score', 'scores', 'metrics', 'checklist', 'findings', 'suppressed']);
    expect(Object.keys(file.findings[0])).toEqual(['ruleId', 'category', 'severity', 'start', 'end', 'line', 'column', 'endLine', 'endColumn', 'message', 'why', 'suggestions', 'source']);
  });
});
