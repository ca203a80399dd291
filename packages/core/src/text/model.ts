// The document model every rule reads: the original text, a same-length mask where only prose survives,
// the paragraphs, and the reviewed-ignore directives. Offsets always point into the original text.
import type { DocumentKind, Span } from '../types.js';
import { parseDirectives, type Directive } from './directives.js';
import { emailRegions } from './email.js';
import { BoundedCache } from './cache.js';
import { blankNonProseTokens, blankSpans } from './lines.js';
import { markdownModel } from './markdown.js';
import { blankLineParagraphs } from './segment.js';

export interface DocModel {
  text: string;
  kind: DocumentKind;
  masked: string;
  paragraphs: Span[];
  /** Each paragraph's masked text when the model already holds it (same strings across edits). */
  paragraphTexts?: string[];
  directives: Directive[];
  /** End of the writer's own reply in an e-mail (quoted history and signature come after). */
  replyEnd: number;
}

export function buildModel(text: string, kind: DocumentKind): DocModel {
  if (kind === 'markdown') {
    const { masked, paragraphs, paragraphTexts, html } = markdownModel(text);
    return { text, kind, masked, paragraphs, paragraphTexts, directives: parseDirectives(text, html), replyEnd: text.length };
  }
  const email = kind === 'email' ? emailRegions(text) : { skip: [], replyEnd: text.length };
  const masked = blankTokensByBlock(blankSpans(text, email.skip));
  return { text, kind, masked, paragraphs: blankLineParagraphs(masked), directives: [], replyEnd: email.replyEnd };
}

// No URL, path or address spans a line break, so tokens are blanked block by block (blocks end at blank lines),
// each block's result cached: after an edit only the edited block is scanned again.
const BLOCK_BREAK = /\r?\n(?:[ \t]*\r?\n)+/g;
const maskedBlocks = new BoundedCache<string, string>(20_000);

function blankTokensByBlock(text: string): string {
  const pieces: string[] = [];
  let at = 0;
  const block = (end: number): void => {
    const source = text.slice(at, end);
    let masked = maskedBlocks.get(source);
    if (masked === undefined) {
      masked = blankNonProseTokens(source);
      maskedBlocks.set(source, masked);
    }
    pieces.push(masked);
  };
  BLOCK_BREAK.lastIndex = 0;
  for (let m = BLOCK_BREAK.exec(text); m; m = BLOCK_BREAK.exec(text)) {
    block(m.index);
    pieces.push(m[0]);
    at = m.index + m[0].length;
  }
  block(text.length);
  return pieces.join('');
}
