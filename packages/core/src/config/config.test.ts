import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import type { AnalyzeOptions, RapportConfig } from '../types.js';
import { CONFIG_FILE_NAMES, ConfigError, type ConfigProblem, findConfigFile, parseConfig, validateConfig } from './index.js';

/** The problems parseConfig reports for `text`, or [] when it parses. */
function problems(text: string, file = '/repo/.rapportrc.json'): ConfigProblem[] {
  try {
    parseConfig(text, file);
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
}
const only = (text: string, file?: string): ConfigProblem => {
  const found = problems(text, file);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0]!;
};

describe('parseConfig', () => {
  it('reads every key from a .rapportrc.json with comments and trailing commas', () => {
    const text = `{
  // Our team's settings
  "$schema": "./schema/rapportrc.schema.json",
  "rules": { "tone": "error", "jargon/unexplained-term": "info", /* quiet */ "clarity": "off", },
  "audience": "technical",
  "glossary": [{ "term": "SSPR", "gloss": "the page where you reset your own password", "plain": "password reset page", "variants": ["sspr portal"] }],
  "allow": ["VPN", "Teams"],
  "checklist": { "email/timeline": false, "article/audience": true },
  "ignore": ["docs/legacy/**"],
}`;
    expect(parseConfig(text, '/repo/.rapportrc.jsonc')).toEqual({
      rules: { tone: 'error', 'jargon/unexplained-term': 'info', clarity: 'off' },
      audience: 'technical',
      glossary: [{ term: 'SSPR', gloss: 'the page where you reset your own password', plain: 'password reset page', variants: ['sspr portal'] }],
      allow: ['VPN', 'Teams'],
      checklist: { 'email/timeline': false, 'article/audience': true },
      ignore: ['docs/legacy/**'],
    });
    expect(parseConfig('{}', '.rapportrc.json')).toEqual({});
  });

  it('reads the "rapport" key of package.json, and returns null when there is none', () => {
    const pkg = '{\n  "name": "kb",\n  "rapport": { "audience": "technical" }\n}';
    expect(parseConfig(pkg, '/repo/package.json')).toEqual({ audience: 'technical' });
    expect(parseConfig('{ "name": "kb" }', 'C:\\repo\\package.json')).toBeNull();
    expect(parseConfig('', '/repo/package.json')).toBeNull();
    const bad = only('{\n  "name": "kb",\n  "rapport": { "audience": "novice" }\n}', '/repo/package.json');
    expect(bad).toMatchObject({ file: '/repo/package.json', line: 3, column: 28, path: 'rapport.audience' });
    expect(bad.message).toBe('rapport.audience: expected "end-user" | "technical", got "novice"');
  });

  it('locates bad JSON by line and column and says what was expected', () => {
    const missingComma = only('{\n  "audience": "end-user"\n  "allow": []\n}');
    expect(missingComma).toMatchObject({ file: '/repo/.rapportrc.json', line: 3, column: 3 });
    expect(missingComma.message).toBe('invalid JSON: expected "," between entries');
    const unclosed = problems('{\n  "rules": {\n    "tone": "off"\n');
    expect(unclosed[0]!.message).toMatch(/expected "}" to close the object/);
    expect(unclosed[0]!.line).toBeGreaterThanOrEqual(3);
    expect(only("{ 'rules': {} }").message).toMatch(/^invalid JSON: /);
    expect(only('').message).toMatch(/the file is empty/);
  });

  it('reports an unknown key where it is, with the keys it expected', () => {
    const p = only('{\n  "rules": {},\n  "rulez": { "tone": "off" }\n}');
    expect(p).toMatchObject({ line: 3, column: 3, path: 'rulez' });
    expect(p.message).toBe('rulez: unknown key "rulez" (did you mean "rules"?); expected one of rules, audience, glossary, allow, checklist, ignore');
  });

  it('reports a bad level at the value, with the levels it expected', () => {
    const p = only('{\n  "rules": {\n    "tone": "warn"\n  }\n}');
    expect(p).toMatchObject({ line: 3, column: 13, path: 'rules.tone' });
    expect(p.message).toBe('rules.tone: expected a level, "off" | "info" | "warning" | "error", got "warn" (did you mean "warning"?)');
    expect(only('{ "rules": { "tone": 2 } }').message).toMatch(/expected a level, .* got 2$/);
  });

  it('reports an unknown rule id or family at the key, with a close match', () => {
    const p = only('{\n  "rules": {\n    "tone/impatiance": "off"\n  }\n}');
    expect(p).toMatchObject({ line: 3, column: 5, path: 'rules["tone/impatiance"]' });
    expect(p.message).toMatch(/unknown rule "tone\/impatiance" \(did you mean "tone\/impatience"\?\)/);
    expect(only('{ "rules": { "tonne": "off" } }').message).toMatch(/unknown rule "tonne" \(did you mean "tone"\?\); families are tone, jargon, clarity/);
  });

  it('reports wrong types, bad glossary entries, unknown checklist items and duplicates, all at once', () => {
    const text = `{
  "audience": "everyone",
  "allow": "VPN",
  "glossary": [{ "term": "SSPR" }, { "term": "KFM", "gloss": "keeps your folders in OneDrive", "meaning": "x" }, "MFA"],
  "checklist": { "email/timelines": false, "email/thanks": "no" },
  "ignore": [42],
  "rules": { "tone": "off", "tone": "error" }
}`;
    const found = problems(text);
    expect(found.map((p) => [p.line, p.path, p.message.replace(/^[^:]+: /, '')])).toEqual([
      [2, 'audience', 'expected "end-user" | "technical", got "everyone"'],
      [3, 'allow', 'expected an array of terms, got "VPN"'],
      [4, 'glossary[0]', 'missing "gloss" (a plain explanation of it)'],
      [4, 'glossary[1].meaning', 'unknown key "meaning" in a glossary entry; expected term, gloss, plain, variants'],
      [4, 'glossary[2]', 'expected an entry { "term": "…", "gloss": "…" }, got "MFA"'],
      [5, 'checklist["email/timelines"]', expect.stringMatching(/^unknown checklist item "email\/timelines" \(did you mean "email\/timeline"\?\); expected one of email\/greeting, /)],
      [5, 'checklist["email/thanks"]', 'expected true or false, got "no"'],
      [6, 'ignore[0]', 'expected glob (a non-empty string), got 42'],
      [7, 'rules.tone', 'duplicate key "tone"; only one can apply'],
    ]);
    for (const p of found) expect(p.column).toBeGreaterThan(0);
  });

  it('counts columns after a byte-order mark and CRLF line breaks as in the file', () => {
    expect(only('\uFEFF{\r\n  "audiences": "technical"\r\n}')).toMatchObject({ line: 2, column: 3 });
  });

  it('never throws anything but a ConfigError', () => {
    const inputs = ['[', '[1, 2]', 'null', '"rules"', '{"rules": null}', '{"glossary": [null]}', '{"checklist": []}', '['.repeat(20000), '{"a":'.repeat(5000), '\u0000\ud800', '/* */', '{"rules": {"": "off"}}'];
    for (const text of inputs) {
      let thrown: unknown;
      try {
        parseConfig(text, '.rapportrc.json');
      } catch (err) {
        thrown = err;
      }
      expect(thrown, text.slice(0, 20)).toBeInstanceOf(ConfigError);
      expect((thrown as ConfigError).problems.length, text.slice(0, 20)).toBeGreaterThan(0);
    }
    expect(() => parseConfig(undefined as never, 'x.json')).toThrow(ConfigError);
  });

  it('formats the error as file:line:column: message, one per line', () => {
    try {
      parseConfig('{\n  "rules": { "tone": "loud" },\n  "x": 1\n}', 'team/.rapportrc.json');
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message.split('\n')).toEqual([
        expect.stringMatching(/^team\/\.rapportrc\.json:2:22: rules\.tone: expected a level/),
        expect.stringMatching(/^team\/\.rapportrc\.json:3:3: x: unknown key "x"/),
      ]);
    }
  });
});

