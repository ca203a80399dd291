// Builds @rapport/core: ESM bundles for Node and bundlers, a minified browser bundle (for size budgets), and types.
// `node build.mjs --outdir <dir> --no-types` writes the bundles elsewhere without touching dist (the benchmark
// uses it); other scripts can import `coreBuildOptions` to bundle core the same way.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { minify } from 'terser';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// The Markdown scanner's strict mode is a test oracle (src/text/markdown-fast.ts): left out of what ships.
export const coreDefine = { RAPPORT_LENIENT_MARKDOWN_ONLY: 'true' };

/** For hosts that bundle core: resolves @rapport/core (and /config) to its sources, so they never wait on dist. */
export const coreFromSource = {
  name: 'rapport-core-source',
  setup(b) {
    b.onResolve({ filter: /^@rapport\/core(\/config)?$/ }, (args) => ({
      path: join(here, 'src', args.path.endsWith('/config') ? 'config/index.ts' : 'index.ts'),
    }));
  },
};

/**
 * A second minifying pass over a minified esbuild bundle, for what ships: terser compresses further and names
 * things so that gzip finds more repeats, which took core about 1.2 KiB (2%) gzipped below esbuild alone. A linked
 * source map next to the file is carried through. `module`: an ES module (its top level can be renamed).
 */
export async function terse(file, { module = false } = {}) {
  const mapFile = `${file}.map`;
  const map = existsSync(mapFile) ? readFileSync(mapFile, 'utf8') : null;
  const out = await minify(readFileSync(file, 'utf8'), {
    module,
    ecma: 2020,
    compress: { passes: 2 },
    sourceMap: map ? { content: map, url: basename(mapFile) } : false,
  });
  writeFileSync(file, out.code);
  if (map) writeFileSync(mapFile, out.map);
}

export const coreBuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  legalComments: 'none',
  define: coreDefine,
};

export async function buildCore({ outdir = join(here, 'dist'), types = true, clean = true } = {}) {
  if (clean) rmSync(outdir, { recursive: true, force: true });
  await Promise.all([
    build({ ...coreBuildOptions, entryPoints: { index: join(here, 'src/index.ts'), config: join(here, 'src/config/index.ts') }, outdir, sourcemap: true }),
    // The size budget counts core without compromise: compromise is loaded only where a rewrite needs it.
    build({ ...coreBuildOptions, entryPoints: { 'rapport-core.min': join(here, 'src/index.ts') }, outdir, minify: true, external: ['compromise'] }),
  ]);
  await terse(join(outdir, 'rapport-core.min.js'), { module: true });
  if (types) execFileSync(process.execPath, [join(here, '../../node_modules/typescript/bin/tsc'), '-p', join(here, 'tsconfig.json')], { stdio: 'inherit' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--outdir');
  await buildCore({ outdir: at >= 0 ? resolve(args[at + 1]) : undefined, types: !args.includes('--no-types'), clean: at < 0 });
}
