#!/usr/bin/env node
// End-to-end tests of the Rapport extension inside real VS Code, offline: code-server 4.100.3 (VS Code 1.100.3)
// driven by Playwright with Debian's chromium (see ../shared/recipes/vscode-e2e.md in the workspace).
//
//   node test/e2e/run-vscode.mjs                 install (if needed), build (if needed), vsix install check, suite
//   node test/e2e/run-vscode.mjs --screenshots   same set-up, then writes docs/images/vscode-*.png
//   options: --keep (keep the temp dir), --timeout=<seconds> (default 240)
//
// Installs test/e2e's own dependencies with `npm ci` only when node_modules is missing or older than the lockfile,
// builds packages/vscode when its inputs are newer than the .vsix, installs the .vsix into a throwaway code-server,
// and runs the mocha suite in ./suite inside the extension host of that installed copy (what users get).
// The last line printed is always `vscode-e2e: N passed, M failed`; the exit code is non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const extSource = join(root, 'packages/vscode');
const manifest = JSON.parse(readFileSync(join(extSource, 'package.json'), 'utf8'));
const extensionId = `${manifest.publisher}.${manifest.name}`;
const vsix = join(extSource, `${manifest.name}-${manifest.version}.vsix`);
const codeServerEntry = join(here, 'node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.RAPPORT_CHROMIUM ?? '/usr/bin/chromium';
const args = process.argv.slice(2);
const screenshots = args.includes('--screenshots');
const keep = args.includes('--keep');
const timeoutMs = Number(args.find((a) => a.startsWith('--timeout='))?.slice(10) ?? 240) * 1000;

let passed = 0;
let failed = 0;
const log = (...parts) => process.stdout.write(`${format(...parts)}\n`);
function record(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  log(`${ok ? '  ✔' : '  ✘'} [runner] ${name}${detail ? `: ${detail}` : ''}`);
}
function finish(extraFailure) {
  if (extraFailure) {
    failed++;
    log(`  ✘ [runner] ${extraFailure}`);
  }
  // Always the last line: the lead's `npm test` orchestrator reads it.
  log(`vscode-e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

function run(cmd, argv, options = {}) {
  const r = spawnSync(cmd, argv, { stdio: ['ignore', 2, 2], ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} exited with ${r.status ?? r.signal}`);
}

// --- 1. test/e2e dependencies (code-server, playwright-core, mocha), only when missing or stale -----------------
function ensureDependencies() {
  const lock = readFileSync(join(here, 'package-lock.json'));
  const stamp = createHash('sha256').update(lock).update(readFileSync(join(here, 'package.json'))).digest('hex');
  const marker = join(here, 'node_modules/.rapport-e2e-installed');
  const complete = ['code-server/out/node/entry.js', 'mocha/package.json', 'playwright-core/package.json'].every((p) => existsSync(join(here, 'node_modules', p)));
  if (complete && existsSync(marker) && readFileSync(marker, 'utf8') === stamp) return;
  log('vscode-e2e: installing test/e2e dependencies (npm ci, about a minute)…');
  // @vscode/ripgrep's postinstall downloads rg from GitHub; seed its cache with Debian's rg instead.
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new Error('ripgrep is missing: apt-get install -y ripgrep (code-server needs rg; its own download is offline-hostile)');
  const lockJson = JSON.parse(lock.toString('utf8'));
  const rgVersion = Object.entries(lockJson.packages ?? {}).find(([k]) => k.endsWith('node_modules/@vscode/ripgrep'))?.[1]?.version ?? '1.15.11';
  const RG_BINARY_VERSION = { '1.15.11': 'v13.0.0-10' }[rgVersion] ?? 'v13.0.0-10';
  const target = process.arch === 'arm64' ? 'aarch64-unknown-linux-musl' : 'x86_64-unknown-linux-musl';
  const cache = join(process.env.TMPDIR ?? tmpdir(), `vscode-ripgrep-cache-${rgVersion}`);
  mkdirSync(cache, { recursive: true });
  const tarball = join(cache, `ripgrep-${RG_BINARY_VERSION}-${target}.tar.gz`);
  if (!existsSync(tarball)) run('tar', ['czf', tarball, '-C', dirname(rg), 'rg']);
  run('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: here,
    env: {
      ...process.env,
      npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
      npm_config_nodedir: '/usr', // node-gyp uses Debian's Node headers instead of downloading them
      npm_config_unsafe_perm: 'true', // code-server's postinstall refuses to run as root without it
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    },
  });
  writeFileSync(marker, stamp);
}

