import { describe, expect, it } from 'vitest';
import { isMatchableForm, termKey } from '../../rules/shared/term-matcher.js';
import { EVERYDAY_ACRONYMS, GLOSSARY, IT_SENSE_WORDS, NOT_ACRONYMS } from './glossary.js';

describe('data/jargon/glossary', () => {
  it('has at least 300 entries', () => expect(GLOSSARY.length).toBeGreaterThanOrEqual(300));

  it('has no form (term, variant, expansion) twice, across all entries', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const e of GLOSSARY) {
      for (const form of [e.term, ...(e.variants ?? []), ...(e.expansion ? [e.expansion] : [])]) {
        const key = termKey(form);
        if (seen.has(key)) dups.push(`"${form}" in "${e.term}" and "${seen.get(key)}"`);
        seen.set(key, e.term);
      }
    }
    expect(dups, 'duplicate forms in data/jargon/glossary.ts').toEqual([]);
  });

  it('writes terms and variants as whole words the matcher can find (no leading dots or slashes)', () => {
    const forms = GLOSSARY.flatMap((e) => [e.term, ...(e.variants ?? [])]);
    expect(forms.filter((f) => !isMatchableForm(f))).toEqual([]);
  });

  it('gives every entry a short plain gloss that fits in parentheses', () => {
    const bad = GLOSSARY.filter((e) => !e.gloss || e.gloss.length > 80 || /[()]/.test(e.gloss) || /[.;]$/.test(e.gloss) || e.gloss !== e.gloss.trim());
    expect(bad.map((e) => e.term)).toEqual([]);
    // It reads as a phrase after the term, so it starts in lower case (names and abbreviations aside).
    expect(GLOSSARY.filter((e) => /^[A-Z][a-z]/.test(e.gloss) && !/^(?:Microsoft|Outlook|OneDrive|Windows|Mac|European|Office)\b/.test(e.gloss)).map((e) => e.term)).toEqual([]);
  });

  it('uses valid levels and non-empty forms, and plain rewrites differ from the term', () => {
    for (const e of GLOSSARY) {
      expect([1, 2, 3], e.term).toContain(e.level);
      expect(e.term.trim(), e.term).toBe(e.term);
      for (const v of e.variants ?? []) expect(v.trim().length, `${e.term}: variant`).toBeGreaterThan(0);
      if (e.plain !== undefined) expect(termKey(e.plain), e.term).not.toBe(termKey(e.term));
      if (e.notAfter) expect(() => new RegExp(e.notAfter!)).not.toThrow();
    }
  });

  it('covers the terms the spec names', () => {
    const forms = new Set(GLOSSARY.flatMap((e) => [e.term, ...(e.variants ?? []), ...(e.expansion ? [e.expansion] : [])].map(termKey)));
    const named = ['DNS', 'DHCP', 'VPN', 'proxy', 'latency', 'packet loss', 'SSID', 'NIC', 'MAC address', 'subnet', 'firewall', 'MFA', 'SSO', 'LDAP',
      'Active Directory', 'OAuth', 'token', 'GPO', 'registry', 'BSOD', 'kernel panic', 'safe mode', 'user profile', 'OST', 'PST', 'KFM', 'SMTP', 'IMAP',
      'MX record', 'mailbox quota', 'VM', 'RDP', 'SAN', 'TLS certificate', 'endpoint', 'tenant', 'RCA', 'SLA', 'incident', 'change request'];
    expect(named.filter((t) => !forms.has(termKey(t)))).toEqual([]);
  });

  it('keeps the acronym lists in capitals, without duplicates, and apart from the glossary', () => {
    const forms = new Set(GLOSSARY.flatMap((e) => [e.term, ...(e.variants ?? [])].map(termKey)));
    for (const list of [EVERYDAY_ACRONYMS, NOT_ACRONYMS]) {
      expect(list.filter((a) => a !== a.toUpperCase())).toEqual([]);
      expect(list.filter((a, i) => list.indexOf(a) !== i)).toEqual([]);
      expect(list.filter((a) => forms.has(termKey(a)))).toEqual([]);
    }
    expect(EVERYDAY_ACRONYMS.filter((a) => NOT_ACRONYMS.includes(a))).toEqual([]);
    expect(IT_SENSE_WORDS.filter((w) => w !== w.toLowerCase())).toEqual([]);
  });
});

describe('data/jargon/glossary glosses', () => {
  it('are plain themselves: no gloss uses a term an end user would need explained', async () => {
    const { analyze } = await import('../../analyze.js');
    const jargony = GLOSSARY.flatMap((e) => {
      const text = `${e.term} (${e.gloss})`;
      return analyze(text, { kind: 'plain' })
        .findings.filter((f) => f.category === 'jargon' && f.severity !== 'info' && f.start > e.term.length)
        .map((f) => `${e.term}: "${f.actual}" in "${e.gloss}"`);
    });
    expect(jargony).toEqual([]);
  });
});
