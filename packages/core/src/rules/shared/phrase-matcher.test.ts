// The phrase matcher runs only the entries a paragraph's words allow, one regex each, and merges their matches.
// It must find exactly what one alternation of the whole table found (the matcher it replaced, kept below as the
// reference) on every table and on every text we have: rule examples, politeness requests (TyDiP, CC BY 4.0,
// Srinivasan & Choi 2022, from the Stanford Politeness Corpus), KB articles (MicrosoftDocs, CC BY 4.0), the
// examples/ folder, and sentences made of the tables' own phrases.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ABSOLUTES } from '../../data/tone/absolutes.js';
import { BAD_INTENT } from '../../data/tone/bad-intent.js';
import { BLAME } from '../../data/tone/blame.js';
import { CONDESCENSION } from '../../data/tone/condescension.js';
import { CONTRADICTION } from '../../data/tone/contradiction.js';
import { DISMISSIVE } from '../../data/tone/dismissive.js';
import { HARSH_COMMAND } from '../../data/tone/harsh-command.js';
import { IMPATIENCE } from '../../data/tone/impatience.js';
import { INSULTS } from '../../data/tone/insult.js';
import type { RawFinding, Span } from '../../types.js';
import { type CompiledPhrases, type PhraseEntry, compilePhrases, matchCase, sentenceAt } from './phrase-matcher.js';
import { randomSource, sampleOf } from './regex-sampler.js';

const TABLES: Record<string, readonly PhraseEntry[]> = { ABSOLUTES, BAD_INTENT, BLAME, CONDESCENSION, CONTRADICTION, DISMISSIVE, HARSH_COMMAND, IMPATIENCE, INSULTS };

/** The matcher as it was: every entry a capture group of one alternation, matched once over the paragraph. */
function referencePhrases(entries: readonly PhraseEntry[]): CompiledPhrases {
  const matcher = new RegExp(`(?<![\\w'’-])(?=\\S)(?:${entries.map((e) => `(${e.pattern})`).join('|')})(?![\\w'’-])`, 'giu');
  const unless = entries.map((e) => (e.unless ? new RegExp(e.unless, 'iu') : null));
  return {
    find(paragraph, sentences) {
      const out: RawFinding[] = [];
      matcher.lastIndex = 0;
      for (let m = matcher.exec(paragraph); m; m = matcher.exec(paragraph)) {
        if (m[0].length === 0) {
          matcher.lastIndex++;
          continue;
        }
        const index = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
        const entry = entries[index];
        if (!entry) continue;
        const sentence = sentenceAt(sentences, m.index);
        const guard = unless[index];
        if (guard && guard.test(sentence ? paragraph.slice(sentence.start, sentence.end) : paragraph)) continue;
        const finding: RawFinding = { start: m.index, end: m.index + m[0].length, messageId: entry.messageId };
        if (entry.data) finding.data = entry.data;
        if (entry.note) finding.why = entry.note;
        if (entry.severity) finding.severity = entry.severity;
        if (entry.suggestions) {
          finding.suggestions = entry.suggestions.map((s) => ({ label: s.label, replacement: matchCase(s.replacement.replace(/\$&/g, m![0]), m![0]) }));
        }
        out.push(finding);
      }
      return out;
    },
  };
}

/** Rough sentences (the guard reads them; both matchers get the same). */
function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?\n]+(?:[.!?]+|\n|$)/g;
  for (let m = re.exec(text); m && m[0]; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const paragraphsOf = (text: string): string[] => text.split(/\n\s*\n/).filter((p) => /\S/.test(p));

/** Runs both matchers of every table over the paragraphs; returns how many findings they agreed on. */
function expectSameFindings(paragraphs: readonly string[]): number {
  let findings = 0;
  for (const [name, entries] of Object.entries(TABLES)) {
    const reference = referencePhrases(entries);
    const current = compilePhrases(entries);
    for (const p of paragraphs) {
      const sentences = sentencesOf(p);
      const expected = reference.find(p, sentences);
      const actual = current.find(p, sentences);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) expect({ table: name, paragraph: p, findings: actual }).toEqual({ table: name, paragraph: p, findings: expected });
      findings += expected.length;
    }
  }
  return findings;
}

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const data = resolve(repoRoot, 'test/corpus');
const kb = resolve(data, 'kb/articles');
const politeness = resolve(data, 'politeness');

/** Every string literal of the tone rules' tests: their valid and invalid examples. */
function ruleExamples(): string[] {
  const dir = resolve(repoRoot, 'packages/core/src/rules/tone');
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.test.ts'))) {
    const source = readFileSync(resolve(dir, f), 'utf8');
    for (const m of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
      const text = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\\n/g, '\n').replace(/\\(.)/g, '$1');
      if (text.length > 3) out.push(...paragraphsOf(text));
    }
  }
  return out;
}

