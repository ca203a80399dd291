// Guesses what a text is when the host does not say: a greeting or sign-off means an e-mail,
// Markdown structure means an article, anything else is plain text.
import type { DocumentKind } from '../types.js';

const GREETING = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hiya)\b/i;
const SIGN_OFF = /^\s*(?:(?:many |kind |best |warm )?(?:thanks|thank you|regards)|best|cheers|sincerely)[,.!]?\s*$/im;
const QUOTE_HEADER = /^\s*(?:On\b.{0,200}\bwrote:?\s*$|-{2,}\s*Original Message)/im;
const MARKDOWN = /^(?:---\s*$|#{1,6}\s|\s{0,3}(?:```|~~~)|\s{0,3}\|.*\|\s*$)|\]\([^)\s]+\)|^\s{0,3}(?:[-*+]|\d+\.)\s.*\n\s{0,3}(?:[-*+]|\d+\.)\s/m;

export function detectKind(text: string): DocumentKind {
  const head = text.slice(0, 2000);
  const firstLine = /^\s*(.*)/.exec(head)?.[1] ?? '';
  if (GREETING.test(firstLine)) return 'email';
  if (MARKDOWN.test(head)) return 'markdown';
  if (QUOTE_HEADER.test(text.slice(0, 20_000)) || SIGN_OFF.test(text.slice(-400))) return 'email';
  return 'plain';
}
