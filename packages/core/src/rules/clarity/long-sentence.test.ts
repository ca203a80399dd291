import { testRule } from '../../testing/rule-tester.js';
import { longSentence } from './long-sentence.js';

const words = (n: number): string => Array.from({ length: n }, (_, i) => (i % 2 ? 'restart' : 'please')).join(' ');

testRule(longSentence, {
  valid: [
    'Please restart your laptop.',
    `${words(30)}.`,
    // Two sentences of 20 words each.
    `${words(20)}. ${words(20)}.`,
    // Code does not count as words.
    { text: `${words(25)} \`a b c d e f g h i j k l\`.`, options: { kind: 'markdown' } },
  ],
  invalid: [
    { text: `${words(31)}.`, errors: [{ messageId: 'long', span: [0, words(31).length + 1], severity: 'info' }] },
    { text: `Short one. ${words(40)}!`, errors: [{ span: [11, 11 + words(40).length + 1] }] },
    {
      text: 'When the update has finished and the laptop has restarted, please sign in again, open Outlook, wait for the mail to sync, and then let us know whether the error still appears so we can close the ticket.',
      errors: [{ messageId: 'long' }],
    },
  ],
});
