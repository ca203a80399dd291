// Builds @rapport/core: ESM bundles for Node and bundlers, a minified browser bundle (for size budgets), and types.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
rmSync(join(here, 'dist'), { recursive: true, force: true });
const common = { bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', mainFields: ['module', 'main'], logLevel: 'warning', legalComments: 'none' };
await Promise.all([
  build({ ...common, entryPoints: { index: join(here, 'src/index.ts'), config: join(here, 'src/config/index.ts') }, outdir: join(here, 'dist'), sourcemap: true }),
  build({ ...common, entryPoints: { 'rapport-core.min': join(here, 'src/index.ts') }, outdir: join(here, 'dist'), minify: true }),
]);
execFileSync(process.execPath, [join(here, '../../node_modules/typescript/bin/tsc'), '-p', join(here, 'tsconfig.json')], { stdio: 'inherit' });