describe('validateConfig', () => {
  it('checks a settings object with the same rules and names the setting', () => {
    expect(validateConfig({ audience: 'technical', checklist: { 'email/thanks': false } })).toEqual({ audience: 'technical', checklist: { 'email/thanks': false } });
    try {
      validateConfig({ rules: { 'tone/blame': 'loud' } }, 'Outlook settings');
      expect.unreachable();
    } catch (err) {
      expect((err as ConfigError).problems).toEqual([expect.objectContaining({ file: 'Outlook settings', path: 'rules["tone/blame"]' })]);
    }
    expect(() => validateConfig(undefined)).toThrow(ConfigError);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => validateConfig(cyclic)).toThrow(ConfigError);
  });
});

describe('findConfigFile', () => {
  const files = (...paths: string[]) => (p: string) => paths.includes(p);
  it('walks up from the folder and prefers .rapportrc.json, then .jsonc, then package.json', () => {
    expect(CONFIG_FILE_NAMES).toEqual(['.rapportrc.json', '.rapportrc.jsonc', 'package.json']);
    expect(findConfigFile('/repo/docs/kb', files('/repo/.rapportrc.jsonc', '/repo/.rapportrc.json'))).toBe('/repo/.rapportrc.json');
    expect(findConfigFile('/repo/docs/kb/', files('/repo/docs/.rapportrc.jsonc', '/.rapportrc.json'))).toBe('/repo/docs/.rapportrc.jsonc');
    expect(findConfigFile('/repo/docs', files('/.rapportrc.json'))).toBe('/.rapportrc.json');
    expect(findConfigFile('/repo/docs', files())).toBeUndefined();
  });
  it('counts a package.json only when it has a "rapport" key', () => {
    const exists = files('/repo/app/package.json', '/repo/package.json');
    expect(findConfigFile('/repo/app', exists)).toBeUndefined();
    expect(findConfigFile('/repo/app', exists, (p) => p === '/repo/package.json')).toBe('/repo/package.json');
  });
  it('handles Windows paths up to the drive', () => {
    expect(findConfigFile('C:\\Users\\sam\\kb', files('C:\\Users\\.rapportrc.json'))).toBe('C:\\Users\\.rapportrc.json');
    expect(findConfigFile('C:\\Users\\sam', files('C:\\.rapportrc.json'))).toBe('C:\\.rapportrc.json');
    expect(findConfigFile('C:\\Users\\sam', files())).toBeUndefined();
  });
});

