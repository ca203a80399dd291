// Finds and reads the config that applies to each checked file (walking up from it), or the one --config names.
import { ConfigError, findConfigFile, parseConfig } from '@rapport/core/config';
import type { RapportConfig } from '@rapport/core';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface LoadedConfig {
  config: RapportConfig;
  /** The file it came from, or undefined for defaults. */
  file?: string;
}

function read(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (err as Error).message;
    throw new ConfigError([{ file, line: 1, column: 1, message: `cannot read config: ${reason}` }]);
  }
  return { config: parseConfig(text, file) ?? {}, file };
}

function hasRapportKey(packageJson: string): boolean {
  try {
    return /"rapport"\s*:/.test(readFileSync(packageJson, 'utf8'));
  } catch {
    return false;
  }
}

export class ConfigLoader {
  private readonly byFolder = new Map<string, LoadedConfig>();
  private readonly explicit: LoadedConfig | undefined;

  constructor(explicitPath: string | undefined, cwd: string) {
    this.explicit = explicitPath ? read(resolve(cwd, explicitPath)) : undefined;
  }

  /** Throws ConfigError (file, line, column) when the applicable config is broken. */
  forFolder(folder: string): LoadedConfig {
    if (this.explicit) return this.explicit;
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const file = findConfigFile(folder, existsSync, hasRapportKey);
    const loaded = file ? read(file) : { config: {} };
    this.byFolder.set(folder, loaded);
    return loaded;
  }

  forFile(path: string): LoadedConfig {
    return this.forFolder(dirname(path));
  }
}
