// @rapport/core/config: reading and validating Rapport config files, shared by every host (CLI, VS Code, Outlook).
// Pure: hosts pass in file text and a way to test paths; nothing here touches a file system.
import type { RapportConfig } from '../types.js';

export interface ConfigProblem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}

/** File names searched in each folder, in order. */
export const CONFIG_FILE_NAMES = ['.rapportrc.json', '.rapportrc.jsonc', 'package.json'] as const;

/**
 * Parses and validates a config file's text. For package.json, reads its "rapport" key and returns null when
 * there is none. Throws ConfigError (with file, line and column) on bad JSON or a value the schema rejects.
 */
export function parseConfig(text: string, file: string): RapportConfig | null {
  const isPackageJson = /(?:^|[\\/])package\.json$/.test(file);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError([{ file, line: 1, column: 1, message: err instanceof Error ? err.message : String(err) }]);
  }
  if (isPackageJson) {
    const rapport = (value as Record<string, unknown> | null)?.['rapport'];
    return rapport === undefined ? null : (rapport as RapportConfig);
  }
  return value as RapportConfig;
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
  for (;;) {
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
}