describe('a config file changes what analyze reports', () => {
  const email = 'Hi Sam,\n\nAs I already explained, the VPN was down, so I restarted it.\n\nKind regards,\nAlex';
  const run = (rc: string, text = email, options: AnalyzeOptions = { kind: 'email' }) =>
    analyze(text, { ...options, config: parseConfig(rc, '.rapportrc.json') as RapportConfig });
  const ids = (rc: string, text?: string) => run(rc, text).findings.map((f) => f.ruleId);

  it('rules: a family off removes its findings', () => {
    expect(ids('{}')).toContain('tone/impatience');
    expect(ids('{ "rules": { "tone": "off" } }').some((id) => id.startsWith('tone/'))).toBe(false);
    expect(ids('{ "rules": { "jargon": "off" } }').some((id) => id.startsWith('jargon/'))).toBe(false);
  });
  it('rules: a rule id sets its level, and wins over its family', () => {
    const level = (rc: string) => run(rc).findings.find((f) => f.ruleId === 'tone/impatience')?.severity;
    expect(level('{}')).toBe('error');
    expect(level('{ "rules": { "tone/impatience": "info" } }')).toBe('info');
    expect(level('{ "rules": { "tone": "warning" } }')).toBe('warning');
    expect(level('{ "rules": { "tone": "off", "tone/impatience": "warning" } }')).toBe('warning');
    expect(ids('{ "rules": { "tone/impatience": "off" } }')).not.toContain('tone/impatience');
  });
  it('allow: an allowed term is never flagged', () => {
    const vpn = (rc: string) => run(rc).findings.filter((f) => f.category === 'jargon' && /vpn/i.test(f.actual));
    expect(vpn('{}')).toHaveLength(1);
    expect(vpn('{ "allow": ["vpn"] }')).toHaveLength(0);
  });
  it("glossary: the team's own term is flagged with the team's gloss", () => {
    const text = 'Hi Sam,\n\nYou can reset it yourself on the SSPR page.\n\nKind regards,\nAlex';
    const sspr = (rc: string) => run(rc, text).findings.find((f) => f.actual === 'SSPR');
    expect(sspr('{}')?.gloss).not.toBe('the page where you reset your own password');
    const found = sspr('{ "glossary": [{ "term": "SSPR", "gloss": "the page where you reset your own password" }] }');
    expect(found?.ruleId).toBe('jargon/unexplained-term');
    expect(found?.gloss).toBe('the page where you reset your own password');
  });
  it('audience: technical readers are not told about everyday technical terms', () => {
    expect(run('{}').audience).toBe('end-user');
    const report = run('{ "audience": "technical" }');
    expect(report.audience).toBe('technical');
    expect(report.findings.filter((f) => f.category === 'jargon').length).toBeLessThan(run('{}').findings.filter((f) => f.category === 'jargon').length);
  });
  it('checklist: items switched off are left out of the report', () => {
    const items = (rc: string) => run(rc).checklist.map((i) => i.id);
    expect(items('{}')).toContain('email/timeline');
    expect(items('{ "checklist": { "email/timeline": false, "email/greeting": false } }')).toEqual(items('{}').filter((id) => id !== 'email/timeline' && id !== 'email/greeting'));
  });
  it('ignore: globs are for the hosts; core accepts and ignores them', () => {
    expect(run('{ "ignore": ["**/*.txt"] }').findings).toEqual(run('{}').findings);
  });
});
