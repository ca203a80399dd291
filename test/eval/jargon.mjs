// Jargon and plain-language quality (issue 5), run by `npm run eval` after core is built.
// 1. Must / must-not tables per rule (inline definitions, acronyms in code and URLs, everyday acronyms).
// 2. The KB sample (test/corpus/kb/articles, Microsoft support articles, CC BY 4.0): jargon findings per 1,000
//    words for a technical audience, and for end users the 30 most-flagged terms with their glosses, each checked.
// Results: test/eval/results/jargon.json. Exits non-zero when a table case or a threshold fails.
import { analyze } from '@rapport/core';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const kbDir = resolve(root, 'test/corpus/kb/articles');
const MAX_TECHNICAL_PER_1000 = 3;

// ── 1. tables ────────────────────────────────────────────────────────────────────────────────────────────────────
// [text, options, rule, expected flagged texts (in order)]
const TABLE = [
  // unexplained-term: must flag
  ['Your DNS lookup is failing.', {}, 'jargon/unexplained-term', ['DNS']],
  ['Restart the VPN, then check the SSID and the proxy.', {}, 'jargon/unexplained-term', ['VPN', 'SSID', 'proxy']],
  ['The BSOD came back after the GPO update.', {}, 'jargon/unexplained-term', ['BSOD', 'GPO']],
  ['Your mailbox quota is full because of the OST file.', {}, 'jargon/unexplained-term', ['mailbox quota', 'OST']],
  ['Check the SPF record before the MX record change.', { audience: 'technical' }, 'jargon/unexplained-term', ['SPF', 'MX record']],
  ['MFA is on. Later, MFA (a code on your phone) is needed.', {}, 'jargon/unexplained-term', ['MFA']],
  // unexplained-term: must not flag (inline definitions, later uses, masked code and URLs, technical readers)
  ['Domain Name System (DNS) is failing. DNS will be back soon.', {}, 'jargon/unexplained-term', []],
  ["DNS (the internet's phonebook) is failing. DNS will be back soon.", {}, 'jargon/unexplained-term', []],
  ['DNS — the system that finds websites — is failing.', {}, 'jargon/unexplained-term', []],
  ['DNS, which finds websites for you, is failing.', {}, 'jargon/unexplained-term', []],
  ['Run `nslookup` and open `DNS Manager` to compare.', { kind: 'markdown' }, 'jargon/unexplained-term', []],
  ['See https://dns.example.com/VPN/setup for the steps.', { kind: 'markdown' }, 'jargon/unexplained-term', []],
  ['See [the guide](https://example.com/DNS/GPO) for the steps.', { kind: 'markdown' }, 'jargon/unexplained-term', []],
  ['The VPN, the proxy and the DNS server are fine.', { audience: 'technical' }, 'jargon/unexplained-term', []],
  ['The meeting is at 9 AM PST; the parcel goes via UPS.', {}, 'jargon/unexplained-term', []],
  ['I will kill the stuck process on the host.', {}, 'jargon/unexplained-term', []],
  ['Please connect to the VPN.', { config: { allow: ['vpn'] } }, 'jargon/unexplained-term', []],
  // unknown-acronym
  ['Please send the PDF by USB or email it to HR ASAP; IT will check the URL.', {}, 'jargon/unknown-acronym', []],
  ['Ask the PMO for the QBR slides.', {}, 'jargon/unknown-acronym', ['PMO', 'QBR']],
  ['Our Project Management Office (PMO) sends the slides. The PMO is helpful.', {}, 'jargon/unknown-acronym', []],
  ['Run `QWER` and open https://example.com/ZXCV.', { kind: 'markdown' }, 'jargon/unknown-acronym', []],
  ['DO NOT UNPLUG THE DRIVE.', {}, 'jargon/unknown-acronym', []],
  // clarity
  ['Please utilize the portal in order to reset it.', {}, 'clarity/wordy-phrase', ['utilize', 'in order to']],
  ['Use the portal to reset it.', {}, 'clarity/wordy-phrase', []],
  [`${'please restart it '.repeat(11).trim()}.`, {}, 'clarity/long-sentence', ['*']],
  ['Please restart it. Then sign in again.', {}, 'clarity/long-sentence', []],
];

