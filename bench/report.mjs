// Turns bench/results.json into Markdown tables: printed by `npm run bench` and written to bench/README.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './corpus.mjs';

const ms = (n) => (n == null || Number.isNaN(n) ? '—' : n < 10 ? `${n.toFixed(2)} ms` : `${n.toFixed(n < 100 ? 1 : 0)} ms`);
const thousands = (n) => n.toLocaleString('en-US');

export function tables(r) {
  const lines = [];
  const peers = r.peers;
  lines.push(`| Text | Words | Rapport, cold (p95) | Rapport, cached | ${peers.map((p) => p.label).join(' | ')} |`);
  lines.push(`| --- | ---: | ---: | ---: | ${peers.map(() => '---:').join(' | ')} |`);
  for (const row of r.timings) {
    const own = row.tools.rapport;
    const cells = peers.map((p) => {
      const t = row.tools[p.id];
      if (!t || t.error) return t?.error ? 'error' : '—';
      return `${ms(t.median)} (**${row.ratios[p.id]}×**)`;
    });
    lines.push(`| ${row.label} | ${thousands(row.words)} | ${ms(own.median)} (${ms(own.p95)}) | ${ms(row.tools['rapport-warm'].median)} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  lines.push('Medians over warmed-up iterations; (**N×**) = peer time / Rapport cold time, so higher is better for Rapport. ' +
    '"Cold" empties Rapport\'s paragraph and Markdown caches before every iteration; "cached" re-analyses an unchanged text.');
  lines.push('');
  lines.push('| Budget | Target | Result | |');
  lines.push('| --- | ---: | ---: | :---: |');
  for (const t of r.targets) {
    const value = t.value == null ? (t.note ?? 'not measured') : `${t.value}${t.unit === '×' ? '×' : ` ${t.unit}`}`;
    lines.push(`| ${t.label} | ${t.target} | ${value} | ${t.pass == null ? '—' : t.pass ? 'met' : '**missed**'} |`);
  }
  lines.push('');
  const e = r.edit;
  lines.push(`- Re-check after a one-character edit: median ${ms(e.median)}, p95 ${ms(e.p95)} over ${e.n} keystrokes typed into the article ` +
    `(on average ${e.paragraphsReanalysed} of ${e.paragraphs} paragraphs re-analysed per keystroke).`);
  const c = r.coldStart;
  lines.push(`- Cold start (median of ${c.runs} fresh \`node\` processes): import ${ms(c.importMs)} + first analyze of the article ${ms(c.analyzeMs)} = ${ms(c.totalMs)}; ` +
    `with the e-mail-sized text ${ms(c.emailTotalMs)}. Node's own start-up (~40 ms) is not included.`);
  lines.push(`- Memory: peak RSS ${r.memory.largeMaxRssMB} MB for a process that imports core and analyses the 100,000-word document ` +
    `(${r.memory.nodeBaselineMaxRssMB} MB for the same process that only imports core).`);
  const s = r.sendHandler;
  lines.push(s.kind === 'send-handler'
    ? `- Send handler (\`${s.file}\` in a bare \`node:vm\` context with a fake Office, fresh context per send): median ${ms(s.median)}, p95 ${ms(s.p95)} on a ${thousands(s.words)}-word e-mail; verdict \`${JSON.stringify(s.verdict).slice(0, 120)}\`.`
    : `- Send handler: **stand-in** (${s.note}): median ${ms(s.median)}, p95 ${ms(s.p95)} on a ${thousands(s.words)}-word e-mail.`);
  lines.push('');
  lines.push('| Bundle | Size | gzip |');
  lines.push('| --- | ---: | ---: |');
  for (const b of r.bundles) {
    if (b.missing) lines.push(`| ${b.label} | — | not built: ${b.missing} |`);
    else lines.push(`| ${b.label}${b.files ? ` (${b.files.map((f) => `\`${f}\``).join(', ')})` : ''} | ${(b.bytes / 1024).toFixed(1)} KiB | ${b.gzipBytes ? `${(b.gzipBytes / 1024).toFixed(1)} KiB` : '—'} |`);
  }
  lines.push('');
  const m = r.machine;
  lines.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM, Node ${m.node}, ${m.os}. Run ${r.date}${r.quick ? ' (--quick)' : ''}, ${r.durationS} s; ` +
    `load average ${r.load.before.join(' / ')} before, ${r.load.after.join(' / ')} after (${r.load.note}).`);
  return lines.join('\n');
}

export function writeReadme(r, { write = true } = {}) {
  const table = tables(r);
  if (!write) return table;
  const readme = `# Benchmarks

\`npm run bench\` (= \`node bench/run.mjs\`, \`--quick\` for a short run) measures Rapport and its peers on the same text
in one run, prints the tables below and writes [results.json](results.json). It is never part of \`npm test\`: timings
depend on the machine and on what else runs on it.

## Latest run

${table}

## What is measured

- **Corpus**: the Microsoft support KB sample in \`../shared/data/kb/articles\`, concatenated in file-name order (front
  matter kept only on the first article) and cut at a blank line once ~300 words (an e-mail-sized piece), ~3,000
  words (an article) or ~100,000 words (a large document) are reached; plus every text file under \`examples/\` (one
  pass over all of them) when that folder has any. The send-handler e-mail (~5,000 words) is the prose paragraphs
  of the same articles, with a greeting and a signature.
- **Peers**, on exactly the same text: \`alex\` (\`markdown()\`), \`write-good\`, \`retext\` with
  \`retext-english\` + \`retext-equality\` + \`retext-simplify\` + \`retext-readability\`, \`compromise\` \`nlp()\`
  alone (the tokenising cost of a dependency Rapport uses only for rewrites), and \`harper.js\` (\`LocalLinter\`,
  Markdown).
- **Timing**: tinybench, warm-up iterations first, then at least a time budget and a minimum number of iterations;
  median and p95 of the samples. Rapport's cold numbers empty its caches before each iteration (outside the timed
  part), so they never profit from the paragraph cache. The large document runs 3 iterations per peer and 10 for Rapport.
- **One-character edit**: a writer types a sentence into prose paragraphs of the article, one character per
  iteration; each iteration re-analyses the whole article, where only the edited paragraph misses the cache.
- **Cold start**: \`bench/child.mjs\` in a fresh \`node\` process: \`import()\` of the built core bundle plus the first
  \`analyze()\` of the article, timed inside the process; median of several processes.
- **Memory**: \`process.resourceUsage().maxRSS\` of a fresh process that analyses the 100,000-word document.
- **Send handler**: the built handler from \`packages/outlook/dist\` loaded into a bare \`node:vm\` context with a fake
  \`Office\` (the recipe in \`shared/recipes/outlook-e2e.md\`), timed from evaluating the bundle to \`event.completed\`;
  when that build is absent, \`analyze(text, { kind: 'email' })\` stands in and the table says so.
- **Sizes**: core is built by \`packages/core/build.mjs\` (esbuild, then terser, as every shipped bundle; \`compromise\` external); host bundles are measured
  only when their builds exist.

## Corpus attribution

The benchmark text is taken from Microsoft support knowledge-base articles, © Microsoft Corporation and contributors,
from [MicrosoftDocs/OfficeDocs-Support](https://github.com/MicrosoftDocs/OfficeDocs-Support) (commit
\`36878e0e10fbe834858d06a771a7e51e570469d3\`), licensed under
[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/). The articles are concatenated and cut to size as described
above, and not otherwise changed; they are read at run time from \`../shared/data/kb\` and not shipped with Rapport.
Microsoft product names are trademarks of Microsoft.
`;
  writeFileSync(join(REPO, 'bench/README.md'), readme);
  return table;
}
