// npm test: every test, in one command. Installs what the real-browser and real-editor suites need
// (Debian chromium etc., idempotently), builds, type-checks, lints, runs the unit and corpus tests (vitest),
// then the Outlook (Chromium) and VS Code (code-server) end-to-end suites, and prints one closing line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const totals = { passed: 0, failed: 0 };
const summary = [];
const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };

function run(name, cmd, args, { capture = false } = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (capture && r.stdout) process.stdout.write(r.stdout);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: r.status === 0, out: r.stdout ?? '', seconds };
}

function stage(name, cmd, args) {
  const r = run(name, cmd, args);
  summary.push(`${r.ok ? 'ok  ' : 'FAIL'} ${name} (${r.seconds} s)`);
  if (r.ok) totals.passed++;
  else totals.failed++;
  return r.ok;
}

/** A suite that prints "<name>: N passed, M failed" as its last line. */
function suite(name, cmd, args) {
  const r = run(name, cmd, args, { capture: true });
  const m = /(\d+) passed, (\d+) failed/.exec(r.out.trim().split('\n').pop() ?? '');
  const passed = m ? Number(m[1]) : 0;
  const failed = m ? Number(m[2]) : 0;
  totals.passed += passed;
  totals.failed += failed + (r.ok && m ? 0 : 1);
  summary.push(`${r.ok && m ? 'ok  ' : 'FAIL'} ${name}: ${passed} passed, ${failed} failed (${r.seconds} s)`);
}

const depsOk = stage('system packages (chromium, ripgrep, libkrb5-dev)', 'bash', ['scripts/ensure-system-deps.sh']);
const built = stage('build', process.execPath, ['scripts/build.mjs']);
stage('type check', process.execPath, ['scripts/typecheck.mjs']);
stage('lint', process.execPath, ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings=0']);

const report = join(mkdtempSync(join(tmpdir(), 'rapport-vitest-')), 'report.json');
const unit = run('unit and corpus tests (vitest)', process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests + (unit.ok ? 0 : r.numFailedTests ? 0 : 1);
  summary.push(`${unit.ok ? 'ok  ' : 'FAIL'} vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed (${unit.seconds} s)`);
} else {
  totals.failed++;
  summary.push(`FAIL vitest: no report (${unit.seconds} s)`);
}

for (const [name, script] of [
  ['Outlook add-in end to end (Chromium)', 'test/outlook/run.mjs'],
  ['VS Code extension end to end (code-server)', 'test/e2e/run-vscode.mjs'],
]) {
  if (!existsSync(join(root, script))) continue;
  if (!depsOk || !built) {
    totals.failed++;
    summary.push(`FAIL ${name}: not run (system packages or build failed)`);
    continue;
  }
  suite(name, process.execPath, [script]);
}

console.log(`\n${summary.join('\n')}`);
console.log(`\nrapport: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
