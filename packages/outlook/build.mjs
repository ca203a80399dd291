// Builds the Outlook add-in into dist/: the task pane (HTML, CSS, one script) and the on-send handler, a separate
// DOM-free script that Outlook may run in its JavaScript-only runtime. Core is bundled in from source.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreDefine, coreFromSource, terse } from '../core/build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');

const common = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [coreFromSource],
  define: coreDefine,
  sourcemap: 'linked',
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'assets'), { recursive: true });
await Promise.all([
  // Neutral for the pane too: the browser builds of core's dependencies decode entities through innerHTML.
  build({ ...common, platform: 'neutral', mainFields: ['module', 'main'], entryPoints: [join(here, 'src/taskpane/main.ts')], outfile: join(dist, 'taskpane.js') }),
  // platform neutral + no DOM lib: the JavaScript-only runtime has no window or document.
  build({ ...common, platform: 'neutral', mainFields: ['module', 'main'], entryPoints: [join(here, 'src/send/launchevent.ts')], outfile: join(dist, 'launchevent.js') }),
]);
await Promise.all(['taskpane.js', 'launchevent.js'].map((file) => terse(join(dist, file))));
for (const file of ['taskpane/taskpane.html', 'taskpane/taskpane.css', 'send/commands.html']) {
  cpSync(join(here, 'src', file), join(dist, file.slice(file.indexOf('/') + 1)));
}
cpSync(join(here, 'assets'), join(dist, 'assets'), { recursive: true });
