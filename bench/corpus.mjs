// The benchmark corpus: Microsoft support KB articles (CC BY 4.0, see bench/README.md) concatenated in a fixed
// order and cut at paragraph boundaries to the sizes we care about, plus the repo's examples when present.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..');
export const KB_DIR = resolve(REPO, 'test/corpus/kb');

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export const wordCount = (text) => text.split(/\s+/).filter(Boolean).length;

export function kbArticles() {
  const dir = join(KB_DIR, 'articles');
  if (!existsSync(dir)) throw new Error(`KB corpus not found at ${dir} (expected ../shared/data/kb beside the repo)`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Articles joined in order (front matter kept only on the first), cut at a blank line once `words` is reached. */
export function markdownOfSize(articles, words) {
  const blocks = [];
  let count = 0;
  for (let i = 0; i < articles.length && count < words; i++) {
    const body = i === 0 ? articles[i] : articles[i].replace(FRONT_MATTER, '');
    for (const block of body.split(/\n[ \t]*\n/)) {
      if (count >= words) break;
      if (!block.trim()) continue;
      blocks.push(block.replace(/\s+$/, ''));
      count += wordCount(block);
    }
  }
  if (count < words) throw new Error(`KB corpus has only ${count} words, ${words} asked`);
  return `${blocks.join('\n\n')}\n`;
}

// Lines of Markdown that read as prose once their syntax is stripped (used to make a plain e-mail).
function proseParagraphs(articles) {
  const out = [];
  for (const article of articles) {
    let fence = false;
    for (const block of article.replace(FRONT_MATTER, '').split(/\n[ \t]*\n/)) {
      const fences = (block.match(/^ {0,3}(?:```|~~~)/gm) ?? []).length;
      const wasFence = fence;
      if (fences % 2) fence = !fence;
      if (wasFence || fences || /^\s*(?:[#|>]|<|\[!|:::)/.test(block)) continue;
      const text = block
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]+/g, '')
        .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
        .replace(/\s*\n\s*/g, ' ')
        .trim();
      if (wordCount(text) >= 8 && /[.!?:]$/.test(text)) out.push(text);
    }
  }
  return out;
}

/** A plain-text e-mail of about `words` words: greeting, KB prose paragraphs, sign-off and signature. */
export function emailOfSize(articles, words) {
  const paragraphs = [];
  let count = 0;
  for (const p of proseParagraphs(articles)) {
    if (count >= words) break;
    paragraphs.push(p);
    count += wordCount(p);
  }
  return `Hi Jordan,\n\nThanks for getting back to us.\n\n${paragraphs.join('\n\n')}\n\nKind regards,\nSam Lee\nIT Service Desk\n`;
}

/** Text files under examples/ (if the folder exists), as { name, text }. */
export function examples() {
  const root = join(REPO, 'examples');
  if (!existsSync(root)) return [];
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(?:md|markdown|txt|eml)$/i.test(name)) out.push({ name: relative(root, path), text: readFileSync(path, 'utf8') });
    }
  };
  walk(root);
  return out;
}

export function corpus() {
  const articles = kbArticles();
  return {
    sizes: [
      { id: 'email', label: 'e-mail-sized (~300 words)', text: markdownOfSize(articles, 300) },
      { id: 'article', label: 'article (~3,000 words)', text: markdownOfSize(articles, 3_000) },
      { id: 'large', label: 'large (~100,000 words)', text: markdownOfSize(articles, 100_000) },
    ],
    sendEmail: emailOfSize(articles, 5_000),
    examples: examples(),
  };
}
