// Reports a reviewed ignore (<!-- rapport-disable… -->) that gives no reason: the finding is still silenced,
// but reviewers should be able to see why it was fine to silence it.
import type { Rule } from '../../types.js';

export const ignoreWithoutReason: Rule = {
  meta: {
    id: 'clarity/ignore-without-reason',
    category: 'clarity',
    description: 'Reports a rapport-disable comment that gives no reason after " -- ", so reviews can see why a finding was silenced.',
    why: 'A reason turns a silenced finding into a reviewed decision that the next writer can trust.',
    messages: {
      missingReason: 'This ignore gives no reason; add one after " -- " so reviewers know why it is fine here.',
    },
    fixable: true,
    defaultSeverity: 'info',
  },
  // The comments are not prose, so paragraphs never hold them; the engine hands them to finalize instead.
  check() {
    return [];
  },
  finalize(_found, doc) {
    return (doc.directives ?? [])
      .filter((d) => !d.reason)
      .map((d) => {
        const comment = doc.text.slice(d.span.start, d.span.end);
        const withReason = comment.replace(/(?:\s+(?:--|—|–))?\s*-->$/, ' -- [why this is fine here] -->');
        return { start: d.span.start, end: d.span.end, messageId: 'missingReason', suggestions: [{ label: 'Add a reason', replacement: withReason }] };
      });
  },
};
