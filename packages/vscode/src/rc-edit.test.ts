import { parseConfig } from '@rapport/core/config';
import { describe, expect, it } from 'vitest';
import { withAllowedTerm, withGlossaryTerm } from './rc-edit.js';

describe('.rapportrc.json edits', () => {
  it('creates a config when there is none', () => {
    expect(withGlossaryTerm(undefined, { term: 'DNS', gloss: 'the internet’s phone book' })).toBe(
      '{\n  "glossary": [\n    {\n      "term": "DNS",\n      "gloss": "the internet’s phone book"\n    }\n  ]\n}\n',
    );
    expect(JSON.parse(withAllowedTerm('', 'MFA'))).toEqual({ allow: ['MFA'] });
  });

  it('keeps other keys, replaces a glossary entry case-insensitively and never duplicates an allowed term', () => {
    const text = '{ "audience": "technical", "glossary": [{ "term": "dns", "gloss": "old" }], "allow": ["VPN"] }';
    const glossed = withGlossaryTerm(text, { term: 'DNS', gloss: 'new' });
    expect(parseConfig(glossed, '.rapportrc.json')).toEqual({ audience: 'technical', glossary: [{ term: 'DNS', gloss: 'new' }], allow: ['VPN'] });
    expect(JSON.parse(withAllowedTerm(glossed, 'vpn')).allow).toEqual(['VPN']);
    expect(JSON.parse(withAllowedTerm(glossed, 'MFA')).allow).toEqual(['VPN', 'MFA']);
  });

  it('refuses to rewrite a file that is not a JSON object', () => {
    expect(() => withAllowedTerm('{ broken', 'MFA')).toThrow(SyntaxError);
    expect(() => withAllowedTerm('[1]', 'MFA')).toThrow(/JSON object/);
  });
});
