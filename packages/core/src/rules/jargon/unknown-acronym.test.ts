import { testRule } from '../../testing/rule-tester.js';
import { unknownAcronym } from './unknown-acronym.js';

testRule(unknownAcronym, {
  valid: [
    // Everyday abbreviations and names.
    'Please send the PDF by USB or email it to HR ASAP.',
    'The IT team will call you at 3 PM; the new HP printer is OK.',
    // Glossary terms belong to jargon/unexplained-term, not here.
    'The VPN and the DNS are both fine.',
    // Explained on first use, either way round; later uses are fine.
    'Our Key Management Service (KMS) activates Office. KMS runs every week.',
    'KMS (our activation service) runs weekly, and KMS logs are kept.',
    // Shouting and headings are not abbreviations, and neither are Roman numerals.
    'DO NOT UNPLUG THE DRIVE during the update.',
    'This is covered in part III of the guide.',
    // Mixed case is a name, not an abbreviation.
    'Open OneDrive and NetSuite.',
    // Code and URLs are masked by the engine.
    { text: 'Run `Get-QWER` to list them, then read https://example.com/QWER for more.', options: { kind: 'markdown' } },
    // Technical readers write for people who know their abbreviations.
    { text: 'The QWER and ZXCV services restart nightly.', options: { audience: 'technical' } },
    // Allowed by the team.
    { text: 'The ZXCV portal is open.', options: { config: { allow: ['zxcv'] } } },
  ],
  invalid: [
    { text: 'Your QWER request was approved.', errors: [{ messageId: 'possiblyUnexplained', span: [5, 9], severity: 'info' }] },
    { text: 'The ZXCV and the ZXCV backup both failed.', errors: [{ actual: 'ZXCV', span: [4, 8] }] },
    { text: 'Ask the PMO about the new QBR dates.', errors: [{ actual: 'PMO' }, { actual: 'QBR' }] },
    { text: 'All three OKRs are on track.', errors: [{ actual: 'OKRs' }] },
  ],
});