/** Sentences of the tables' own phrases, a few per sentence, with filler words, odd case and punctuation. */
function madeUpSentences(count: number, seed: number): string[] {
  const random = randomSource(seed);
  const patterns = Object.values(TABLES).flatMap((t) => t.map((e) => e.pattern));
  const fillers = ['', ' ', ', ', '. ', '! ', '? ', ' and ', ' so ', ' — ', ': ', '\n', ' "', '" ', " '", ' (', ') ', ' really ', ' the VPN ', ' you ', ' it ', ' not '];
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = random() < 0.3 ? pick(fillers).trimStart() : '';
    const phrases = 1 + Math.floor(random() * 4);
    for (let k = 0; k < phrases; k++) text += sampleOf(pick(patterns), random) + pick(fillers);
    out.push(random() < 0.1 ? text.toUpperCase() : text);
  }
  return out;
}

describe('phrase matcher (only the entries a paragraph needs) against one alternation of the whole table', () => {
  it('agrees on the tone rules’ examples', () => {
    expect(expectSameFindings(ruleExamples())).toBeGreaterThan(300);
  });

  it('agrees on sentences made of the tables’ own phrases', () => {
    expect(expectSameFindings(madeUpSentences(4000, 7))).toBeGreaterThan(3000);
  });

  it('agrees in any case, and where lower-casing does not fit (İ, ſ, the Kelvin sign)', () => {
    // Entries run on the lower-cased paragraph without the i flag, except in a paragraph with "İ" or "ſ".
    const sentences = madeUpSentences(1500, 17);
    const variants = sentences.flatMap((t, i) => [
      t.replace(/\b\w/g, (c) => c.toUpperCase()),
      i % 2 ? t.replace(/s/g, '\u017f') : t.replace(/S/g, '\u017f'),
      `İ ${t}`,
      t.replace(/k/gi, '\u212a'),
    ]);
    expect(expectSameFindings(variants)).toBeGreaterThan(3000);
  });

  it('agrees on the examples/ folder', () => {
    const dir = resolve(repoRoot, 'examples');
    expect(expectSameFindings(readdirSync(dir).flatMap((f) => paragraphsOf(readFileSync(resolve(dir, f), 'utf8'))))).toBeGreaterThan(0);
  });

  it.skipIf(!existsSync(politeness))('agrees on the TyDiP politeness requests', () => {
    const rows = ['tydip-en-train.tsv', 'tydip-en-test.tsv'].flatMap((f) => readFileSync(resolve(politeness, f), 'utf8').split('\n').slice(1));
    const texts = rows.map((r) => r.split('\t')[2]).filter((t): t is string => !!t);
    expect(texts.length).toBeGreaterThan(4000);
    expect(expectSameFindings(texts)).toBeGreaterThan(50);
  });

  it.skipIf(!existsSync(kb))('agrees on the KB articles', () => {
    const paragraphs = readdirSync(kb).sort().flatMap((f) => paragraphsOf(readFileSync(resolve(kb, f), 'utf8')));
    expect(paragraphs.length).toBeGreaterThan(5000);
    expect(expectSameFindings(paragraphs)).toBeGreaterThanOrEqual(0); // neutral prose: the point is no extra finding
    // The same paragraphs with phrases of the tables put in after a random space, one paragraph in four.
    const random = randomSource(11);
    const phrases = madeUpSentences(paragraphs.length, 13);
    const seeded = paragraphs.map((p, i) => {
      if (i % 4) return p;
      const at = p.indexOf(' ', Math.floor(random() * p.length));
      return at < 0 ? `${p} ${phrases[i]}` : `${p.slice(0, at + 1)}${phrases[i]} ${p.slice(at + 1)}`;
    });
    expect(expectSameFindings(seeded)).toBeGreaterThan(1000);
  });
});

describe('phrase matcher merge order', () => {
  const table: PhraseEntry[] = [
    { pattern: 'stop calling', messageId: 'a' },
    { pattern: 'calling me', messageId: 'b' },
    { pattern: 'stop', messageId: 'c' },
    { pattern: 'stop calling me', messageId: 'd' },
    { pattern: 'me again', messageId: 'e' },
  ];
  const find = (text: string): string[] => compilePhrases(table).find(text, sentencesOf(text)).map((f) => `${f.messageId}:${text.slice(f.start, f.end)}`);

  it('takes the leftmost match, the earlier entry at the same start, and goes on after it', () => {
    expect(find('Stop calling me again.')).toEqual(['a:Stop calling', 'e:me again']);
    expect(find('Please, calling me and stop.')).toEqual(['b:calling me', 'c:stop']);
    expect(find('Stop calling me again.')).toEqual(referencePhrases(table).find('Stop calling me again.', []).map((f) => `${f.messageId}:${'Stop calling me again.'.slice(f.start, f.end)}`));
  });
});
