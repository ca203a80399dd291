// fast-check generators for the documents Rapport meets: Markdown articles (front matter, code, lists, tables,
// HTML, reviewed ignores), e-mails (quoted history, forwarded headers, signatures, pasted logs) and plain text,
// seeded with phrases the rules flag so findings and suggestions are exercised, plus hostile Unicode
// (astral, combining marks, RTL, NUL, lone surrogates, CR and CRLF line breaks).
import fc from 'fast-check';

/** Phrases that trigger rules (tone, jargon, clarity), so fixes and overlaps get exercised. */
const TRIGGERS = [
  'As I already explained',
  'as I already said',
  'per my last email',
  'Per my previous email',
  'you didn\'t provide',
  'You did not read',
  'not our problem',
  'obviously',
  'Just',
  'simply',
  'you must',
  'YOU MUST',
  'Why didn\'t you',
  'DNS',
  'MFA',
  'GPO',
  'VPN',
  'SSO',
  'Domain Name System (DNS)',
  'MFA (a second sign-in step)',
  'utilize',
  'in order to',
  'at this point in time',
  'I already told you',
  'for the third time',
  'calm down',
  'user error',
  'as mentioned',
  'PLEASE RESTART',
  '!!!',
  '???',
];

const WORDS = [
  'the', 'a', 'you', 'your', 'we', 'I', 'it', 'laptop', 'password', 'reset', 'restart', 'please', 'thanks', 'sorry',
  'ticket', 'printer', 'sign', 'in', 'out', 'again', 'now', 'today', 'Monday', 'portal', 'server', 'e.g.', 'i.e.',
  'etc.', 'Dr.', 'No.', 'v2.1', '10', '3.5', 'don\'t', 'it’s', 'co-worker', 'HKEY_LOCAL_MACHINE\\Software', 'C:\\Temp\\a.log',
  'https://example.com/a?b=c', 'help@example.com', '/var/log/syslog', '0x80070005', '123e4567-e89b-12d3-a456-426614174000',
];

/** Characters that stress offset handling. */
const HOSTILE = [
  '\u0000', '\r', '\n', '\r\n', '\t', '\u00a0', '\u200b', '\u200d', '\u200e', '\u200f', '\u202e', '\u2028', '\u2029', '\ufeff',
  '\u0301', 'e\u0301', '\u0308\u0308', '😀', '👍🏽', '👩‍💻', '𝒜', '𐍈', '\ud83d', '\ude00', '\udbff', '\udc00', 'שלום', 'مرحبا', 'Ǆ', 'ß', 'İ', 'ﬃ',
  '\uFFFD', '\uFFFF', '\u0085', '\u000b', '\u000c',
];

const MD_SYNTAX = ['# ', '## ', '- ', '* ', '1. ', '> ', '`', '```', '~~~', '**', '_', '[', ']', '(', ')', '![', '<', '>', '|', '---', '<!--', '-->', '\\', '&amp;', '[!NOTE]'];

const pick = (items: readonly string[]): fc.Arbitrary<string> => fc.constantFrom(...items);

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const word = fc.oneof({ weight: 6, arbitrary: pick(WORDS) }, { weight: 2, arbitrary: pick(TRIGGERS) }, { weight: 1, arbitrary: pick(HOSTILE) });

/** A sentence of words and triggers, sometimes with hostile characters, ending in punctuation or not. */
export const sentence: fc.Arbitrary<string> = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 12 }), pick(['.', '!', '?', '', ':', '...', '.)', '."']))
  .map(([words, end]) => {
    const s = words.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + end;
  });

const prose = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));

const frontMatter = fc
  .tuple(prose, prose, prose)
  .map(([title, description, other]) => `---\ntitle: ${title.replace(/\n/g, ' ')}\ndescription: "${description.replace(/\n/g, ' ')}"\nms.custom: ${other.replace(/\n/g, ' ')}\n---\n`);

const markdownBlock: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: prose },
  { weight: 2, arbitrary: prose.map((p) => `${'#'.repeat(1 + (p.length % 6))} ${p.replace(/[\r\n]+/g, ' ')}`) },
  { weight: 2, arbitrary: fc.array(fc.tuple(fc.nat(3), prose), { minLength: 1, maxLength: 6 }).map((items) => items.map(([d, p]) => `${'  '.repeat(d)}- ${p.replace(/[\r\n]+/g, ' ')}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(prose, { minLength: 1, maxLength: 5 }).map((items) => items.map((p, i) => `${i + 1}. ${p.replace(/[\r\n]+/g, ' ')}`).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(pick(['```', '~~~', '```powershell']), prose).map(([f, p]) => `${f}\n${p}\n${f.slice(0, 3)}`) },
  { weight: 1, arbitrary: prose.map((p) => `    ${p.replace(/\n/g, '\n    ')}`) },
  { weight: 1, arbitrary: fc.array(fc.tuple(prose, prose), { minLength: 1, maxLength: 4 }).map((rows) => `| Step | Note |\n| --- | --- |\n${rows.map(([a, b]) => `| ${a.replace(/[\r\n|]+/g, ' ')} | ${b.replace(/[\r\n|]+/g, ' ')} |`).join('\n')}`) },
  { weight: 1, arbitrary: prose.map((p) => `<div class="note">${p}</div>`) },
  { weight: 1, arbitrary: fc.tuple(pick(['tone/impatience', 'tone', 'jargon', '']), prose).map(([r, p]) => `<!-- rapport-disable-next-line ${r} -- quoting the customer -->\n${p}`) },
  { weight: 1, arbitrary: fc.tuple(prose, prose).map(([a, b]) => `<!-- rapport-disable -- legacy text -->\n${a}\n<!-- rapport-enable -->\n\n${b}`) },
  { weight: 1, arbitrary: prose.map((p) => `> ${p.replace(/\n/g, '\n> ')}`) },
  { weight: 1, arbitrary: fc.tuple(prose, prose).map(([a, b]) => `${a} \`${b.slice(0, 20)}\` [${b.slice(0, 12)}](https://example.com/${a.slice(0, 8).replace(/[\s()]/g, '-')}) ![img](x.png)`) },
  { weight: 1, arbitrary: fc.array(fc.oneof(pick(MD_SYNTAX), word), { minLength: 1, maxLength: 20 }).map((t) => t.join('')) },
);

