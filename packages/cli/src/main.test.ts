import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from './testing.js';

const HARSH = 'Hi Sam,\n\nAs I already explained, the VPN needs a restart.\n\nThanks,\nAlex\n';
const KIND = 'Hi Sam,\n\nThanks for the details. I restarted the service, so you can sign in again now.\n\nKind regards,\nAlex\n';

const cli = (args: string[], cwd: string, stdin = '', env: Record<string, string> = {}) => runCli(args, cwd, stdin, { env, stdoutIsTTY: true });

describe('rapport check: exit codes', () => {
  it('exits 1 when a finding reaches --fail-on (default error)', async () => {
    const dir = workspace({ 'reply.txt': HARSH });
    expect((await cli(['check', 'reply.txt'], dir)).code).toBe(1);
  });
  it('exits 0 on kind text, and with --fail-on never', async () => {
    const dir = workspace({ 'reply.txt': KIND, 'harsh.txt': HARSH });
    expect((await cli(['check', 'reply.txt'], dir)).code).toBe(0);
    expect((await cli(['check', '--fail-on', 'never', 'harsh.txt'], dir)).code).toBe(0);
  });
  it('exits 2 for usage errors, naming the problem', async () => {
    const dir = workspace({});
    const r = await cli(['check', '--format', 'xml', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be one of stylish, json, sarif');
    expect((await cli(['lint', 'a.txt'], dir)).code).toBe(2);
    expect((await cli(['check'], dir)).code).toBe(2);
  });
  it('exits 2 for a path that does not exist, after checking the rest', async () => {
    const dir = workspace({ 'reply.txt': KIND });
    const r = await cli(['check', '--format', 'json', 'reply.txt', 'missing.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read "missing.md"');
    expect(JSON.parse(r.stdout).files).toHaveLength(1);
  });
  it('skips binary files with a warning instead of failing', async () => {
    const dir = workspace({ 'docs/a.md': '# Reset your password\n\nOpen the portal.\n', 'docs/b.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff]) });
    const r = await cli(['check', '--format', 'json', 'docs'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('skipped "docs/b.txt": binary file');
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['docs/a.md']);
  });
  it('--help and --version exit 0', async () => {
    const dir = workspace({});
    expect((await cli(['--help'], dir)).stdout).toContain('Usage: rapport check');
    expect((await cli(['--version'], dir)).code).toBe(0);
  });
});

describe('rapport check: JSON contract', () => {
  it('gives version 1 with files, scores, metrics, checklist and located findings whose offsets slice the text', async () => {
    const text = 'Hi Sam,\r\n\r\n😀 As I already explained, the VPN needs a restart.\r\n\r\nThanks,\r\nAlex\r\n';
    const dir = workspace({ 'reply.txt': text });
    const r = await cli(['check', '--format', 'json', 'reply.txt'], dir);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(1);
    const file = out.files[0];
    expect(Object.keys(file)).toEqual(expect.arrayContaining(['path', 'kind', 'score', 'scores', 'metrics', 'checklist', 'findings']));
    expect(Object.keys(file.scores).sort()).toEqual(['clarity', 'jargon', 'tone']);
    const f = file.findings.find((x: { ruleId: string }) => x.ruleId === 'tone/impatience');
    expect(text.slice(f.start, f.end)).toBe('As I already explained');
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([3, 4, 3, 26]);
    expect(Object.keys(f)).toEqual(expect.arrayContaining(['ruleId', 'category', 'severity', 'start', 'end', 'line', 'column', 'endLine', 'endColumn', 'message', 'why', 'suggestions']));
    for (const finding of file.findings) expect(text.slice(finding.start, finding.end).length).toBe(finding.end - finding.start);
  });
  it('reads standard input with "-" and names it with --stdin-filename', async () => {
    const dir = workspace({});
    const r = await cli(['check', '--format', 'json', '--stdin-filename', 'draft.md', '-'], dir, '# Help\n\nAs I already explained, restart.\n');
    const file = JSON.parse(r.stdout).files[0];
    expect(file.path).toBe('draft.md');
    expect(file.kind).toBe('markdown');
  });
});

describe('rapport check: SARIF', () => {
  it('writes SARIF 2.1.0 with rules, results, regions and fixes', async () => {
    const dir = workspace({ 'kb/reply.txt': HARSH });
    const r = await cli(['check', '--format', 'sarif', 'kb'], dir);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('Rapport');
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'tone/impatience');
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('tone/impatience');
    expect(result.level).toBe('error');
    const loc = result.locations[0].physicalLocation;
    expect(loc.artifactLocation.uri).toBe('kb/reply.txt');
    expect(loc.region).toMatchObject({ startLine: 3, startColumn: 1 });
    expect(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('To recap');
  });
});

describe('rapport check: output and config', () => {
  it('honours NO_COLOR and --no-color, colours a TTY otherwise', async () => {
    const dir = workspace({ 'reply.txt': HARSH });
    expect((await cli(['check', 'reply.txt'], dir)).stdout).toContain('\u001b[');
    expect((await cli(['check', 'reply.txt'], dir, '', { NO_COLOR: '1' })).stdout).not.toContain('\u001b[');
    expect((await cli(['check', '--no-color', 'reply.txt'], dir)).stdout).not.toContain('\u001b[');
  });
  it('writes the report to --output and never to a checked file', async () => {
    const dir = workspace({ 'reply.txt': HARSH });
    const r = await cli(['check', '--format', 'json', '-o', 'report.json', 'reply.txt'], dir);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).version).toBe(1);
    const clobber = await cli(['check', '-o', 'reply.txt', 'reply.txt'], dir);
    expect(clobber.code).toBe(2);
    expect(readFileSync(join(dir, 'reply.txt'), 'utf8')).toBe(HARSH);
  });
  it('finds .rapportrc.json by walking up and applies its rules', async () => {
    const dir = workspace({ '.rapportrc.json': '{ "rules": { "tone/impatience": "off" } }', 'a/b/reply.txt': HARSH });
    const r = await cli(['check', '--format', 'json', 'a'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'tone/impatience')).toEqual([]);
  });
  it('--config overrides the search; a broken config exits 2 with file, line and column', async () => {
    const dir = workspace({ 'reply.txt': HARSH, 'strict.json': '{ "rules": { "tone": "warning" } }', 'bad.json': '{\n  "rules": {\n    "tone": "loud"\n  }\n}\n' });
    const strict = JSON.parse((await cli(['check', '--format', 'json', '--config', 'strict.json', 'reply.txt'], dir)).stdout);
    expect(strict.files[0].findings.every((f: { category: string; severity: string }) => f.category !== 'tone' || f.severity === 'warning')).toBe(true);
    const bad = await cli(['check', '--config', 'bad.json', 'reply.txt'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json:3:\d+/);
  });
  it('skips files matched by the config\'s ignore globs', async () => {
    const dir = workspace({ '.rapportrc.json': '{ "ignore": ["drafts/**"] }', 'drafts/old.txt': HARSH, 'reply.txt': KIND });
    const r = await cli(['check', '--format', 'json', '.'], dir);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['reply.txt']);
    expect(r.code).toBe(0);
  });
});
