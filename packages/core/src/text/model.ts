// The document model every rule reads: the original text, a same-length mask where only prose survives,
// the paragraphs, and the reviewed-ignore directives. Offsets always point into the original text.
import type { DocumentKind, Span } from '../types.js';
import { parseDirectives, type Directive } from './directives.js';
import { emailRegions } from './email.js';
import { blankNonProseTokens, blankSpans, keepOnly } from './lines.js';
import { markdownRegions } from './markdown.js';
import { blankLineParagraphs, trimSpan } from './segment.js';

export interface DocModel {
  text: string;
  kind: DocumentKind;
  masked: string;
  paragraphs: Span[];
  directives: Directive[];
  /** End of the writer's own reply in an e-mail (quoted history and signature come after). */
  replyEnd: number;
}

export function buildModel(text: string, kind: DocumentKind): DocModel {
  if (kind === 'markdown') {
    const regions = markdownRegions(text);
    const masked = blankNonProseTokens(keepOnly(text, regions.keep));
    const paragraphs = regions.paragraphs
      .map((p) => trimSpan(masked, p))
      .filter((p): p is Span => p !== null)
      .sort((a, b) => a.start - b.start);
    return { text, kind, masked, paragraphs, directives: parseDirectives(text, regions.html), replyEnd: text.length };
  }
  const email = kind === 'email' ? emailRegions(text) : { skip: [], replyEnd: text.length };
  const masked = blankNonProseTokens(blankSpans(text, email.skip));
  return { text, kind, masked, paragraphs: blankLineParagraphs(masked), directives: [], replyEnd: email.replyEnd };
}
