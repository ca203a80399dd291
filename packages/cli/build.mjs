// Bundles the CLI (with @rapport/core inside) into one ESM file for Node.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
await build({
  entryPoints: [join(here, 'src/bin.ts')],
  outfile: join(here, 'dist/cli.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // ESM builds first: jsonc-parser's UMD build requires its own files at run time, which a bundle cannot.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  legalComments: 'none',
  sourcemap: true,
  define: { RAPPORT_VERSION: JSON.stringify(version) },
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
  banner: { js: "import { createRequire as __rapportRequire } from 'node:module'; const require = __rapportRequire(import.meta.url);" },
});
