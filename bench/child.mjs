// Measurements that need a fresh Node process. Prints one JSON line.
//   node bench/child.mjs cold <core bundle> <text file>   import + first analyze, timed from inside the process
//   node bench/child.mjs rss  <core bundle> <text file>   peak resident set size (VmHWM) after one analyze
//   node bench/child.mjs base <core bundle>               peak RSS after import only (Node's own baseline)
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [mode, bundle, file] = process.argv.slice(2);
const text = file ? readFileSync(file, 'utf8') : '';
const t0 = performance.now();
const { analyze } = await import(pathToFileURL(bundle).href);
const t1 = performance.now();
let findings = 0;
if (mode !== 'base') findings = analyze(text).findings.length;
const t2 = performance.now();
// Linux keeps ru_maxrss (process.resourceUsage().maxRSS) across fork+exec, so a child of a big parent reports the
// parent's size; VmHWM in /proc/self/status is this process's own peak. Elsewhere, fall back to maxRSS.
const hwm = (() => {
  try {
    return Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) || null;
  } catch {
    return null;
  }
})();
const maxRssMB = (hwm ?? process.resourceUsage().maxRSS) / 1024;
process.stdout.write(`${JSON.stringify({ mode, importMs: t1 - t0, analyzeMs: t2 - t1, totalMs: t2 - t0, maxRssMB, findings })}\n`);
