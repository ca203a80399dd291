// The fast Markdown scanner must keep exactly what the micromark path keeps: same masked text, same paragraphs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Span } from '../types.js';
import { fastChunk, maskChunk, micromarkChunk, type ChunkAnalysis } from './markdown.js';

function view(text: string, r: ChunkAnalysis): { masked: string; paragraphs: Span[]; html: Span[] } {
  return { ...maskChunk(text, r), html: r.html };
}

/** Compares both paths on a chunk; returns whether the fast path took it. */
function same(chunk: string, dedent = 0): boolean {
  const fast = fastChunk(chunk, dedent);
  if (!fast) return false;
  expect(view(chunk, fast), JSON.stringify(chunk)).toEqual(view(chunk, micromarkChunk(chunk, false, dedent)));
  return true;
}

const indentOf = (chunk: string): number =>
  Math.min(...chunk.split('\n').filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));

describe('fast Markdown scanner', () => {
  it('matches micromark on chunks with quirks', () => {
    const cases = [
      'Plain text, *emphasis*, **strong**, _under_, snake_case_name and `code`.',
      '> [!NOTE]\n> Text in a note\nlazy line',
      '> a`\n> *b*', // an unmatched backtick: micromark keeps the next "> " (left to micromark)
      '> [*b*\n> c](u)',
      '> foo  \n> bar',
      'line one\\\nline two',
      '*a **b* c**',
      '*foo _bar* baz_',
      '1. one\n2. two\n10) three',
      '- a\n  - b\n- c\n  continued',
      'text\n2. not a list',
      '| a | b |\n|---|---|\n| c `x|y` | **d** |',
      '|    \n| --- \n| ] ',
      'Run this:\n```powershell\nGet-Mailbox\n\n```\nThen *restart*.',
      '1. Step one:\n   ```\n   code\n   ```\n2. Step two',
      '# Heading\nParagraph [link **bold**](http://x "t") and ![img](y.png) and [ref].',
      '—www.example.com and mail@example.com',
      'a &amp; b &#65; c \\* d',
    ];
    for (const c of cases) same(c);
  });

  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
  const kb = resolve(repoRoot, '../shared/data/kb/articles');
  it.skipIf(!existsSync(kb))('matches micromark on every chunk of the KB corpus', () => {
    let fast = 0;
    let total = 0;
    for (const file of readdirSync(kb)) {
      const body = readFileSync(resolve(kb, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
      for (const raw of body.split(/\n[ \t]*\n/)) {
        const chunk = raw.replace(/^\n+|\n+$/g, '');
        if (!chunk.trim()) continue;
        total++;
        const indent = indentOf(chunk);
        if (same(chunk, indent >= 4 ? indent : 0)) fast++;
      }
    }
    // Most chunks should take the fast path, or the scanner is not earning its keep.
    expect(fast / total).toBeGreaterThan(0.75);
  });

  it('matches micromark on random documents', () => {
    let seed = 12345;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)] as T;
    const inline = ['a', 'b', ' ', ' ', '*', '**', '_', '__', '`', '[', ']', '](u)', '](u "t")', '![', '\\', '.', '(', ')',
      '\n', '\n> ', '\n- ', '  \n', 'é', '!', '_a_', '*b*', '[c](d)', ' [', '] ', '\\\n', 'www.a.b', '&amp;'];
    const prefixes = ['```', '```js', '  ```', '- ```', '> ```', '', '', ' ', '  ', '    ', '- ', '* ', '1. ', '1) ', '2. ', '-     ', '> ', '>', '> > ', '> - ', '- > ', '  - ', '   1. ', '# ', '#'];
    const words = ['alpha', '*em*', '**strong**', '_u_', '`code`', '[link](u)', '![img](i)', '—', '\\*', 'a_b', '*', '_', '`', '[', ']', '#', '|', '(p)'];
    for (let k = 0; k < 4000; k++) {
      let s = '';
      if (k % 2) for (let j = 0, n = 1 + Math.floor(rnd() * 20); j < n; j++) s += pick(inline);
      else s = Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => pick(prefixes) + Array.from({ length: Math.floor(rnd() * 4) }, () => pick(words)).join(' ')).join('\n');
      if (rnd() < 0.2) s = s.replace(/\n/, '\n\n'); // blank lines only stay on the fast path inside a fence
      s = s.replace(/^\n+|\n+$/g, '');
      if (!s.trim() || /^\s*\n|\n\s*$/.test(s)) continue;
      same(s);
    }
  });
});
