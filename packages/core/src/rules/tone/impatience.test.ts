import { testRule } from '../../testing/rule-tester.js';
import { impatience } from './impatience.js';

testRule(impatience, {
  valid: [
    'As I said I would, I have reset your password.',
    'I explained the cause in the ticket notes.',
    'The update failed for the third time, so we are replacing the drive.',
    'Did you get a chance to read the guide?',
  ],
  invalid: [
    { text: 'As I already explained, the VPN needs a restart.', errors: [{ messageId: 'alreadySaid', span: [0, 22] }], output: 'To recap, the VPN needs a restart.' },
    { text: 'Per my last email, please restart.', errors: [{ messageId: 'perMyLast', actual: 'Per my last email' }] },
    { text: 'I am telling you for the third time: restart it.', errors: [{ messageId: 'countingRepeats', actual: 'for the third time' }] },
    { text: 'Did you even read the instructions?', errors: [{ messageId: 'didYouRead' }] },
  ],
});
