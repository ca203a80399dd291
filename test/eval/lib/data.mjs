// Readers for the evaluation and fitting data vendored under test/corpus. Used only by the eval harness,
// never by the product. Politeness: TyDiP English (CC BY 4.0); KB: MicrosoftDocs/OfficeDocs-Support (CC BY 4.0).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
// Vendored copies (with their licences and READMEs) so evaluation and fitting run on a fresh clone.
export const dataRoot = resolve(repoRoot, 'test/corpus');

/** Rows of a TyDiP TSV: { score, label, text, extreme, official }. */
export function politeness(split) {
  const lines = readFileSync(join(dataRoot, 'politeness', `tydip-en-${split}.tsv`), 'utf8').split('\n').slice(1);
  return lines.filter(Boolean).map((line) => {
    const [score, label, text, extreme, official] = line.split('\t');
    return { score: Number(score), label, text, extreme: extreme === '1', official: official === '1' };
  });
}

/** The KB articles: { file, text }. */
export function kbArticles() {
  const dir = join(dataRoot, 'kb', 'articles');
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

/** Loads @rapport/core, or the module named by RAPPORT_CORE (a local bundle while iterating). */
export async function loadCore() {
  return process.env.RAPPORT_CORE ? import(resolve(process.env.RAPPORT_CORE)) : import('@rapport/core');
}
