// npm start: build everything, then run `rapport check` on the bundled examples (a support reply and a KB
// article), printing findings, rewrites and the empathy checklist. On a terminal it then serves the Outlook
// add-in on 127.0.0.1 so it can be tried in a browser or sideloaded.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

step(process.execPath, ['scripts/build.mjs']);
console.log('\n── rapport check examples/ ─────────────────────────────────────────────\n');
step(process.execPath, ['packages/cli/bin/rapport.js', 'check', '--fail-on', 'never', 'examples/']);

const serve = join(root, 'packages/outlook/serve.mjs');
if (existsSync(serve) && process.stdout.isTTY && !process.env.CI) {
  console.log('\n── Outlook add-in ──────────────────────────────────────────────────────\n');
  step(process.execPath, [serve]);
} else if (existsSync(serve)) {
  console.log('\nTry the Outlook add-in in a browser (demo mode) or sideload it: node packages/outlook/serve.mjs (see docs/outlook.md).');
}
