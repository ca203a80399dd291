import { testRule } from '../../testing/rule-tester.js';
import { wordyPhrase } from './wordy-phrase.js';

testRule(wordyPhrase, {
  valid: [
    'Please use the new printer to scan the form.',
    'Restart the laptop so the update can finish.',
    // Near misses: the words appear, but not as the phrase.
    'In order, open Settings, then Accounts.',
    'The utility room is next to reception.',
    // Masked code is not prose.
    { text: 'Run `utilize --in-order-to` in the terminal.', options: { kind: 'markdown' } },
  ],
  invalid: [
    { text: 'Please utilize the portal.', errors: [{ messageId: 'wordy', span: [7, 14], severity: 'info' }], output: 'Please use the portal.' },
    { text: 'In order to reset it, restart.', errors: [{ actual: 'In order to' }], output: 'To reset it, restart.' },
    { text: 'We will fix it at this point in time.', errors: [{ actual: 'at this point in time' }], output: 'We will fix it now.' },
    { text: 'Restart prior to the call.', errors: [{ actual: 'prior to' }], output: 'Restart before the call.' },
    { text: 'Numerous people asked, so we will assist you.', errors: [{ actual: 'Numerous' }, { actual: 'assist' }], output: 'Many people asked, so we will assist you.' },
  ],
});