// --- 2. the extension build, only when its inputs are newer than the .vsix -----------------------------------
function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const name of readdirSync(path)) if (name !== 'node_modules' && name !== 'dist') max = Math.max(max, newest(join(path, name)));
  return max;
}
function ensureBuilt() {
  const inputs = [join(extSource, 'src'), join(extSource, 'package.json'), join(extSource, 'build.mjs'), join(extSource, 'media'),
    join(root, 'packages/core/src'), join(root, 'docs/rules'), join(root, 'schema')];
  const built = existsSync(vsix) ? statSync(vsix).mtimeMs : 0;
  if (built && Math.max(...inputs.map(newest)) <= built) return;
  log('vscode-e2e: building the extension…');
  run(process.execPath, [join(extSource, 'build.mjs')], { cwd: root });
}

// --- 3. code-server in a throwaway home -----------------------------------------------------------------------
function makeSandbox() {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-vscode-e2e-'));
  for (const d of ['user/User', 'ext', 'xdg/data', 'xdg/config', 'xdg/cache']) mkdirSync(join(dir, d), { recursive: true });
  const ws = join(dir, 'workspace');
  cpSync(join(here, 'fixtures/workspace'), ws, { recursive: true });
  const env = {
    ...process.env,
    // Without these even `code-server --version` writes ~/.config/code-server and ~/.local/share/code-server.
    XDG_DATA_HOME: join(dir, 'xdg/data'),
    XDG_CONFIG_HOME: join(dir, 'xdg/config'),
    XDG_CACHE_HOME: join(dir, 'xdg/cache'),
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  };
  const base = [codeServerEntry, '--user-data-dir', join(dir, 'user'), '--extensions-dir', join(dir, 'ext')];
  return { dir, ws, env, base };
}

function writeUserSettings(box, extra = {}) {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'update.mode': 'none',
    ...extra,
  };
  writeFileSync(join(box.dir, 'user/User/settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
}

function installVsix(box) {
  const r = spawnSync(process.execPath, [...box.base, '--install-extension', vsix], { env: box.env, encoding: 'utf8' });
  const listed = spawnSync(process.execPath, [...box.base, '--list-extensions', '--show-versions'], { env: box.env, encoding: 'utf8' });
  const installedDir = join(box.dir, 'ext', `${extensionId}-${manifest.version}`);
  // Diagnostic codes link to docs/rules/<id>.md inside the extension: every rule page must ship.
  const pages = (dir, rel = '') => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []).flatMap((e) =>
    e.isDirectory() ? pages(join(dir, e.name), `${rel}${e.name}/`) : [`${rel}${e.name}`]);
  const missingPages = pages(join(root, 'docs/rules')).filter((p) => !existsSync(join(installedDir, 'docs/rules', p)));
  const ok = r.status === 0 && listed.stdout.includes(`${extensionId}@${manifest.version}`) && existsSync(join(installedDir, manifest.main)) &&
    existsSync(join(installedDir, manifest.browser)) && missingPages.length === 0;
  const size = existsSync(vsix) ? statSync(vsix).size : 0;
  record(`${vsix.slice(root.length + 1)} (${(size / 1024).toFixed(0)} KiB) installs into code-server`, ok && size <= 1024 * 1024, ok ? '' : `${r.stdout}${r.stderr}`.trim() + (missingPages.length ? ` missing rule pages: ${missingPages.join(', ')}` : ''));
  return ok ? installedDir : undefined;
}

