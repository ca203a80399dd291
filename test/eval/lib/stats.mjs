// Small statistics for the eval harness.

/** ROC AUC of `scores` for telling positives (label true) from negatives; ties count half. */
export function rocAuc(scores, labels) {
  const pairs = scores.map((s, i) => [s, labels[i]]).sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < pairs.length; ) {
    let j = i;
    while (j < pairs.length && pairs[j][0] === pairs[i][0]) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (pairs[k][1]) { rankSum += rank; positives++; }
    i = j;
  }
  const negatives = pairs.length - positives;
  if (!positives || !negatives) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export const round = (n, d = 3) => Math.round(n * 10 ** d) / 10 ** d;
