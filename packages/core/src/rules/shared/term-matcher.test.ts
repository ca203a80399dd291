import { describe, expect, it } from 'vitest';
import { compileTerms } from './term-matcher.js';

describe('compileTerms', () => {
  it('finds whole words and phrases, longest first, with plurals', () => {
    const matcher = compileTerms(['DNS', 'DNS cache', 'VM'], { plurals: true });
    const text = 'Flush the DNS cache, then check DNS. Two VMs and the VM’s disk; x-DNS and DNS.exe are other words.';
    expect(matcher.find(text).map((h) => [text.slice(h.start, h.end), h.key, h.plural])).toEqual([
      ['DNS cache', 'dns cache', false],
      ['DNS', 'dns', false],
      ['VMs', 'vm', true],
      ['VM’s', 'vm', true],
    ]);
  });

  it('splits text whose letters are Latin-1 as the Unicode word pattern does', () => {
    // Every Latin-1 character and every symbol the fast split allows, between two words of every kind: it must
    // give the same words as the \p{L}\p{N} one, which runs once a wider letter or digit may be in the text.
    const forms = ['ab', 'a-b', 'a.b', "a'b", 'a’b', '1', 'é', 'ª', '½'];
    const matcher = compileTerms(forms);
    const words = (text: string) => matcher.find(text).map((h) => [h.start, h.end, h.key]);
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    for (const c of [...range(0, 0xff), ...range(0x2000, 0x206f), ...range(0x2190, 0x245f), ...range(0x2500, 0x2775), ...range(0x2794, 0x2bff)]) {
      const ch = String.fromCharCode(c);
      const text = `ab${ch}ab a${ch}b 1${ch}1 é${ch}é ª${ch}½ ${forms.join(ch)}`;
      expect(words(text), `U+${c.toString(16).padStart(4, '0')}`).toEqual(words(`${text} \u0100`).filter(([, end]) => (end as number) <= text.length));
    }
  });
});
