// Builds the extension: esbuild bundles (Node `main` and web `browser`, core included from source), copies the rule
// docs and the config schema into the extension, then packages rapport-vscode-<version>.vsix with vsce.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreDefine, coreFromSource, terse } from '../core/build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const MAX_VSIX_BYTES = 1024 * 1024;
const noPackage = process.argv.includes('--no-package');

rmSync(join(here, 'dist'), { recursive: true, force: true });
const common = {
  entryPoints: [join(here, 'src/extension.ts')],
  bundle: true,
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Core from source, so the extension build never depends on core's dist being fresh.
  plugins: [coreFromSource],
  define: coreDefine,
  mainFields: ['module', 'main'],
};
await Promise.all([
  build({ ...common, platform: 'node', outfile: join(here, 'dist/extension.js') }),
  // The web extension host is a worker: prefer packages' `worker` exports over their DOM (`browser`) ones, which
  // may touch `document` (decode-named-character-reference does).
  build({ ...common, platform: 'browser', conditions: ['worker'], outfile: join(here, 'dist/web/extension.js') }),
]);
await Promise.all(['dist/extension.js', 'dist/web/extension.js'].map((file) => terse(join(here, file))));

// The Diagnostic code links to the rule's page, bundled at the repo-relative path core reports (docs/rules/<id>.md).
rmSync(join(here, 'docs'), { recursive: true, force: true });
mkdirSync(join(here, 'docs/rules'), { recursive: true });
if (existsSync(join(root, 'docs/rules'))) cpSync(join(root, 'docs/rules'), join(here, 'docs/rules'), { recursive: true });

// jsonValidation points here; until the schema lands at the repo root, ship a permissive one.
mkdirSync(join(here, 'schema'), { recursive: true });
const schema = join(root, 'schema/rapportrc.schema.json');
if (existsSync(schema)) cpSync(schema, join(here, 'schema/rapportrc.schema.json'));
else writeFileSync(join(here, 'schema/rapportrc.schema.json'), `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', title: 'Rapport config', type: 'object' }, null, 2)}\n`);

if (!noPackage) {
  const vsix = join(here, `${pkg.name}-${pkg.version}.vsix`);
  const vsce = join(root, 'node_modules/@vscode/vsce/vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], { cwd: here, stdio: ['ignore', 'inherit', 'inherit'] });
  const size = statSync(vsix).size;
  if (size > MAX_VSIX_BYTES) throw new Error(`${vsix} is ${size} bytes, over the 1 MiB budget`);
  console.log(`rapport-vscode: ${vsix} (${(size / 1024).toFixed(0)} KiB)`);
}
