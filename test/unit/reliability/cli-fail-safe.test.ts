// The CLI fails safe (issue 10): exit 2 with a located message for a broken config or an unreadable path, binary
// files skipped with a warning, never a hang, and never a write to a checked file in any run mode (bytes and
// mtimes compared before and after every run). packages/cli/src/main.test.ts has the lead's first set.
import { linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli, workspace as makeWorkspace } from '../../../packages/cli/src/testing.js';

const fault = vi.hoisted(() => ({ analyzeThrows: false }));
vi.mock('@rapport/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('@rapport/core')>();
  return {
    ...real,
    analyze: (...args: Parameters<typeof real.analyze>) => {
      if (fault.analyzeThrows) throw new Error('engine fault injected by the test');
      return real.analyze(...args);
    },
  };
});

afterEach(() => {
  fault.analyzeThrows = false;
});

const HARSH = 'Hi Sam,\n\nAs I already explained, the VPN needs a restart. You didn\'t provide the error.\n\nThanks,\nAlex\n';
const KIND = 'Hi Sam,\n\nThanks for the details. I restarted the service, so you can sign in again now.\n\nKind regards,\nAlex\n';
const ARTICLE = '---\ntitle: Reset your MFA\n---\n# Reset your MFA\n\nObviously, just reset the MFA token.\n';

const workspace = (files: Record<string, string | Uint8Array>): string => makeWorkspace(files, 'rapport-failsafe-');
const cli = (args: string[], cwd: string, stdin = '') => runCli(args, cwd, stdin);

/** Bytes and nanosecond mtime of every file under dir. */
function snapshot(dir: string, names: readonly string[]): Map<string, { bytes: string; mtime: bigint; size: bigint }> {
  const out = new Map<string, { bytes: string; mtime: bigint; size: bigint }>();
  for (const name of names) {
    const s = statSync(join(dir, name), { bigint: true });
    out.set(name, { bytes: readFileSync(join(dir, name)).toString('base64'), mtime: s.mtimeNs, size: s.size });
  }
  return out;
}

describe('broken config: exit 2 with file:line:column, nothing checked', () => {
  const cases: [string, Record<string, string>, string[], RegExp][] = [
    ['a JSON syntax error in .rapportrc.json found by walking up', { '.rapportrc.json': '{\n  "rules": {\n    "tone": warning\n  }\n}\n', 'a/reply.txt': HARSH }, ['check', 'a'], /\.rapportrc\.json:3:\d+/],
    ['an unknown level', { '.rapportrc.json': '{\n  "rules": { "tone/impatience": "loud" }\n}\n', 'reply.txt': HARSH }, ['check', 'reply.txt'], /\.rapportrc\.json:2:\d+/],
    ['a wrong type', { '.rapportrc.json': '{ "audience": 42 }', 'reply.txt': HARSH }, ['check', 'reply.txt'], /\.rapportrc\.json:1:\d+/],
    ['a broken "rapport" key in package.json', { 'package.json': '{\n  "name": "kb",\n  "rapport": { "rules": [] }\n}\n', 'reply.txt': HARSH }, ['check', 'reply.txt'], /package\.json:3:\d+/],
    ['--config naming a missing file', { 'reply.txt': HARSH }, ['check', '--config', 'nope.json', 'reply.txt'], /nope\.json:1:1 .*cannot read config/],
    ['--config naming a folder', { 'reply.txt': HARSH, 'conf/x.txt': '' }, ['check', '--config', 'conf', 'reply.txt'], /conf:1:1 .*cannot read config/],
    ['a broken config for standard input', { '.rapportrc.json': '{ "rules": ', 'x.txt': '' }, ['check', '-'], /\.rapportrc\.json:1:\d+/],
  ];
  for (const [name, files, args, located] of cases) {
    it(name, async () => {
      const dir = workspace(files);
      const r = await cli(['--format', 'json', ...args], dir, HARSH);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(located);
      expect(r.stderr).not.toContain('internal error');
      expect(r.stdout).toBe('');
    });
  }

  it('a broken symlink given as --config', async () => {
    const dir = workspace({ 'reply.txt': HARSH });
    symlinkSync(join(dir, 'gone.json'), join(dir, 'link.json'));
    const r = await cli(['check', '--config', 'link.json', 'reply.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/link\.json:1:1 .*cannot read config/);
  });

  it('a config with a byte-order mark is read, not rejected', async () => {
    const dir = workspace({ '.rapportrc.json': '\uFEFF{ "rules": { "tone/impatience": "off" } }', 'reply.txt': 'As I already explained, restart it.\n' });
    const r = await cli(['check', '--format', 'json', 'reply.txt'], dir);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'tone/impatience')).toEqual([]);
  });
});

