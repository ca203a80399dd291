// @rapport/core/config: reading and validating Rapport config files, shared by every host (CLI, VS Code, Outlook).
// Pure: hosts pass in file text and a way to test paths; nothing here touches a file system.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { RapportConfig } from '../types.js';
import { validateTree, type NodeProblem } from './validate.js';

export { checklistItems } from '../checklist/index.js';
export { configSchema } from './schema.js';
export { AUDIENCES, CONFIG_KEYS, FAMILIES, RULE_LEVELS } from './validate.js';

export interface ConfigProblem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  message: string;
  /** Where in the config the problem is, e.g. `rules["tone/blame"]` ('' for the file as a whole). */
  path?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}

/** File names searched in each folder, in order. */
export const CONFIG_FILE_NAMES = ['.rapportrc.json', '.rapportrc.jsonc', 'package.json'] as const;

// What each JSON syntax error means, in words that say what was expected.
const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'unexpected character; expected a JSON value, a key in double quotes, or a comment',
  InvalidNumberFormat: 'this is not a valid number',
  PropertyNameExpected: 'expected a key in double quotes',
  ValueExpected: 'expected a value (a string, number, true, false, null, an object or an array)',
  ColonExpected: 'expected ":" after the key',
  CommaExpected: 'expected "," between entries',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the array',
  EndOfFileExpected: 'expected the end of the file after the top-level object',
  InvalidCommentToken: 'this comment is not closed',
  UnexpectedEndOfComment: 'this comment is not closed; expected "*/"',
  UnexpectedEndOfString: 'this string is not closed; expected a closing double quote',
  UnexpectedEndOfNumber: 'this number is cut short',
  InvalidUnicode: 'expected four hex digits after \\u',
  InvalidEscapeCharacter: 'unknown escape; expected one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u',
  InvalidCharacter: 'control characters must be escaped inside strings',
};

/** Offset → 1-based line and column (UTF-16 columns; \n, \r\n and lone \r end a line). Shared with the CLI. */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  };
}

const isPackageJson = (file: string): boolean => /(?:^|[\\/])package\.json$/.test(file);

function parse(text: string, file: string): RapportConfig | null {
  // A byte-order mark becomes a space so offsets (and so lines and columns) stay those of the file.
  const source = text.replace(/^\uFEFF/, ' ');
  const at = lineLocator(source);
  const problem = (offset: number, message: string, path?: string): ConfigProblem => ({ file, ...at(offset), message, ...(path !== undefined ? { path } : {}) });
  const errors: ParseError[] = [];
  const empty = !source.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '').trim();
  const root = empty ? undefined : parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  const [syntax] = errors;
  // Only the first syntax error: the ones after it are usually the parser losing its footing.
  if (syntax) throw new ConfigError([problem(syntax.offset, `invalid JSON: ${SYNTAX[printParseErrorCode(syntax.error)] ?? printParseErrorCode(syntax.error)}`)]);
  if (!root) {
    if (isPackageJson(file)) return null;
    throw new ConfigError([problem(0, 'the file is empty; expected an object such as { "rules": { "tone": "warning" } }')]);
  }
  let node: Node = root;
  let base = '';
  if (isPackageJson(file)) {
    if (root.type !== 'object') throw new ConfigError([problem(root.offset, 'expected package.json to hold an object')]);
    const rapport = root.children?.find((p) => p.children?.[0]?.value === 'rapport')?.children?.[1];
    if (!rapport) return null;
    node = rapport;
    base = 'rapport';
  }
  const { config, problems } = validateTree(node, base);
  if (problems.length) throw new ConfigError(problems.map((p: NodeProblem) => problem(p.offset, p.path ? `${p.path}: ${p.message}` : p.message, p.path)));
  return config;
}

/**
 * Parses and validates a config file's text (JSON with comments and trailing commas). For package.json, reads its
 * "rapport" key and returns null when there is none. Throws ConfigError (with file, line, column and what was
 * expected) on bad JSON or a value the schema rejects; never throws anything else.
 */
export function parseConfig(text: string, file: string): RapportConfig | null {
  if (typeof text !== 'string') throw new ConfigError([{ file: String(file), line: 1, column: 1, message: 'expected the file text as a string' }]);
  try {
    return parse(text, file);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError([{ file, line: 1, column: 1, message: `could not read the config: ${err instanceof Error ? err.message : String(err)}` }]);
  }
}

/**
 * Validates settings that are already an object (Outlook roaming settings, VS Code settings) with the same rules
 * as a file. Lines and columns then refer to the object printed as JSON; `path` says which setting is wrong.
 */
export function validateConfig(value: unknown, source = 'settings'): RapportConfig {
  let text: string | undefined;
  try {
    text = JSON.stringify(value, null, 2);
  } catch {
    text = undefined;
  }
  if (text === undefined) throw new ConfigError([{ file: source, line: 1, column: 1, message: 'expected settings that can be written as JSON' }]);
  return parseConfig(text, source) ?? {};
}

/**
 * Walks up from `startDir` (a folder path, '/' or '\\' separated) and returns the first config file found,
 * asking `exists` for each candidate. A package.json counts only when `hasRapportKey` says it has a "rapport" key.
 */
export function findConfigFile(
  startDir: string,
  exists: (path: string) => boolean,
  hasRapportKey: (packageJsonPath: string) => boolean = () => false,
): string | undefined {
  const sep = startDir.includes('\\') && !startDir.includes('/') ? '\\' : '/';
  let dir = startDir.replace(/[\\/]+$/, '') || sep;
  for (let depth = 0; depth < 256; depth++) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = dir === sep ? `${sep}${name}` : `${dir}${sep}${name}`;
      if (exists(candidate) && (name !== 'package.json' || hasRapportKey(candidate))) return candidate;
    }
    const cut = dir.lastIndexOf(sep);
    if (cut < 0 || dir === sep) return undefined;
    const parent = cut === 0 ? sep : dir.slice(0, cut);
    if (parent === dir || /^[A-Za-z]:$/.test(dir)) return undefined;
    dir = parent;
  }
  return undefined;
}
