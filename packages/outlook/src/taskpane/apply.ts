// Puts a rewrite or a checklist sentence into the draft, keeping the writer's formatting: the selection when the
// writer has selected the flagged words (Outlook can undo that), else an edit of the HTML's text nodes, else (plain
// text drafts) the text itself. Never sets plain text over an HTML body.
import { insertInHtml, replaceSpanInHtml, sameText } from '../model/body-offsets.js';
import type { DraftHost } from './host.js';

export type EditPath = 'selection' | 'html' | 'text' | 'not-found';

export async function replaceInDraft(host: DraftHost, text: string, start: number, end: number, replacement: string): Promise<EditPath> {
  const selected = await host.selectedText().catch(() => null);
  if (selected !== null && sameText(selected, text.slice(start, end))) {
    await host.replaceSelection(replacement);
    return 'selection';
  }
  if ((await host.bodyType()) === 'text') {
    await host.writeText(text.slice(0, start) + replacement + text.slice(end));
    return 'text';
  }
  const html = replaceSpanInHtml(await host.readHtml(), text, start, end, replacement);
  if (html === null) return 'not-found';
  await host.writeHtml(html);
  return 'html';
}

export async function insertInDraft(host: DraftHost, text: string, at: number, insert: string): Promise<EditPath> {
  if ((await host.bodyType()) === 'text') {
    await host.writeText(text.slice(0, at) + insert + text.slice(at));
    return 'text';
  }
  const html = insertInHtml(await host.readHtml(), text, at, insert);
  if (html === null) return 'not-found';
  await host.writeHtml(html);
  return 'html';
}