const freePort = () =>
  new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });

async function startCodeServer(box) {
  const port = await freePort();
  const out = createWriteStream(join(box.dir, 'code-server.log'));
  const child = spawn(
    process.execPath,
    [...box.base, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', box.ws],
    { env: box.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null || Date.now() - started > 30_000) {
      stop();
      throw new Error(`code-server did not start (log: ${join(box.dir, 'code-server.log')})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const url = (payload) => `http://127.0.0.1:${port}/?folder=${encodeURIComponent(box.ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return { port, remote, url, stop };
}

async function launchBrowser() {
  const require = createRequire(join(here, 'package.json'));
  const { chromium } = require('playwright-core');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true });
}

// --- 4a. the mocha suite inside the extension host -----------------------------------------------------------
async function runSuite(box, server, extensionPath) {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let result;
    let resolveExit;
    const exited = new Promise((r) => (resolveExit = r));
    await page.exposeFunction('codeAutomationLog', (_type, parts) => {
      const line = format(...(Array.isArray(parts) ? parts : [parts]));
      if (line.startsWith('RAPPORT_E2E_RESULT ')) result = JSON.parse(line.slice('RAPPORT_E2E_RESULT '.length));
      else log(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
    const payload = [
      ['extensionDevelopmentPath', server.remote(extensionPath)],
      ['extensionTestsPath', server.remote(join(here, 'suite/index.js'))],
    ];
    await page.goto(server.url(payload));
    const timer = new Promise((r) => setTimeout(() => r('timeout'), timeoutMs));
    const code = await Promise.race([exited, timer]);
    if (result) {
      passed += result.passed;
      failed += result.failed;
    }
    if (code === 'timeout') return `the suite did not finish within ${timeoutMs / 1000} s (code-server log: ${join(box.dir, 'code-server.log')})`;
    if (!result) return `the suite exited with code ${code} before reporting results`;
    if (code !== 0 && result.failed === 0) return `the suite exited with code ${code}`;
    return undefined;
  } finally {
    await browser.close();
  }
}

// --- 4b. the web build (`browser` entry) in VS Code's web worker extension host ----------------------------------
async function webSmoke(box, server) {
  // `remote.extensionKind: web` makes the workbench run the installed extension's browser bundle in a worker.
  writeUserSettings(box, { 'remote.extensionKind': { [extensionId]: ['web'] } });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    let loadedWebBundle = false;
    const failures = [];
    context.on('request', (r) => {
      if (r.url().includes(encodeURIComponent('/dist/web/extension.js'))) loadedWebBundle = true;
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.text().includes(`Activating extension '${extensionId}' failed`)) failures.push(m.text());
    });
    await page.goto(server.url([['openFile', server.remote(join(box.ws, 'kb/never-opened.md'))], ['skipWelcome', 'true']]));
    const squiggles = await page
      .waitForSelector('.monaco-editor .squiggly-error', { timeout: 30_000 })
      .then(() => true, () => false);
    const ok = loadedWebBundle && squiggles && failures.length === 0;
    record('web build runs in the web worker extension host and underlines the article', ok,
      ok ? '' : `web bundle loaded: ${loadedWebBundle}, squiggles: ${squiggles}${failures.length ? `, ${failures.join(' ')}` : ''}`);
  } finally {
    await browser.close();
  }
}

// --- 4c. screenshots of what a person sees -------------------------------------------------------------------
async function takeScreenshots(box, server) {
  const outDir = join(root, 'docs/images');
  mkdirSync(outDir, { recursive: true });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const article = join(box.ws, 'kb/reset-mfa.md');
    await page.goto(server.url([['openFile', server.remote(article)], ['skipWelcome', 'true']]));
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60_000 });
    const palette = async (command) => {
      await page.keyboard.press('F1');
      await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
      await page.keyboard.type(command);
      await page.waitForTimeout(400);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(600);
    };
    const shoot = async (name, check) => {
      const file = join(outDir, `vscode-${name}.png`);
      await page.screenshot({ path: file });
      const ok = await check();
      record(`docs/images/vscode-${name}.png`, ok, ok ? '' : 'expected content was not on screen');
    };

    // The editor with squiggles and the Problems panel.
    await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await palette('View: Focus Problems');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 15_000 });
    await page.waitForTimeout(800);
    await shoot('diagnostics', async () => (await page.locator('.markers-panel .monaco-list-row').count()) >= 3);

    // The hover on a technical term: what, why, the plain-language gloss and the rewrites.
    await palette('View: Close Panel');
    const warnings = await page.locator('.monaco-editor .squiggly-warning').evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
    );
    // The lowest warning on screen is DNS in the body (MFA in the title is higher up).
    const term = warnings.sort((a, b) => b.y - a.y)[0];
    await page.mouse.move(term.x + term.width / 2, term.y + term.height / 2);
    await page.waitForSelector('.monaco-hover:not(.hidden)', { timeout: 15_000 });
    await page.waitForTimeout(800);
    await shoot('hover', async () => (await page.locator('.monaco-hover:not(.hidden)').innerText()).includes('In plain words:'));

    // The sidebar: score, checklist and findings by category.
    await page.mouse.move(5, 700);
    await page.keyboard.press('Escape');
    await palette('Rapport: Show Report');
    await page.waitForSelector('.monaco-list-row:has-text("Empathy checklist")', { timeout: 15_000 });
    // Widen the sidebar so the rows can be read: drag the sash on its right edge.
    const side = await page.locator('.part.sidebar').boundingBox();
    await page.mouse.move(side.x + side.width + 1, side.y + side.height / 2);
    await page.mouse.down();
    await page.mouse.move(side.x + side.width + 260, side.y + side.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.mouse.move(900, 700);
    await page.waitForTimeout(800);
    await shoot('sidebar', async () => (await page.locator('.monaco-list-row:has-text("Score")').count()) > 0);
  } finally {
    await browser.close();
  }
}

