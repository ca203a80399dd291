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
  const kb = resolve(repoRoot, '../shared/data/kb/articles');
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
