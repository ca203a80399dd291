// IT terms support staff use with the people they help, each with a plain gloss written by us.
// level: 1 = many readers know it, 2 = technical, 3 = specialist (flagged even for technical readers).

export interface GlossaryEntry {
  /** The term as usually written, e.g. "DNS". */
  term: string;
  /** Other spellings or forms that mean the same ("DNS server", "name server"). */
  variants?: readonly string[];
  /** The spelled-out form of an acronym, when there is one. */
  expansion?: string;
  /** What it is, in words a non-technical reader understands; fits after the term in parentheses. */
  gloss: string;
  /** Plain words that can replace the term outright, when there are any. */
  plain?: string;
  level: 1 | 2 | 3;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { term: 'DNS', expansion: 'Domain Name System', gloss: "the internet's phonebook, which turns names like example.com into addresses", level: 2 },
  { term: 'MFA', expansion: 'multi-factor authentication', variants: ['2FA'], gloss: 'a second check, such as a code on your phone, when you sign in', plain: 'the sign-in code on your phone', level: 2 },
  { term: 'VPN', expansion: 'virtual private network', gloss: 'a secure connection to the company network from outside the office', plain: 'the secure remote connection', level: 1 },
  { term: 'GPO', expansion: 'Group Policy Object', variants: ['group policy'], gloss: 'a set of settings the IT team pushes to all company computers', plain: 'company-wide computer settings', level: 3 },
  { term: 'DHCP', expansion: 'Dynamic Host Configuration Protocol', gloss: 'the service that gives each device its network address automatically', level: 3 },
  { term: 'SSO', expansion: 'single sign-on', gloss: 'one sign-in that opens all your work apps', level: 2 },
];

/** Acronyms everyone reads without help: never flagged. */
export const EVERYDAY_ACRONYMS: readonly string[] = [
  'PDF', 'USB', 'PC', 'IT', 'OK', 'FAQ', 'ASAP', 'ID', 'HR', 'URL', 'TV', 'CEO', 'CFO', 'CTO', 'AM', 'PM', 'US', 'UK', 'EU',
  'FYI', 'PS', 'TBD', 'ETA', 'OS', 'CD', 'DVD', 'GB', 'MB', 'KB', 'TB', 'HD', 'HDMI', 'PIN', 'SMS', 'AI', 'APP', 'WIFI',
  'I', 'A', 'AND', 'OR', 'THE', 'MAC', 'IOS', 'CPU', 'RAM', 'ZIP', 'JPG', 'JPEG', 'PNG', 'GIF', 'MP3', 'MP4', 'UTC', 'GMT',
];
