// Deterministic fitting of linear models over sparse rows: full-batch Adam from zero, a fixed number of steps, no
// randomness anywhere, so `npm run train` gives the same numbers on every machine.
//
// A row is { idx: Int32Array, val: Float64Array, y, weight }: feature indices with their values.

/** Binary logistic regression; returns { weights: Float64Array(dim), bias }. */
export function fitLogistic(rows, dim, { l2 = 1e-4, steps = 400, rate = 0.05, l2By } = {}) {
  const w = new Float64Array(dim);
  let b = 0;
  const m = new Float64Array(dim);
  const v = new Float64Array(dim);
  let mb = 0;
  let vb = 0;
  const g = new Float64Array(dim);
  const totalWeight = rows.reduce((s, r) => s + r.weight, 0);
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let step = 1; step <= steps; step++) {
    g.fill(0);
    let gb = 0;
    for (const r of rows) {
      let z = b;
      for (let k = 0; k < r.idx.length; k++) z += w[r.idx[k]] * r.val[k];
      const p = 1 / (1 + Math.exp(-z));
      const e = ((p - r.y) * r.weight) / totalWeight;
      gb += e;
      for (let k = 0; k < r.idx.length; k++) g[r.idx[k]] += e * r.val[k];
    }
    const c1 = 1 - beta1 ** step;
    const c2 = 1 - beta2 ** step;
    for (let j = 0; j < dim; j++) {
      const gj = g[j] + (l2By ? l2By[j] : l2) * w[j];
      m[j] = beta1 * m[j] + (1 - beta1) * gj;
      v[j] = beta2 * v[j] + (1 - beta2) * gj * gj;
      w[j] -= (rate * (m[j] / c1)) / (Math.sqrt(v[j] / c2) + 1e-8);
    }
    mb = beta1 * mb + (1 - beta1) * gb;
    vb = beta2 * vb + (1 - beta2) * gb * gb;
    b -= (rate * (mb / c1)) / (Math.sqrt(vb / c2) + 1e-8);
  }
  return { weights: w, bias: b };
}

/** Multinomial logistic regression over `classes` labels (row.y is the class index). */
export function fitSoftmax(rows, dim, classes, { l2 = 1e-4, steps = 300, rate = 0.05 } = {}) {
  const size = dim * classes;
  const w = new Float64Array(size);
  const b = new Float64Array(classes);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const mb = new Float64Array(classes);
  const vb = new Float64Array(classes);
  const g = new Float64Array(size);
  const gb = new Float64Array(classes);
  const z = new Float64Array(classes);
  const totalWeight = rows.reduce((s, r) => s + r.weight, 0);
  for (let step = 1; step <= steps; step++) {
    g.fill(0);
    gb.fill(0);
    for (const r of rows) {
      let max = -Infinity;
      for (let c = 0; c < classes; c++) {
        let s = b[c];
        for (let k = 0; k < r.idx.length; k++) s += w[r.idx[k] * classes + c] * r.val[k];
        z[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += (z[c] = Math.exp(z[c] - max));
      for (let c = 0; c < classes; c++) {
        const e = ((z[c] / sum - (c === r.y ? 1 : 0)) * r.weight) / totalWeight;
        gb[c] += e;
        for (let k = 0; k < r.idx.length; k++) g[r.idx[k] * classes + c] += e * r.val[k];
      }
    }
    const c1 = 1 - 0.9 ** step;
    const c2 = 1 - 0.999 ** step;
    for (let j = 0; j < size; j++) {
      const gj = g[j] + l2 * w[j];
      m[j] = 0.9 * m[j] + 0.1 * gj;
      v[j] = 0.999 * v[j] + 0.001 * gj * gj;
      w[j] -= (rate * (m[j] / c1)) / (Math.sqrt(v[j] / c2) + 1e-8);
    }
    for (let c = 0; c < classes; c++) {
      mb[c] = 0.9 * mb[c] + 0.1 * gb[c];
      vb[c] = 0.999 * vb[c] + 0.001 * gb[c] * gb[c];
      b[c] -= (rate * (mb[c] / c1)) / (Math.sqrt(vb[c] / c2) + 1e-8);
    }
  }
  return { weights: w, bias: b };
}
