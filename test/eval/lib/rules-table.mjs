// Writes docs/rules/README.md: one row per rule in ruleList (every family), with its fires on the KB and
// politeness corpora from test/eval/results/tone.json. Run on its own: node test/eval/lib/rules-table.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCore, repoRoot } from './data.mjs';

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function writeRulesReadme(ruleList, results) {
  const kbWords = results.kb.words;
  const lines = [
    '# Rapport rules',
    '',
    'Every rule Rapport runs, generated from `ruleList` by `test/eval/lib/rules-table.mjs` (run by `npm run eval`; do not edit by hand).',
    `Fires are counted on two corpora: **KB**, ${results.kb.articles} professionally written Microsoft support articles (${kbWords.toLocaleString('en')} words; a fire there is most likely a false alarm),`,
    `and **politeness**, the ${results.politenessRows.toLocaleString('en')} TyDiP English requests (train + test), each labelled polite or impolite by annotators.`,
    'Precision is the share of politeness fires that landed on a request labelled impolite (shown for rules that fired there; it only applies to tone rules).',
    '',
    '| Rule | Category | Description | Fires on KB | Fires on politeness | Precision (politeness) |',
    '|---|---|---|---:|---:|---:|',
  ];
  for (const r of [...ruleList].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const c = results.rules[r.id] ?? { kb: 0, politeness: 0, politenessPrecision: null };
    const precision = r.category === 'tone' && c.politenessPrecision !== null ? c.politenessPrecision.toFixed(2) : '—';
    lines.push(`| [${r.id}](${r.id}.md) | ${r.category} | ${cell(r.description)} | ${c.kb} | ${c.politeness} | ${precision} |`);
  }
  const p = results.politeness;
  lines.push(
    '',
    '## Tone, measured',
    '',
    `- Tone score ROC AUC, impolite vs polite (TyDiP English test, extreme quartiles, n = ${p.rows}): document score ${p.aucDocumentTone}, sentence model ${p.aucSentenceTone}.`,
    `- "Any tone finding" as an impoliteness test on the same rows: accuracy ${p.anyToneFinding.accuracy}, precision ${p.anyToneFinding.precision}, recall ${p.anyToneFinding.recall}.`,
    `- KB: ${results.kb.toneFindings} tone findings, ${results.kb.per1000Words} per 1,000 words.`,
    '',
    'Data: TyDiP (Srinivasan and Choi, Findings of EMNLP 2022; CC BY 4.0), from the Stanford Politeness Corpus',
    '(Danescu-Niculescu-Mizil et al., ACL 2013); KB articles © Microsoft Corporation and contributors, from',
    'MicrosoftDocs/OfficeDocs-Support, CC BY 4.0.',
    '',
  );
  writeFileSync(join(repoRoot, 'docs/rules/README.md'), lines.join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { ruleList } = await loadCore();
  writeRulesReadme(ruleList, JSON.parse(readFileSync(join(repoRoot, 'test/eval/results/tone.json'), 'utf8')));
  console.log('wrote docs/rules/README.md');
}
