// The models assemble the masked document from per-chunk (Markdown) or per-block (plain, e-mail) pieces; the result
// must equal masking the whole text at once.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Span } from '../types.js';
import { blankNonProseTokens, blankSpans } from './lines.js';
import { markdownModel, markdownRegions, maskChunk } from './markdown.js';
import { emailRegions } from './email.js';
import { buildModel } from './model.js';
import { blankLineParagraphs } from './segment.js';

function wholeText(text: string): { masked: string; paragraphs: Span[]; paragraphTexts: string[]; html: Span[] } {
  const r = markdownRegions(text);
  const { masked, paragraphs } = maskChunk(text, r);
  return { masked, paragraphs, paragraphTexts: paragraphs.map((p) => masked.slice(p.start, p.end)), html: r.html };
}

const EDGES = [
  '',
  '\n\n  \n',
  'See http://example.com/a/b and C:\\Users\\me\\file.txt.\r\n\r\nMail me@example.com today.',
  '---\ntitle: A "title"\ndescription: Fix it\n---\n\n# Heading\n\nText /usr/local/bin here.',
  '1. Step one\n\n    Indented under the item, https://x.y/z\n\n```\ncode http://a.b\n```\n\nAfter.',
  '<!-- rapport-ignore tone/blame: quoted -->\nYou did it.\n\n| a | b |\n| - | - |\n| www.x.com | 0xDEADBEEF |',
  `${Array.from({ length: 80 }, (_, i) => `- item ${i} at \\\\server\\share\\f${i}`).join('\n')}\n\ntail`,
];

describe('markdownModel', () => {
  it('equals whole-text masking on edge cases', () => {
    for (const text of EDGES) expect(markdownModel(text), JSON.stringify(text)).toEqual(wholeText(text));
  });

  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
  const kb = resolve(repoRoot, 'test/corpus/kb/articles');
  it.skipIf(!existsSync(kb))('equals whole-text masking on the KB corpus and on cut-up pieces of it', () => {
    const articles = readdirSync(kb).sort().map((f) => readFileSync(resolve(kb, f), 'utf8'));
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const texts = [...articles, articles.join('\n\n')];
    for (let i = 0; i < 100; i++) {
      const a = articles[Math.floor(random() * articles.length)]!;
      const at = Math.floor(random() * a.length);
      texts.push(a.slice(at, at + Math.floor(random() * 4000)));
    }
    for (const text of texts) expect(markdownModel(text)).toEqual(wholeText(text));
  });
});

describe('markdownModel while typing', () => {
  it('equals whole-text masking after edits next to repetitive text, and when the document changes', () => {
    const long = 'a'.repeat(40);
    const steps = [
      `Intro line that is long enough to type into.\n\n\n${long}\n\nEnd.`,
      `Intro line that is long enough to type into.\n\n${long}\n\nEnd.`, // a blank line less before a repetitive chunk
      `Intro line that is long enough to type into.\n\n${long}a\n\nEnd.`,
      `Intro line that is long enough to type into.\n\n${long}a\n\nEnd. Other document.`,
      '- A list item that runs on for quite a while\n- Another list item that runs on too',
      '- A list item that runs on for quite a while ```\n- Another list item that runs on too',
      '- A list item that runs on for quite a while\n- Another list item that runs on too',
    ];
    for (const text of steps) expect(markdownModel(text), JSON.stringify(text)).toEqual(wholeText(text));
  });

  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
  const kb = resolve(repoRoot, 'test/corpus/kb/articles');
  it.skipIf(!existsSync(kb))('equals whole-text masking after every keystroke, wherever it lands', () => {
    // The model re-uses what it can from the last call (chunks found where they were): every keystroke must still
    // give what masking the whole text gives.
    const articles = readdirSync(kb).sort().slice(0, 12).map((f) => readFileSync(resolve(kb, f), 'utf8'));
    const typed = ['x', ' ', '`', '~', '-', '>', '<!--', '-->', '1. ', '\n', '\n\n', '*', '|', '    ', '---'];
    let seed = 11;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const article of articles) {
      let text = article;
      markdownModel(text);
      for (let k = 0; k < 60; k++) {
        const at = Math.floor(random() * text.length);
        const edit = random() < 0.7 ? 'a' : typed[Math.floor(random() * typed.length)]!;
        text = random() < 0.2 && at > 0 ? text.slice(0, at - 1) + text.slice(at) : text.slice(0, at) + edit + text.slice(at);
        expect(markdownModel(text)).toEqual(wholeText(text));
      }
    }
  });
});

describe('plain and e-mail models', () => {
  it('mask block by block exactly as the whole text at once', () => {
    const texts = [
      ...EDGES,
      'Hi Sam,\r\n\r\nSee http://a.b/c/d and \\\\srv\\share\\x\r\n \r\nme@x.com\r\n\r\nThanks,\r\nBo',
      'a/b/c\n\n\n/x/y/z\n  \t\nHKLM\\Soft\\x then 0x80070005.',
    ];
    for (const text of texts) {
      for (const kind of ['plain', 'email'] as const) {
        const skip = kind === 'email' ? emailRegions(text).skip : [];
        const masked = blankNonProseTokens(blankSpans(text, skip));
        const model = buildModel(text, kind);
        expect(model.masked, JSON.stringify(text)).toBe(masked);
        expect(model.paragraphs).toEqual(blankLineParagraphs(masked));
      }
    }
  });
});
