// Builds every workspace that has a build script, in dependency order (core first; the hosts bundle it).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const ws of workspaces) {
  const manifest = join(root, ws, 'package.json');
  if (!existsSync(manifest)) continue;
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  if (!pkg.scripts?.build) continue;
  const started = Date.now();
  const run = spawnSync('npm', ['run', 'build', '--silent'], { cwd: join(root, ws), stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`build failed in ${ws}`);
    process.exit(run.status ?? 1);
  }
  console.log(`built ${pkg.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
