// npm run eval: builds core, then runs every quality evaluation under test/eval/ (corpora from ../shared/data).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const build = spawnSync('npm', ['run', 'build', '--silent', '-w', '@rapport/core'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const dir = join(root, 'test/eval');
const scripts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort() : [];
let failed = 0;
for (const script of scripts) {
  console.log(`\n── ${script} ${'─'.repeat(Math.max(0, 60 - script.length))}`);
  const r = spawnSync(process.execPath, [join(dir, script)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