export const markdownDocument: fc.Arbitrary<string> = fc
  .tuple(fc.option(frontMatter, { nil: '' }), fc.array(markdownBlock, { minLength: 1, maxLength: 6 }), pick(['\n\n', '\r\n\r\n', '\n\n\n', '\n']))
  .map(([fm, blocks, sep]) => fm + blocks.join(sep).replace(/\n/g, sep.startsWith('\r') ? '\r\n' : '\n'));

const greeting = pick(['Hi Sam,', 'Hello Dana,', 'Dear team,', 'Hey,', 'Good morning Alex,', '']);
const signOff = pick(['Thanks,\nMorgan', 'Kind regards,\nMorgan\nIT Service Desk\n555-0100', 'Best,\nM.', '-- \nMorgan | IT', 'Cheers', '']);
const quoted = fc.tuple(pick(['On Mon, 1 Jan 2026 at 09:00, Sam wrote:', '-----Original Message-----', 'From: Sam\nSent: Monday\nTo: IT\nSubject: Help', 'Begin forwarded message:']), fc.array(prose, { maxLength: 4 }))
  .map(([head, lines]) => `${head}\n${lines.map((l) => `> ${l.replace(/\n/g, '\n> ')}`).join('\n>\n')}`);
const logBlock = fc.array(
  pick([
    '    at Session.run (session.js:10:5)',
    '2026-11-24 09:12:01 ERROR you must restart',
    '[12:00:01] WARN disk full',
    'Traceback (most recent call last):',
    '  File "x.py", line 3, in <module>',
    'System.InvalidOperationException: not our problem',
    'PS C:\\> Get-Service',
    '$ sudo systemctl restart nginx',
  ]),
  { minLength: 1, maxLength: 6 },
).map((l) => l.join('\n'));

export const emailDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(pick(['From: Morgan <it@example.com>\nTo: Dana\nSubject: Your ticket\nDate: Tue, 24 Nov 2026\n\n']), { nil: '' }),
    greeting,
    fc.array(fc.oneof({ weight: 4, arbitrary: prose }, { weight: 1, arbitrary: logBlock }), { minLength: 1, maxLength: 4 }),
    signOff,
    fc.option(quoted, { nil: '' }),
    pick(['\n', '\r\n']),
  )
  .map(([headers, hi, body, bye, history, eol]) => [headers + hi, ...body, bye, history].filter(Boolean).join('\n\n').replace(/\n/g, eol));

/** Random code units and hostile characters mixed with words, triggers and syntax: anything at all. */
export const unicodeDocument: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: word },
      { weight: 2, arbitrary: pick(HOSTILE) },
      { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
      { weight: 1, arbitrary: pick(MD_SYNTAX) },
      { weight: 2, arbitrary: pick([' ', ' ', '\n', '\n\n', '\r\n', '\r', '> ', '-- \n']) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** Configs a user might write, hostile terms included (regex syntax, astral, lone surrogates, empty). */
export const anyConfig = fc.option(
  fc.record(
    {
      allow: fc.array(fc.oneof(pick(WORDS), pick(TRIGGERS), pick(HOSTILE), pick(['C++', '.*', '(', '[a]', '$&', ''])), { maxLength: 4 }),
      glossary: fc.array(
        fc.record({ term: fc.oneof(pick(['VPN', 'Intune', 'C++', '(x)', '.*', '😀', 'laptop'])), gloss: sentence }),
        { maxLength: 3 },
      ),
      rules: fc.dictionary(pick(['tone', 'jargon', 'clarity', 'tone/impatience', 'jargon/unexplained-term', 'tone/no-such-rule']), pick(['off', 'info', 'warning', 'error'] as const), { maxKeys: 3 }),
      audience: pick(['end-user', 'technical'] as const),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

export const anyKind = fc.constantFrom<'auto' | 'plain' | 'email' | 'markdown'>('auto', 'plain', 'email', 'markdown');

/** Something to insert while editing: a word, a trigger, a line break, a hostile character. */
export const insertion: fc.Arbitrary<string> = fc.oneof(word, pick(['\n', '\n\n', '\r\n', ' ', '> ', '- ', '```\n']), sentence);

export interface Edit {
  /** Where, as a fraction of the text length, so edits fit any text. */
  at: number;
  deleteCount: number;
  insert: string;
}

export const edit: fc.Arbitrary<Edit> = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), deleteCount: fc.nat(30), insert: insertion });

export function applyEdit(text: string, e: Edit): string {
  const at = Math.min(text.length, Math.floor(e.at * text.length));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.deleteCount));
}