describe('unreadable paths: exit 2 naming the path, after checking the rest; never a hang', () => {
  it('a broken symlink, a missing file and a glob that matches nothing', async () => {
    const dir = workspace({ 'reply.txt': KIND });
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    const r = await cli(['check', '--format', 'json', 'reply.txt', 'dangling.txt', 'missing.md', 'nothing/**/*.md'], dir);
    expect(r.code).toBe(2);
    for (const p of ['dangling.txt', 'missing.md', 'nothing/**/*.md']) expect(r.stderr).toContain(`"${p}"`);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['reply.txt']);
  });

  it('a named pipe (given directly or inside a folder) does not block the run', { timeout: 10_000 }, async () => {
    const dir = workspace({ 'docs/a.md': ARTICLE });
    execFileSync('mkfifo', [join(dir, 'docs', 'pipe.md')]);
    symlinkSync(join(dir, 'docs', 'gone.md'), join(dir, 'docs', 'dangling.md'));
    const folder = await cli(['check', '--format', 'json', 'docs'], dir);
    expect(folder.stderr).not.toContain('internal error');
    expect(JSON.parse(folder.stdout).files.map((f: { path: string }) => f.path)).toEqual(['docs/a.md']);
    const named = await cli(['check', 'docs/pipe.md'], dir);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('"docs/pipe.md"');
  });

  it('a report that cannot be written: exit 2 with the path, not a stack trace', async () => {
    const dir = workspace({ 'reply.txt': KIND });
    const r = await cli(['check', '-o', 'no/such/folder/report.json', 'reply.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write the report to "no/such/folder/report.json"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an engine fault exits 2 with an internal-error message and touches no file', async () => {
    const dir = workspace({ 'reply.txt': HARSH });
    const before = snapshot(dir, ['reply.txt']);
    fault.analyzeThrows = true;
    const r = await cli(['check', '-o', 'report.json', 'reply.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('internal error: Error: engine fault injected by the test');
    expect(snapshot(dir, ['reply.txt'])).toEqual(before);
    expect(readdirSync(dir)).toEqual(['reply.txt']);
  });
});

describe('binary files are skipped with a warning', () => {
  it('NUL bytes, invalid UTF-8, an image named .md and UTF-16 text; a multi-byte character cut at 8 KB is still text', async () => {
    const cut = `${'a'.repeat(8191)}é As I already explained, restart it.\n`;
    const dir = workspace({
      'docs/nul.txt': new Uint8Array([0x48, 0x69, 0x00, 0x21]),
      'docs/latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]),
      'docs/image.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'docs/utf16.txt': new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]),
      'docs/cut.txt': cut,
      'docs/ok.md': ARTICLE,
    });
    const r = await cli(['check', '--format', 'json', '--fail-on', 'never', 'docs', 'docs/nul.txt'], dir);
    expect(r.code).toBe(0);
    for (const f of ['nul.txt', 'latin1.txt', 'image.md', 'utf16.txt']) expect(r.stderr).toContain(`skipped "docs/${f}": binary file`);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['docs/cut.txt', 'docs/ok.md']);
  });
});

describe('never writes to a checked file', () => {
  const files = {
    'reply.txt': HARSH,
    'kind.txt': KIND,
    'kb/article.md': ARTICLE,
    'kb/crlf.md': ARTICLE.replace(/\n/g, '\r\n'),
    'kb/bom.txt': `\uFEFF${HARSH}`,
    'mail/saved.eml': `From: Alex <it@example.com>\nTo: Sam\nSubject: VPN\nDate: Tue, 24 Nov 2026\n\n${HARSH}`,
    'kb/binary.txt': new Uint8Array([0, 1, 2, 3]),
    '.rapportrc.json': '{ "rules": { "clarity": "info" } }',
    'strict.json': '{ "rules": { "tone": "warning" } }',
    'bad.json': '{ "rules": { "tone": "loud" } }',
  };
  const checked = Object.keys(files);
  const modes: string[][] = [
    ['check', '.'],
    ['check', '--no-color', '--no-checklist', 'reply.txt', 'kb'],
    ['check', '--format', 'json', '.'],
    ['check', '--format', 'sarif', '.'],
    ['check', '--fail-on', 'never', '.'],
    ['check', '--fail-on', 'info', '--audience', 'technical', '.'],
    ['check', '--kind', 'email', 'kb/article.md', 'mail'],
    ['check', '--kind', 'markdown', 'reply.txt'],
    ['check', '--config', 'strict.json', '.'],
    ['check', '--config', 'bad.json', '.'],
    ['check', '--format', 'json', '-o', 'out/report.json', '.'],
    ['check', '--stdin-filename', 'reply.txt', '-'],
    ['check', '-', 'reply.txt'],
    ['check', '-o', 'reply.txt', 'reply.txt'],
    ['check', '-o', './kb/../reply.txt', '.'],
    ['check', '-o', 'kb/article.md', 'kb/*.md'],
    ['check', '-o', 'alias.txt', 'reply.txt'],
    ['check', '-o', 'hardlink.txt', 'reply.txt'],
    ['check', 'missing.md', 'reply.txt'],
  ];

  it(`in ${modes.length} run modes, every checked file keeps its bytes and mtime`, async () => {
    const dir = workspace(files);
    mkdirSync(join(dir, 'out'));
    symlinkSync(join(dir, 'reply.txt'), join(dir, 'alias.txt'));
    linkSync(join(dir, 'reply.txt'), join(dir, 'hardlink.txt'));
    const before = snapshot(dir, checked);
    for (const args of modes) {
      const r = await cli(args, dir, HARSH);
      expect([0, 1, 2], `${args.join(' ')}: exit code`).toContain(r.code);
      expect(r.stderr, `${args.join(' ')}: no internal error`).not.toContain('internal error');
      expect(snapshot(dir, checked), `after "rapport ${args.join(' ')}"`).toEqual(before);
    }
    expect(JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')).version).toBe(1);
  });

  it('refuses --output that names a checked file under another name (symlink, hard link, ../ path)', async () => {
    const dir = workspace({ 'reply.txt': HARSH });
    symlinkSync(join(dir, 'reply.txt'), join(dir, 'alias.json'));
    linkSync(join(dir, 'reply.txt'), join(dir, 'hard.json'));
    for (const out of ['alias.json', 'hard.json', './reply.txt', join(dir, 'reply.txt')]) {
      const r = await cli(['check', '--format', 'json', '-o', out, 'reply.txt'], dir);
      expect(r.code, out).toBe(2);
      expect(r.stderr, out).toContain('never writes to a checked file');
    }
    expect(readFileSync(join(dir, 'reply.txt'), 'utf8')).toBe(HARSH);
  });
});
