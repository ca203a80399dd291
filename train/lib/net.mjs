// The harsh head: a linear part over hashed word, pair, letter and shape weights, plus a tiny network over the
// sentence's word vectors. Each word's 100-d GloVe vector is projected to K dimensions (P, learned); the sentence
// pools those three ways (mean, mean near "you", max: core's poolVectors) and a hidden layer of H units reads them.
// After fitting, only P·v(word) ships, K small numbers per word: the pooling and the layer run in core.
//
// Deterministic: a seeded generator (the caller's) starts the weights, and full-batch Adam runs a fixed number of
// steps.

function gaussian(random) {
  const u = Math.max(1e-12, random());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

class Adam {
  constructor(size, rate) {
    this.m = new Float64Array(size);
    this.v = new Float64Array(size);
    this.rate = rate;
  }
  step(params, grads, t) {
    const c1 = 1 - 0.9 ** t;
    const c2 = 1 - 0.999 ** t;
    for (let i = 0; i < params.length; i++) {
      this.m[i] = 0.9 * this.m[i] + 0.1 * grads[i];
      this.v[i] = 0.999 * this.v[i] + 0.001 * grads[i] * grads[i];
      params[i] -= (this.rate * (this.m[i] / c1)) / (Math.sqrt(this.v[i] / c2) + 1e-8);
    }
  }
}

/**
 * rows: { grams: Int32Array (slots), gramValues: Float64Array (their signed counts), tokens: Int32Array (rows of `vectors`), near: Uint8Array, y, weight }
 * vectors: Float32Array of (words × D); random: a seeded generator of numbers in [0, 1). Returns the fitted parameters.
 */
export function fitHarshNet(rows, { gramCount, vectors, D, K = 8, H = 16, steps = 300, rate = 0.02, l2Grams = 3e-4, l2Net = 1e-4, random }) {
  const wg = new Float64Array(gramCount);
  const b0 = new Float64Array(1);
  const P = Float64Array.from({ length: K * D }, () => gaussian(random) * 0.3);
  const W = Float64Array.from({ length: H * 3 * K }, () => gaussian(random) / Math.sqrt(3 * K));
  const b1 = new Float64Array(H).fill(0.1);
  const w2 = Float64Array.from({ length: H }, () => gaussian(random) * 0.3);
  const params = [wg, b0, P, W, b1, w2];
  const grads = params.map((p) => new Float64Array(p.length));
  const optimisers = params.map((p) => new Adam(p.length, rate));
  const totalWeight = rows.reduce((s, r) => s + r.weight, 0);
  const z = new Float64Array(3 * K);
  const h = new Float64Array(H);
  const dz = new Float64Array(3 * K);
  const dh = new Float64Array(H);
  const argmax = new Int32Array(K);

  // Each step projects every table word once (P·v), not every token occurrence, and gathers the gradient per word.
  const words = vectors.length / D;
  const projected = new Float64Array(words * K);
  const dProjected = new Float64Array(words * K);
  const project = () => {
    for (let w = 0; w < words; w++) {
      const base = w * D;
      for (let j = 0; j < K; j++) {
        let s = 0;
        const pj = j * D;
        for (let d = 0; d < D; d++) s += P[pj + d] * vectors[base + d];
        projected[w * K + j] = s;
      }
    }
  };

  function forward(r, keep) {
    const n = r.tokens.length;
    z.fill(0);
    argmax.fill(-1);
    let you = 0;
    for (let t = 0; t < n; t++) {
      const base = r.tokens[t] * K;
      for (let j = 0; j < K; j++) {
        const s = projected[base + j];
        z[j] += s;
        if (r.near[t]) z[K + j] += s;
        if (argmax[j] === -1 || s > z[2 * K + j]) {
          z[2 * K + j] = s;
          argmax[j] = t;
        }
      }
      if (r.near[t]) you++;
    }
    for (let j = 0; j < K; j++) {
      if (n) z[j] /= n;
      if (you) z[K + j] /= you;
    }
    let out = 0;
    for (let u = 0; u < H; u++) {
      let s = b1[u];
      for (let j = 0; j < 3 * K; j++) s += W[u * 3 * K + j] * z[j];
      h[u] = s > 0 ? s : 0;
      out += w2[u] * h[u];
    }
    let logit = b0[0] + out;
    for (let k = 0; k < r.grams.length; k++) logit += wg[r.grams[k]] * r.gramValues[k];
    keep.you = you;
    return logit;
  }

  const keep = {};
  for (let step = 1; step <= steps; step++) {
    for (const g of grads) g.fill(0);
    const [gwg, gb0, gP, gW, gb1, gw2] = grads;
    project();
    dProjected.fill(0);
    for (const r of rows) {
      const logit = forward(r, keep);
      const p = 1 / (1 + Math.exp(-logit));
      const e = ((p - r.y) * r.weight) / totalWeight;
      gb0[0] += e;
      for (let k = 0; k < r.grams.length; k++) gwg[r.grams[k]] += e * r.gramValues[k];
      for (let u = 0; u < H; u++) {
        gw2[u] += e * h[u];
        dh[u] = h[u] > 0 ? e * w2[u] : 0;
        gb1[u] += dh[u];
      }
      dz.fill(0);
      for (let u = 0; u < H; u++) {
        if (!dh[u]) continue;
        for (let j = 0; j < 3 * K; j++) {
          gW[u * 3 * K + j] += dh[u] * z[j];
          dz[j] += dh[u] * W[u * 3 * K + j];
        }
      }
      const n = r.tokens.length;
      for (let t = 0; t < n; t++) {
        const base = r.tokens[t] * K;
        for (let j = 0; j < K; j++) {
          let dE = dz[j] / n;
          if (r.near[t]) dE += dz[K + j] / keep.you;
          if (argmax[j] === t) dE += dz[2 * K + j];
          dProjected[base + j] += dE;
        }
      }
    }
    for (let w = 0; w < words; w++) {
      const base = w * D;
      for (let j = 0; j < K; j++) {
        const dE = dProjected[w * K + j];
        if (!dE) continue;
        const pj = j * D;
        for (let d = 0; d < D; d++) gP[pj + d] += dE * vectors[base + d];
      }
    }
    for (let i = 0; i < gwg.length; i++) gwg[i] += l2Grams * wg[i];
    for (const [param, grad] of [[P, gP], [W, gW], [w2, gw2]]) for (let i = 0; i < param.length; i++) grad[i] += l2Net * param[i];
    params.forEach((param, i) => optimisers[i].step(param, grads[i], step));
  }
  return { wg, bias: b0[0], P, W, b1, w2, K, H, D };
}
