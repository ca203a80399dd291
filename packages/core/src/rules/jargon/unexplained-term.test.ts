import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { testRule } from '../../testing/rule-tester.js';
import { unexplainedTerm } from './unexplained-term.js';

const technical = { audience: 'technical' as const };

testRule(unexplainedTerm, {
  valid: [
    // Explained on first use, in each of the shapes writers use; later uses are fine.
    'Domain Name System (DNS) lookups are failing. I restarted the DNS service.',
    'Our Domain Name\nSystem (DNS) is failing, so DNS lookups time out.',
    "DNS (the internet's phonebook) is not answering. DNS should be back in an hour.",
    'DNS — the system that turns names into addresses — is down, so DNS lookups fail.',
    'DNS, which turns website names into addresses, is slow today.',
    'DNS, the service that finds websites for your computer, is slow today.',
    "Your computer can't find the internet's phonebook (DNS), so pages do not load.",
    'SSO stands for single sign-on: one password for every work app.',
    // Near misses: the same letters in ordinary words, or another meaning.
    'The raid on the office fridge was in exchange for cake.',
    'The meeting starts at 10 AM PST on Monday.',
    'We sent the new laptop via UPS yesterday.',
    'Thank you for letting me host the call; I will kill the old meeting link.',
    // Everyday words are not in the glossary.
    'Please restart your computer and open your email again.',
    // Technical readers only see the rarest terms.
    { text: 'Check the DNS records, the VPN client and the proxy settings.', options: technical },
    { text: 'Reset MFA for the user and re-enroll the device in Intune.', options: technical },
    // A team can allow terms.
    { text: 'Please connect to the VPN first.', options: { config: { allow: ['VPN'] } } },
    { text: 'The GPO changed your wallpaper.', options: { config: { allow: ['group policy'] } } },
    // Code, URLs and paths are not prose (the engine masks them).
    { text: 'Run `ipconfig /flushdns` and open `DNS` settings.', options: { kind: 'markdown' } },
    'Open https://dns.example.com/dhcp/VPN to see the page.',
    'The file is at C:\\Tools\\DNS\\GPO.txt on your computer.',
  ],
  invalid: [
    {
      text: 'Your DNS lookup is failing.',
      errors: [{ messageId: 'unexplained', span: [5, 8], severity: 'warning' }],
      output: "Your DNS (the internet's phonebook) lookup is failing.",
    },
    {
      text: 'Please restart the VPN and try again.',
      errors: [{ actual: 'VPN', severity: 'info' }],
      output: 'Please restart the VPN (a secure link to the work network from outside) and try again.',
    },
    {
      text: 'The GPO is applied on the next restart.',
      errors: [{ actual: 'GPO', severity: 'warning' }],
      output: 'The GPO (settings IT sends to all work computers) is applied on the next restart.',
    },
    // Repeats are grouped under the first use: one finding.
    { text: 'DNS is down. After DNS is back, DNS lookups will work.', errors: [{ actual: 'DNS', span: [0, 3] }] },
    // Longest form wins; variants and plurals belong to their entry.
    { text: 'I flushed the DNS cache on both VMs.', errors: [{ actual: 'DNS cache' }, { actual: 'VMs' }] },
    { text: 'Your mailbox quota is nearly full.', errors: [{ actual: 'mailbox quota' }] },
    // Acronyms only match in capitals, words in any case.
    { text: 'Latency is high because of packet loss.', errors: [{ actual: 'Latency' }, { actual: 'packet loss' }] },
    // An explanation later does not excuse the first use.
    { text: 'Turn on MFA. MFA (a second check when you sign in) keeps you safe.', errors: [{ actual: 'MFA', span: [8, 11] }] },
    // Technical readers still see level 3 terms, at info.
    { text: 'Check the SPF record and the DMARC policy.', options: technical, errors: [{ actual: 'SPF', severity: 'info' }, { actual: 'DMARC', severity: 'info' }] },
    // Team glossary terms are flagged for every audience, with the team's gloss.
    {
      text: 'Log it in Frobnicator please.',
      options: { ...technical, config: { glossary: [{ term: 'Frobnicator', gloss: 'our ticket tool', plain: 'the ticket tool' }] } },
      errors: [{ actual: 'Frobnicator' }],
      output: 'Log it in Frobnicator (our ticket tool) please.',
    },
    // PST means the mail file when no time of day comes before it.
    { text: 'Attach the PST to your profile.', errors: [{ actual: 'PST' }] },
  ],
});

describe('jargon/unexplained-term fixes', () => {
  const first = (text: string, options = {}) => analyze(text, { kind: 'plain', ...options }).findings.find((f) => f.ruleId === 'jargon/unexplained-term')!;

  it('offers plain words that fit the sentence: lower case mid-sentence, capital at the start', () => {
    const mid = first('Please restart the VPN now.');
    expect(mid.suggestions.map((s) => s.label)).toEqual(['Add an explanation', 'Use plain words', 'Spell it out']);
    expect(mid.suggestions[1]!.replacement).toBe('secure remote connection');
    expect(first('VPN is down for everyone.').suggestions[1]!.replacement).toBe('Secure remote connection');
    expect(first('Latency is high.').suggestions[0]!.replacement).toBe('Latency (the delay before data arrives)');
  });

  it('keeps the rest of the sentence intact for every suggestion', () => {
    const text = 'Since this morning the SSID has changed, sorry.';
    const f = first(text);
    for (const s of f.suggestions) {
      const fixed = text.slice(0, f.start) + s.replacement + text.slice(f.end);
      expect(fixed.startsWith('Since this morning the ')).toBe(true);
      expect(fixed.endsWith(' has changed, sorry.')).toBe(true);
    }
  });

  it('carries the gloss and a specific why', () => {
    const f = first('Your DNS lookup is failing.');
    expect(f.gloss).toBe("the internet's phonebook");
    expect(f.why).toContain('DNS');
  });

  it('explains plurals without offering a singular rewrite', () => {
    const f = first('Both VPNs are down.');
    expect(f.actual).toBe('VPNs');
    expect(f.suggestions.map((s) => s.label)).toEqual(['Add an explanation']);
  });

  it('lists later unexplained uses in related', () => {
    const text = 'The SLA is two days. Our SLA covers weekends, and the SLA starts today.';
    const f = first(text);
    expect(f.related?.map((r) => text.slice(r.start, r.end))).toEqual(['SLA', 'SLA']);
  });
});
