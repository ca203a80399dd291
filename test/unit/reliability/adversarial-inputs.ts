// Inputs built to trip regex backtracking and deep recursion: huge runs of one character, one giant word or
// line, deep nesting. Each is a function so a suite builds only what it runs.

const KB = 1024;

export interface AdversarialInput {
  name: string;
  build: () => string;
}

const repeat = (unit: string, totalLength: number): string => unit.repeat(Math.ceil(totalLength / unit.length)).slice(0, totalLength);

export const ADVERSARIAL_INPUTS: readonly AdversarialInput[] = [
  { name: '100 KB of "."', build: () => '.'.repeat(100 * KB) },
  { name: '100 KB of "!?"', build: () => repeat('!?', 100 * KB) },
  { name: '100 KB of "-"', build: () => '-'.repeat(100 * KB) },
  { name: '100 KB of "*_"', build: () => repeat('*_', 100 * KB) },
  { name: '100 KB of "(["', build: () => repeat('([', 100 * KB) },
  { name: '100 KB of ")]"', build: () => repeat(')]', 100 * KB) },
  { name: '100 KB of "`"', build: () => '`'.repeat(100 * KB) },
  { name: '100 KB of "<!--"', build: () => repeat('<!--', 100 * KB) },
  { name: '100 KB of "\'’"', build: () => repeat("'’", 100 * KB) },
  { name: '100 KB of ", "', build: () => repeat(', ', 100 * KB) },
  { name: '100 KB of ":/"', build: () => repeat(':/', 100 * KB) },
  { name: '100 KB of "\\\\"', build: () => '\\'.repeat(100 * KB) },
  { name: '100 KB of "@."', build: () => repeat('@.', 100 * KB) },
  { name: '100 KB of mixed punctuation', build: () => repeat('.,;:!?()[]{}<>"\'`~@#$%^&*-_=+|\\/', 100 * KB) },
  { name: 'one 100 KB word (lower case)', build: () => 'a'.repeat(100 * KB) },
  { name: 'one 100 KB word (mixed)', build: () => repeat('aB1-', 100 * KB) },
  { name: 'one 100 KB word of hyphenated letters', build: () => repeat('a-', 100 * KB) },
  { name: 'one 100 KB URL-like word', build: () => `https://${repeat('a.', 100 * KB)}` },
  { name: 'one 100 KB path-like word', build: () => repeat('/a', 100 * KB) },
  { name: 'one 100 KB word of "a-" ending in an address', build: () => `${repeat('a-', 100 * KB)}@x.com` },
  { name: 'one 100 KB word of "a." ending in a scheme', build: () => `${repeat('a.', 100 * KB)}://x` },
  { name: '100 KB of "a@" pairs', build: () => repeat('a@', 100 * KB) },
  { name: 'one 100 KB word of "ms-"', build: () => repeat('ms-', 100 * KB) },
  { name: 'one 100 KB word of "a-", then a scheme', build: () => `${repeat('a-', 100 * KB)} x://y` },
  { name: '100 KB of spaces before a list marker', build: () => `${' '.repeat(100 * KB)}- item` },
  { name: 'a table delimiter with 100 KB of spaces', build: () => `| a |\n| -${' '.repeat(100 * KB)}x` },
  { name: '10,000 docs markers on one line', build: () => 'x [!NOTE] y '.repeat(10_000) },
  { name: '10,000 [!INCLUDE] markers', build: () => '[!INCLUDE[a](b.md)] words '.repeat(10_000) },
  { name: '10,000 lines of "> [!NOTE]"', build: () => '> [!NOTE] restart it\n'.repeat(10_000) },
  { name: '100 KB of spaces then a word', build: () => `${' '.repeat(100 * KB)}x` },
  { name: '100 KB of tabs and NBSP between words', build: () => `a${repeat('\t\u00a0', 100 * KB)}b` },
  { name: '100 KB of blank lines', build: () => '\n'.repeat(100 * KB) },
  { name: '100 KB of CR', build: () => '\r'.repeat(100 * KB) },
  { name: '100 KB of astral characters', build: () => '😀'.repeat(50 * KB) },
  { name: '100 KB of combining marks on one letter', build: () => `a${'\u0301'.repeat(100 * KB)}` },
  { name: '1 MB single line of prose', build: () => repeat('As I already explained, you need to reset your MFA and clear the DNS cache. ', 1024 * KB) },
  { name: '1 MB single line without sentence ends', build: () => repeat('you need to restart the VPN and ', 1024 * KB) },
  { name: '1 MB single log-like line', build: () => `    at ${repeat('f (a:1 ', 1024 * KB)}` },
  { name: '1 MB single line of "(:1"', build: () => `  at x ${repeat('(:1', 1024 * KB)}` },
  { name: '200,000 sentences in one paragraph', build: () => 'Ok. '.repeat(200_000) },
  { name: '200,000-line fenced code block', build: () => `# Log\n\n\`\`\`\n${'x\n'.repeat(200_000)}\`\`\`\n` },
  { name: '10,000 "you " repetitions', build: () => 'you '.repeat(10_000) },
  { name: '10,000 "You " repetitions with a period', build: () => `${'You '.repeat(10_000)}.` },
  { name: '10,000 "you need to" repetitions', build: () => 'you need to '.repeat(10_000) },
  { name: '10,000 "as I already said" repetitions', build: () => 'as I already said '.repeat(10_000) },
  { name: '10,000 "not " repetitions', build: () => 'not '.repeat(10_000) },
  { name: '10,000 "please " repetitions', build: () => 'please '.repeat(10_000) },
  { name: 'long run of CAPS words', build: () => 'PLEASE RESTART THE SERVER NOW '.repeat(3_500) },
  { name: 'one 100 KB CAPS word', build: () => 'A'.repeat(100 * KB) },
  { name: 'CAPS with exclamation marks', build: () => repeat('URGENT!!! ', 100 * KB) },
  { name: '10,000 acronyms', build: () => 'DNS MFA VPN GPO SSO '.repeat(2_000) },
  { name: '10,000 flat list items', build: () => Array.from({ length: 10_000 }, (_, i) => `- item ${i} needs a restart`).join('\n') },
  {
    name: '10,000 nested list items',
    // Depth climbs to 100 levels and falls back, so the nesting is deep without the file growing quadratically.
    build: () => Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(Math.abs((i % 200) - 100))}- item ${i}`).join('\n'),
  },
  { name: '10,000 ordered list items', build: () => Array.from({ length: 10_000 }, (_, i) => `${i + 1}. Step ${i}.`).join('\n') },
  { name: '5,000-deep blockquote', build: () => `${'>'.repeat(5_000)} As I already explained.` },
  { name: '1,000 lines of nested blockquotes', build: () => Array.from({ length: 1_000 }, (_, i) => `${'> '.repeat(i % 200)}you did not read it`).join('\n') },
  { name: '10,000 nested brackets', build: () => `${'['.repeat(10_000)}x${']('.repeat(10_000)}` },
  { name: '10,000 nested emphasis', build: () => `${'*'.repeat(10_000)}x${'*'.repeat(10_000)}` },
  { name: '10,000 nested HTML tags', build: () => `${'<div>'.repeat(10_000)}text${'</div>'.repeat(10_000)}` },
  { name: '10,000 unclosed HTML comments', build: () => '<!-- rapport-disable '.repeat(10_000) },
  { name: '10,000 table rows', build: () => `| a | b |\n| --- | --- |\n${'| you | must |\n'.repeat(10_000)}` },
  { name: '10,000 fences', build: () => '```\ncode\n'.repeat(10_000) },
  { name: 'front matter of 10,000 lines', build: () => `---\n${'title: x\n'.repeat(10_000)}---\nBody.` },
  { name: 'e-mail with 10,000 quoted lines', build: () => `Hi Sam,\n\nFixed.\n\nOn Mon, Sam wrote:\n${'> as I already said\n'.repeat(10_000)}` },
  { name: 'e-mail with 10,000 header-like lines', build: () => `Hi,\n\n${'From: a\nTo: b\n'.repeat(5_000)}` },
  { name: 'e-mail with 10,000 log lines', build: () => `Hi,\n\n${'2026-01-01 10:00:00 ERROR you must restart\n'.repeat(10_000)}` },
  { name: '10,000 "On … wrote" lines', build: () => 'On Monday '.repeat(10_000) },
];

export { KB };
