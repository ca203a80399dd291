import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the trainer's corpus helpers are plain JavaScript (train/lib), read here to re-hash inputs.
import { FAMILIES, corpusHash, sliceRows, splits, trainerHash } from '../../../../train/lib/corpus.mjs';
// @ts-expect-error -- as above.
import { VECTORS_PACKAGE, VECTORS_VERSION } from '../../../../train/lib/vectors.mjs';
import MODEL from '../data/tone/sentence-model.json';
import { bytesOfBase64 } from './base64.js';
import { readTone, toneModelProvenance } from './model.js';
import { viewSentence } from './features.js';
import { gramHash, toneTokens } from './tokens.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

describe('the fitted tone model', () => {
  it('was fitted on the corpus, trainer and vectors in the repo (re-hashed, not re-fitted)', () => {
    expect(toneModelProvenance.corpus).toBe(corpusHash(repoRoot));
    expect(toneModelProvenance.trainer).toBe(trainerHash(repoRoot));
    expect(toneModelProvenance.vectors).toBe(`${VECTORS_PACKAGE}@${VECTORS_VERSION}`);
  });

  it('names the same families as the tone rules and the corpus', () => {
    expect(MODEL.family.labels).toEqual(FAMILIES);
  });

  it('has a threshold chosen on dev and a word table whose bytes match its words', () => {
    expect(MODEL.threshold).toBeGreaterThanOrEqual(0.5);
    expect(MODEL.threshold).toBeLessThan(1);
    const words = MODEL.vectors.words.split(' ').length;
    expect(bytesOfBase64(MODEL.vectors.bytes).length * 2).toBe(words * MODEL.vectors.size);
    expect(bytesOfBase64(MODEL.harsh.slots.bytes).length).toBe(MODEL.harsh.slots.count);
  });

  it('reads base64 as Node does', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 255, 1000]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      expect(bytesOfBase64(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
    }
  });

  it('reads the same sentence the same way every time', () => {
    const s = 'Honestly, I would have thought even you could manage a password reset by now.';
    expect(readTone(s)).toEqual(readTone(s));
  });

  it('flags open contempt and passes ordinary help (sentences written for this test)', () => {
    for (const harsh of ['You are a complete idiot and you wasted my entire afternoon.', 'Stop wasting my time with questions a child could answer.']) {
      expect(readTone(harsh).flagged, harsh).toBe(true);
    }
    for (const kind of [
      "Thanks for letting us know, I'll take a look at the printer this afternoon.",
      'Could you send me a screenshot of the error when you have a moment?',
      'Your new laptop is ready to collect from the front desk on Monday.',
    ]) {
      expect(readTone(kind).flagged, kind).toBe(false);
    }
  });

  it('reads a kind sentence warmer than a harsh one', () => {
    expect(readTone('Thanks so much for your patience, we are nearly there.').warmth).toBeGreaterThan(readTone('Pay attention and stop wasting my time.').warmth);
  });

  it('puts the span of a flagged sentence on whole words inside it', () => {
    const s = 'Next time maybe read the instructions before you waste everyone\u2019s morning.';
    const r = readTone(s);
    expect(r.flagged).toBe(true);
    expect(r.span).toBeDefined();
    const { start, end } = r.span!;
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeLessThanOrEqual(s.length);
    const words = toneTokens(s);
    expect(words.some((t) => t.start === start)).toBe(true);
    expect(words.some((t) => t.end === end)).toBe(true);
  });

  it('never flags the IT-verb hard negatives of the held-out test slices', () => {
    const rows = (splits(repoRoot).test as string[]).flatMap((s) => sliceRows(repoRoot, s) as { text: string; style: string | null; harsh: boolean }[]);
    const itVerbs = rows.filter((r) => !r.harsh && r.style === 'it-verb');
    expect(itVerbs.length).toBeGreaterThan(30);
    expect(itVerbs.filter((r) => readTone(r.text).flagged).map((r) => r.text)).toEqual([]);
  });

  it('hashes letter triples as the hash of their text ("~" and three letters of "#word#")', () => {
    const hashes = new Set(viewSentence('So idiotic.').letters.hashes);
    for (const triple of ['#id', 'idi', 'dio', 'iot', 'oti', 'tic', 'ic#']) expect(hashes.has(gramHash(`~${triple}`)), triple).toBe(true);
  });

  it('gives text without words a reading and no flag', () => {
    for (const s of ['', '   ', '!!!', '12345']) expect(readTone(s).flagged).toBe(false);
  });
});