// --- main ------------------------------------------------------------------------------------------------------
let box;
let server;
const started = Date.now();
try {
  const phase = (name, since) => log(`vscode-e2e: ${name} took ${((Date.now() - since) / 1000).toFixed(1)} s`);
  let t = Date.now();
  ensureDependencies();
  ensureBuilt();
  phase('install check and build', t);
  box = makeSandbox();
  writeUserSettings(
    box,
    screenshots
      ? { 'workbench.colorTheme': 'Default Light Modern', 'editor.fontSize': 15, 'editor.minimap.enabled': false, 'editor.wordWrap': 'on', 'window.commandCenter': false, 'breadcrumbs.enabled': false, 'workbench.layoutControl.enabled': false, 'editor.hover.delay': 100 }
      : {},
  );
  const installed = installVsix(box);
  server = await startCodeServer(box);
  let problem;
  if (screenshots) await takeScreenshots(box, server);
  else {
    t = Date.now();
    problem = await runSuite(box, server, installed ?? extSource);
    phase('the suite in the extension host', t);
    t = Date.now();
    if (installed) await webSmoke(box, server);
    phase('the web-worker smoke check', t);
  }
  log(`vscode-e2e: finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  server.stop();
  if (!keep) rmSync(box.dir, { recursive: true, force: true });
  else log(`vscode-e2e: kept ${box.dir}`);
  finish(problem);
} catch (err) {
  server?.stop();
  if (box && keep) log(`vscode-e2e: kept ${box.dir}`);
  else if (box) rmSync(box.dir, { recursive: true, force: true });
  finish(err instanceof Error ? err.message : String(err));
}
