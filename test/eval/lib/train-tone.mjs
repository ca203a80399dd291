// Refits the sentence tone model: logistic regression over the cues in packages/core/src/score/tone-features.ts,
// trained on TyDiP English train (CC BY 4.0), and writes packages/core/src/data/tone/sentence-weights.ts.
// Run: node test/eval/lib/train-tone.mjs   (the test split is never used here; test/eval/tone.mjs reports on it)
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { politeness, repoRoot } from './data.mjs';
import { rocAuc, round } from './stats.mjs';

const out = join(mkdtempSync(join(tmpdir(), 'rapport-tone-')), 'features.mjs');
await build({ entryPoints: [join(repoRoot, 'packages/core/src/score/tone-features.ts')], bundle: true, format: 'esm', outfile: out, logLevel: 'error' });
const { toneFeatures, TONE_FEATURE_NAMES } = await import(pathToFileURL(out).href);

/** Batch gradient descent with L2; returns { bias, w }. */
export function fitLogistic(X, y, { lambda = 0.01, epochs = 3000, rate = 1 } = {}) {
  const n = X.length;
  const d = X[0].length;
  const w = new Array(d).fill(0);
  let bias = 0;
  for (let e = 0; e < epochs; e++) {
    const g = new Array(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = bias;
      for (let j = 0; j < d; j++) z += w[j] * X[i][j];
      const err = 1 / (1 + Math.exp(-z)) - y[i];
      gb += err;
      for (let j = 0; j < d; j++) g[j] += err * X[i][j];
    }
    bias -= (rate * gb) / n;
    for (let j = 0; j < d; j++) w[j] -= rate * (g[j] / n + lambda * w[j]);
  }
  return { bias, w };
}

const predict = (m, x) => x.reduce((z, v, j) => z + m.w[j] * v, m.bias);

const train = politeness('train');
const X = train.map((r) => toneFeatures(r.text));
const y = train.map((r) => (r.label === 'polite' ? 1 : 0));

// Choose the L2 strength by 5-fold cross-validation on the train split (AUC on its extreme rows).
let best = { lambda: 0, auc: -1 };
for (const lambda of [0.0003, 0.001, 0.003, 0.01, 0.03]) {
  const aucs = [];
  for (let k = 0; k < 5; k++) {
    const fit = fitLogistic(X.filter((_, i) => i % 5 !== k), y.filter((_, i) => i % 5 !== k), { lambda, epochs: 1500 });
    const held = train.map((r, i) => [r, i]).filter(([r, i]) => i % 5 === k && r.extreme);
    aucs.push(rocAuc(held.map(([, i]) => predict(fit, X[i])), held.map(([r]) => r.label === 'polite')));
  }
  const auc = aucs.reduce((a, b) => a + b, 0) / aucs.length;
  console.log(`lambda ${lambda}: cross-validated AUC ${round(auc)}`);
  if (auc > best.auc) best = { lambda, auc };
}
const model = fitLogistic(X, y, { lambda: best.lambda });
const weights = Object.fromEntries(TONE_FEATURE_NAMES.map((name, j) => [name, round(model.w[j], 3)]));

const file = `// Weights of the sentence tone model (score/sentence-tone.ts): logistic regression over the cues in
// score/tone-features.ts, fitted by test/eval/lib/train-tone.mjs (L2 = ${best.lambda}, 5-fold CV AUC ${round(best.auc)}).
// Fitted on TyDiP English train: Anirudh Srinivasan and Eunsol Choi, "TyDiP: A Dataset for Politeness
// Classification in Nine Typologically Diverse Languages", Findings of EMNLP 2022, CC BY 4.0; its English data
// comes from the Stanford Politeness Corpus (Danescu-Niculescu-Mizil et al., ACL 2013). Only these numbers are
// derived from the data; no text from it ships with Rapport. Positive weights mean warmer.
export const TONE_BIAS = ${round(model.bias, 3)};

export const TONE_WEIGHTS: Readonly<Record<string, number>> = ${JSON.stringify(weights, null, 2).replace(/"(\w+)":/g, '$1:')};
`;
writeFileSync(join(repoRoot, 'packages/core/src/data/tone/sentence-weights.ts'), file);
console.log('wrote packages/core/src/data/tone/sentence-weights.ts', weights);
