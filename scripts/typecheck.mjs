// Type-checks every package that has a tsconfig.json (strict, no emit).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
let failed = false;
for (const pkg of ['core', 'cli', 'vscode', 'outlook']) {
  const project = join(root, 'packages', pkg, 'tsconfig.json');
  if (!existsSync(project)) continue;
  const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project, '--noEmit'], { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
  console.log(`${r.status === 0 ? 'ok  ' : 'FAIL'} packages/${pkg}`);
}
process.exit(failed ? 1 : 0);
