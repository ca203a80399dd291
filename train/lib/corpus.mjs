// The tone corpus (test/corpus/tone): slices written in different voices, split by slice, never by row.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FAMILIES = ['absolutes', 'bad-intent', 'blame', 'condescension', 'contradiction', 'dismissive', 'harsh-command', 'impatience', 'insult'];

export function toneCorpusDir(root) {
  return join(root, 'test/corpus/tone');
}

/** { train: [slice], dev: [slice], test: [slice], emails: [slice] } */
export function splits(root) {
  return JSON.parse(readFileSync(join(toneCorpusDir(root), 'splits.json'), 'utf8'));
}

function readJsonl(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l);
      } catch {
        throw new Error(`${file}:${i + 1}: not JSON`);
      }
    });
}

/** Sentence rows of one slice: { text, harsh (bool), family, style, register, span, slice }. */
export function sliceRows(root, slice) {
  return readJsonl(join(toneCorpusDir(root), 'slices', `${slice}.jsonl`))
    .filter((r) => typeof r.text === 'string' && (r.label === 'harsh' || r.label === 'kind'))
    .map((r) => ({
      text: r.text,
      harsh: r.label === 'harsh',
      family: r.label === 'harsh' && FAMILIES.includes(r.family) ? r.family : null,
      style: r.style ?? null,
      register: r.register ?? null,
      span: typeof r.span === 'string' && r.text.includes(r.span) ? r.span : null,
      slice,
    }));
}

/** Whole e-mails of an e-mail slice: { doc, text, harsh: [{ text, family }] }, harsh sentences checked to occur. */
export function sliceEmails(root, slice) {
  return readJsonl(join(toneCorpusDir(root), 'slices', `${slice}.jsonl`))
    .filter((e) => typeof e.text === 'string')
    .map((e) => ({ doc: e.doc, text: e.text, harsh: (e.harsh ?? []).filter((h) => typeof h.text === 'string' && e.text.includes(h.text)), slice }));
}

/**
 * The sentences of whole e-mails, as core splits them (greeting, body, closing and signature lines included): a
 * sentence is harsh when it overlaps one of the e-mail's harsh sentences, kind otherwise.
 */
export function emailSentenceRows(core, emails) {
  const rows = [];
  for (const e of emails) {
    const harsh = e.harsh.map((h) => ({ start: e.text.indexOf(h.text), end: e.text.indexOf(h.text) + h.text.length, family: h.family }));
    const doc = core.buildModel(e.text, 'email');
    for (const p of doc.paragraphs) {
      const masked = doc.masked.slice(p.start, p.end);
      for (const s of core.sentencesOf(masked, 'email')) {
        const start = p.start + s.start;
        const end = p.start + s.end;
        const hit = harsh.find((h) => h.start < end && h.end > start);
        rows.push({ doc: e.doc, text: masked.slice(s.start, s.end), harsh: Boolean(hit), family: hit && FAMILIES.includes(hit.family) ? hit.family : null, style: null, register: 'email', span: null, slice: e.slice });
      }
    }
  }
  return rows;
}

/** sha256 over every corpus file, in name order: the fitted model records it, and a test re-hashes it. */
export function corpusHash(root) {
  const dir = toneCorpusDir(root);
  const hash = createHash('sha256');
  hash.update(readFileSync(join(dir, 'splits.json')));
  for (const f of readdirSync(join(dir, 'slices')).filter((f) => f.endsWith('.jsonl')).sort()) {
    hash.update(f);
    hash.update(readFileSync(join(dir, 'slices', f)));
  }
  return hash.digest('hex');
}

/** The trainer's own files, hashed the same way: a changed trainer means the committed model must be refitted. */
export const TRAINER_FILES = ['train/tone.mjs', 'train/lib/fit.mjs', 'train/lib/net.mjs', 'train/lib/corpus.mjs', 'train/lib/core.mjs', 'train/lib/vectors.mjs'];
export function trainerHash(root) {
  const hash = createHash('sha256');
  for (const f of TRAINER_FILES) hash.update(readFileSync(join(root, f)));
  return hash.digest('hex');
}

const normal = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
function shingles(s) {
  const w = normal(s);
  const out = new Set();
  if (w.length < 4) out.add(w.join(' '));
  for (let i = 0; i + 4 <= w.length; i++) out.add(w.slice(i, i + 4).join(' '));
  return out;
}

/**
 * Rows of `held` that nearly repeat a row of `fitted` (word 4-gram Jaccard above 0.5, or the same words): a held-out
 * split must not contain what the model was fitted on.
 */
export function leaks(fitted, held) {
  const index = new Map();
  const fittedShingles = fitted.map((r) => shingles(r.text));
  fittedShingles.forEach((set, i) => {
    for (const g of set) {
      let list = index.get(g);
      if (!list) index.set(g, (list = []));
      list.push(i);
    }
  });
  const out = [];
  for (const r of held) {
    const mine = shingles(r.text);
    const overlap = new Map();
    for (const g of mine) for (const i of index.get(g) ?? []) overlap.set(i, (overlap.get(i) ?? 0) + 1);
    for (const [i, n] of overlap) {
      const jaccard = n / (mine.size + fittedShingles[i].size - n);
      if (jaccard > 0.5) {
        out.push({ held: r.text, fitted: fitted[i].text });
        break;
      }
    }
  }
  return out;
}
