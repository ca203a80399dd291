// The acceptance test: an e-mail full of unexplained terms gets one finding per term, each with a gloss and
// a fix that works; the same e-mail with the terms explained gets none.
import { describe, expect, it } from 'vitest';
import { analyze, applyFix } from '../../index.js';
import { IT_SENSE_WORDS } from '../../data/jargon/glossary.js';

const JARGON = `Hi Sam,

Thanks for your patience. Your DNS cache was stale and the DHCP lease had expired, so the VPN could not reach the
SSO page. I pushed a new GPO and reset your MFA. The DNS should now resolve, and the VPN will reconnect on its own.

If the GPO does not apply, let me know and I will help.

Best,
Alex`;

const EXPLAINED = `Hi Sam,

Thanks for your patience. Your DNS cache (the list of web addresses your computer remembers) was stale and the DHCP
lease (the time a device may keep its network address) had expired, so the VPN (a secure connection to the work network
from outside the office) could not reach the single sign-on (SSO) page. I pushed a Group Policy Object (GPO) and reset
your MFA, the second check with a code on your phone when you sign in. The DNS (the internet's phonebook) should now
resolve, and the VPN will
reconnect on its own.

If the GPO does not apply, let me know and I will help.

Best,
Alex`;

const jargonOf = (text: string) => analyze(text, { kind: 'email' }).findings.filter((f) => f.category === 'jargon');

describe('a support e-mail full of jargon', () => {
  const found = jargonOf(JARGON);

  it('gets one finding per term, with a gloss and later uses grouped', () => {
    expect(found.map((f) => f.actual)).toEqual(['DNS cache', 'DHCP lease', 'VPN', 'SSO', 'GPO', 'MFA', 'DNS']);
    for (const f of found) expect(f.gloss, f.actual).toBeTruthy();
    expect(found.find((f) => f.actual === 'VPN')!.related).toHaveLength(1);
    expect(found.find((f) => f.actual === 'GPO')!.related).toHaveLength(1);
  });

  it('has fixes that work: applying each removes its finding and keeps the rest of the text', () => {
    for (const f of found) {
      f.suggestions.forEach((s, i) => {
        const fixed = applyFix(JARGON, f, i);
        expect(fixed.slice(0, f.start)).toBe(JARGON.slice(0, f.start));
        expect(fixed.slice(f.start + s.replacement.length)).toBe(JARGON.slice(f.end));
        const again = jargonOf(fixed).filter((g) => g.ruleId === f.ruleId && g.start === f.start);
        expect(again, `${f.actual} after "${s.label}"`).toEqual([]);
      });
    }
  });

  it('gets nothing once the terms are explained on first use', () => {
    expect(jargonOf(EXPLAINED).map((f) => f.actual)).toEqual([]);
  });

  it('gets far fewer findings for a technical reader', () => {
    const technical = analyze(JARGON, { kind: 'email', audience: 'technical' }).findings.filter((f) => f.category === 'jargon');
    expect(technical.map((f) => f.actual)).toEqual(['DHCP lease']);
  });
});

describe('words with an IT meaning', () => {
  it('are never flagged as harsh or insensitive', () => {
    const text = [
      'I had to kill the frozen process on the host before the master copy would sync.',
      'Please abort the upgrade and execute the script again; the app hangs when the drive is dead.',
      'The service was terminated, the job was aborted and the hung window closed.',
    ].join(' ');
    const tone = analyze(text, { kind: 'plain' }).findings.filter((f) => f.category === 'tone');
    expect(tone.map((f) => `${f.ruleId}: ${f.actual}`)).toEqual([]);
    for (const w of ['kill', 'host', 'master', 'abort', 'execute', 'hang', 'dead']) expect(IT_SENSE_WORDS).toContain(w);
  });
});
