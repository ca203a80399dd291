// The micromark-events walker must keep exactly what the mdast path (mdast-util-from-markdown + frontmatter + GFM,
// kept here as the reference) keeps: same masked text, same paragraphs, same HTML spans.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import type { Span } from '../types.js';
import { maskChunk } from '../text/markdown.js';
import { eventsChunk, type EventsChunk } from './markdown-reference.js';

interface Node {
  type: string;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** The walk markdown.ts did over the mdast tree before the events walker replaced it. */
function mdastChunk(text: string, frontMatter: boolean): EventsChunk {
  const tree = fromMarkdown(text, {
    extensions: frontMatter ? [frontmatter(['yaml']), gfm()] : [gfm()],
    mdastExtensions: frontMatter ? [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()] : [gfmFromMarkdown()],
  }) as Node;
  const out: EventsChunk = { keep: [], paragraphs: [], html: [] };
  const walk = (node: Node): void => {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    const span = s === undefined || e === undefined ? null : { start: s, end: e };
    switch (node.type) {
      case 'text':
        if (span) out.keep.push(span);
        return;
      case 'html':
        if (span) out.html.push(span);
        return;
      case 'yaml':
        if (span) {
          const open = /^---[ \t]*\r?\n/.exec(text.slice(span.start));
          const at = span.start + (open ? open[0].length : 0);
          const value = text.slice(at, span.end);
          const re = /^(title|description)[ \t]*:[ \t]*(['"]?)(.*?)\2[ \t]*$/gm;
          for (let m = re.exec(value); m; m = re.exec(value)) {
            const field = m[3] ?? '';
            if (!field) continue;
            const start = at + m.index + m[0].indexOf(field, (m[1] as string).length + 1);
            out.keep.push({ start, end: start + field.length });
            out.paragraphs.push({ start, end: start + field.length });
          }
        }
        return;
      case 'code':
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'footnoteDefinition':
        return;
    }
    if (span && ['paragraph', 'heading', 'tableCell'].includes(node.type)) out.paragraphs.push(span);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return out;
}

function view(text: string, r: EventsChunk): { masked: string; paragraphs: Span[]; html: Span[] } {
  return { ...maskChunk(text, r), html: r.html };
}

function same(text: string, frontMatter = false): void {
  expect(view(text, eventsChunk(text, frontMatter)), JSON.stringify(text)).toEqual(view(text, mdastChunk(text, frontMatter)));
}

describe('micromark events walker', () => {
  it('matches the mdast path on chunks with quirks', () => {
    const cases = [
      'Plain text, *emphasis*, **strong**, _under_, snake_case_name and `code`.',
      '> [!NOTE]\n> Text in a note\nlazy line',
      '> a`\n> *b*',
      '> [*b*\n> c](u)',
      '> foo  \n> bar',
      'line one\\\nline two',
      '*a **b* c**',
      '| a | b |\n|---|---|\n| c `x|y` | **d** |',
      '1. Step one:\n   ```\n   code\n   ```\n2. Step two',
      '# Heading\nParagraph [link **bold**](http://x "t") and ![img](y.png) and [ref].\n\n[ref]: http://y',
      '—www.example.com and mail@example.com',
      'see www.example.com, then (http://a.b/c) or <http://x.y> and x@y.com.',
      'mailto:a@b.co and xmpp:a@b.co/x and a.b@c_d.e',
      'a &amp; b &#65; c \\* d &#64;x.com',
      'Heading\n=======\ntext',
      'Heading\nmore\n---',
      '- [x] done\n- [ ] todo *x*',
      'Note[^1] here ~~old~~ new.\n\n[^1]: The *note* text.',
      'a <span>b</span> <!-- c --> d',
      '<div>\nblock\n</div>',
      '    indented code',
      '[a ![b](c) d](e) [f][g] [h][]\n\n[g]: u\n[h]: v',
      'text  \nbreak\\\nescape',
      '***',
      '| x |\n|---|\n| www.a.com y |',
    ];
    for (const c of cases) same(c);
    same('---\ntitle: "A title"\ndescription: Some words\nother: x\n---\n# Head\nBody', true);
  });

  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
  const kb = resolve(repoRoot, 'test/corpus/kb/articles');
  it.skipIf(!existsSync(kb))('matches the mdast path on every chunk and front matter of the KB corpus', () => {
    for (const file of readdirSync(kb)) {
      const article = readFileSync(resolve(kb, file), 'utf8');
      const frontMatter = /^---[\s\S]*?\n---\n/.exec(article)?.[0];
      if (frontMatter) same(frontMatter, true);
      for (const raw of article.slice(frontMatter?.length ?? 0).split(/\n[ \t]*\n/)) {
        const chunk = raw.replace(/^\n+|\n+$/g, '');
        if (chunk.trim()) same(chunk);
      }
    }
  }, 120_000);

  it('matches the mdast path on random documents', () => {
    let seed = 4242;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)] as T;
    const inline = ['a', 'b', ' ', ' ', '*', '**', '_', '__', '`', '[', ']', '](u)', '](u "t")', '![', '\\', '.', '(', ')',
      '\n', '\n> ', '\n- ', '  \n', 'é', '!', '_a_', '*b*', '[c](d)', ' [', '] ', '\\\n', 'www.a.b', '&amp;', '&#64;', '~', '~~',
      '<b>', '</b>', '<!--', '-->', '[^1]', '[x]', 'http://x.y', 'a@b.cd', '—', '|', '\n|-|-|\n', '\n===\n', '\n---\n', '\t',
      'mailto:', 'xmpp:', '<http://a>', '\n\n'];
    const prefixes = ['```', '```js', '  ```', '- ```', '> ```', '', '', ' ', '  ', '    ', '- ', '* ', '1. ', '1) ', '2. ',
      '-     ', '> ', '>', '> > ', '> - ', '- > ', '  - ', '   1. ', '# ', '#', '- [ ] ', '[^a]: ', '[a]: ', '| ', '<div>'];
    const words = ['alpha', '*em*', '**strong**', '_u_', '`code`', '[link](u)', '![img](i)', '—', '\\*', 'a_b', '*', '_', '`',
      '[', ']', '#', '|', '(p)', 'www.x.org', 'x@y.org', '~~s~~', '[^a]', '[a]', '<br>', '&copy;'];
    for (let k = 0; k < 3000; k++) {
      let s = '';
      if (k % 2) for (let j = 0, n = 1 + Math.floor(rnd() * 24); j < n; j++) s += pick(inline);
      else s = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => pick(prefixes) + Array.from({ length: Math.floor(rnd() * 4) }, () => pick(words)).join(' ')).join('\n');
      same(s, k % 7 === 0);
      if (k % 7 === 0) same(`---\ntitle: ${s.split('\n')[0]}\n---\n${s}`, true);
    }
  }, 120_000);
});