let passed = 0;
let failed = 0;
const tableResults = [];
for (const [text, options, ruleId, expected] of TABLE) {
  const got = analyze(text, { kind: 'plain', ...options }).findings.filter((f) => f.ruleId === ruleId).map((f) => f.actual);
  const ok = expected[0] === '*' ? got.length === 1 : JSON.stringify(got) === JSON.stringify(expected);
  tableResults.push({ ruleId, text, expected, got, ok });
  if (ok) passed++;
  else {
    failed++;
    console.log(`  ✗ ${ruleId}: ${JSON.stringify(text)}\n      expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
  }
}
console.log(`tables: ${passed} of ${TABLE.length} cases pass`);

// ── 2. KB articles ───────────────────────────────────────────────────────────────────────────────────────────────
const files = readdirSync(kbDir).filter((f) => f.endsWith('.md')).sort();
const totals = { words: 0, technical: 0, endUser: 0, endUserWarnings: 0, unknownAcronyms: 0, wordy: 0, long: 0, msAll: 0, msWithout: 0 };
const byTerm = new Map();
const technicalTerms = new Map();
for (const file of files) {
  const text = readFileSync(join(kbDir, file), 'utf8');
  const tech = analyze(text, { kind: 'markdown', audience: 'technical' });
  const user = analyze(text, { kind: 'markdown', audience: 'end-user' });
  totals.words += tech.metrics.words;
  for (const f of tech.findings) {
    if (f.category !== 'jargon') continue;
    totals.technical++;
    technicalTerms.set(f.gloss ?? f.actual, { term: f.actual, count: (technicalTerms.get(f.gloss ?? f.actual)?.count ?? 0) + 1 });
  }
  for (const f of user.findings) {
    if (f.ruleId === 'clarity/wordy-phrase') totals.wordy++;
    if (f.ruleId === 'clarity/long-sentence') totals.long++;
    if (f.category !== 'jargon') continue;
    totals.endUser++;
    if (f.severity === 'warning') totals.endUserWarnings++;
    if (f.ruleId === 'jargon/unknown-acronym') totals.unknownAcronyms++;
    // One row per glossary entry (its gloss), or per abbreviation.
    const key = f.ruleId === 'jargon/unknown-acronym' ? f.actual.replace(/['’]?s$/, '') : f.gloss;
    const row = byTerm.get(key) ?? { term: f.actual, rule: f.ruleId, findings: 0, articles: 0, gloss: f.gloss ?? null };
    row.findings += 1 + (f.related?.length ?? 0);
    row.articles++;
    byTerm.set(key, row);
  }
}
// Cost of this issue's rules: the same texts (made unique per run, so the paragraph cache cannot help), warm,
// with every rule and with the jargon and clarity families off.
const sample = files.slice(0, 60).map((f) => readFileSync(join(kbDir, f), 'utf8'));
const timeAll = (config, run) => {
  const t0 = performance.now();
  for (const text of sample) analyze(text.replace(/\n\n(?=[A-Za-z])/g, `\n\nRun${run} `), { kind: 'markdown', config });
  return performance.now() - t0;
};
const OFF = { rules: { jargon: 'off', clarity: 'off' } };
timeAll({}, 'w1');
timeAll(OFF, 'w2');
let withMine = 0;
let without = 0;
for (let i = 0; i < 3; i++) {
  withMine += timeAll({}, `a${i}`);
  without += timeAll(OFF, `b${i}`);
}
const sampleWords = sample.reduce((n, t) => n + analyze(t, { kind: 'markdown' }).metrics.words, 0);
const msPer3000 = (ms) => Math.round((ms / 3 / (sampleWords / 3000)) * 100) / 100;
totals.msAll = msPer3000(withMine);
totals.msWithout = msPer3000(without);

const per1000 = (n) => Math.round((n / totals.words) * 10000) / 10;

// A good gloss: present, short enough for parentheses, not circular, and itself free of jargon for end users.
function glossProblems(row) {
  if (row.rule !== 'jargon/unexplained-term') return ['not in the glossary (unknown abbreviation)'];
  const problems = [];
  if (!row.gloss) return ['no gloss'];
  if (row.gloss.length > 70) problems.push(`long (${row.gloss.length} chars)`);
  if (row.gloss.toLowerCase().includes(row.term.toLowerCase())) problems.push('repeats the term');
  const inner = analyze(row.gloss, { kind: 'plain' }).findings.filter((f) => f.category === 'jargon' && f.severity !== 'info');
  if (inner.length) problems.push(`uses jargon: ${inner.map((f) => f.actual).join(', ')}`);
  return problems;
}

const top = [...byTerm.values()].sort((a, b) => b.articles - a.articles || b.findings - a.findings || (a.term < b.term ? -1 : 1)).slice(0, 30);
for (const row of top) row.problems = glossProblems(row);
const glossOk = top.filter((r) => r.rule === 'jargon/unexplained-term' && !r.problems.length).length;
const glossaryTop = top.filter((r) => r.rule === 'jargon/unexplained-term').length;

console.log(`\nKB sample: ${files.length} articles, ${totals.words} words`);
console.log(`  speed (warm, 60 articles): ${totals.msAll} ms per 3,000 words with every rule, ${totals.msWithout} ms without jargon and clarity`);
console.log(`  technical audience: ${totals.technical} jargon findings = ${per1000(totals.technical)} per 1,000 words (limit ${MAX_TECHNICAL_PER_1000})`);
console.log(`  end-user audience:  ${totals.endUser} jargon findings = ${per1000(totals.endUser)} per 1,000 words (${totals.endUserWarnings} warnings, ${totals.unknownAcronyms} unknown abbreviations)`);
console.log(`  clarity (end-user): ${per1000(totals.wordy)} wordy phrases and ${per1000(totals.long)} long sentences per 1,000 words`);
const technicalTop = [...technicalTerms.values()].sort((a, b) => b.count - a.count).slice(0, 12);
console.log(`  most flagged for technical readers: ${technicalTop.map((t) => `${t.term} ${t.count}`).join(', ')}`);
console.log('\n  30 most-flagged terms for end users (articles, uses, gloss, check):');
for (const r of top) {
  const note = r.problems.length ? `✗ ${r.problems.join('; ')}` : '✓';
  console.log(`  ${String(r.articles).padStart(4)} ${String(r.findings).padStart(4)}  ${r.term.padEnd(18)} ${(r.gloss ?? '—').padEnd(62)} ${note}`);
}
console.log(`  glossary terms in the top 30 with a good gloss: ${glossOk} of ${glossaryTop}`);

const thresholds = [
  ['technical rate', per1000(totals.technical) <= MAX_TECHNICAL_PER_1000],
  ['good glosses in top 30', glossOk === glossaryTop],
];
for (const [name, ok] of thresholds) {
  if (ok) passed++;
  else {
    failed++;
    console.log(`  ✗ threshold: ${name}`);
  }
}

mkdirSync(join(root, 'test/eval/results'), { recursive: true });
writeFileSync(
  join(root, 'test/eval/results/jargon.json'),
  `${JSON.stringify(
    {
      tables: { passed: tableResults.filter((r) => r.ok).length, failed: tableResults.filter((r) => !r.ok).length, cases: tableResults },
      kb: {
        articles: files.length,
        words: totals.words,
        technicalPer1000: per1000(totals.technical),
        endUserPer1000: per1000(totals.endUser),
        endUserWarningsPer1000: per1000(totals.endUserWarnings),
        unknownAcronymsPer1000: per1000(totals.unknownAcronyms),
        wordyPer1000: per1000(totals.wordy),
        longSentencesPer1000: per1000(totals.long),
        msPer3000WordsAllRules: totals.msAll,
        msPer3000WordsWithoutJargonAndClarity: totals.msWithout,
      },
      technicalTopTerms: technicalTop,
      topTerms: top,
    },
    null,
    2,
  )}\n`,
);
console.log(`jargon: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
