// Bad options are a programming error in the host: fail loudly with the key's name, never on the text.
import type { AnalyzeOptions } from './types.js';

const KINDS = ['email', 'markdown', 'plain', 'auto'];
const AUDIENCES = ['end-user', 'technical'];
const LEVELS = ['off', 'info', 'warning', 'error'];

function fail(key: string, expected: string, got: unknown): never {
  throw new TypeError(`analyze options: "${key}" must be ${expected}, got ${JSON.stringify(got)}`);
}

export function validateOptions(options: AnalyzeOptions): void {
  if (options === null || typeof options !== 'object') fail('options', 'an object', options);
  if (options.kind !== undefined && !KINDS.includes(options.kind)) fail('kind', KINDS.join(' | '), options.kind);
  if (options.audience !== undefined && !AUDIENCES.includes(options.audience)) fail('audience', AUDIENCES.join(' | '), options.audience);
  const config = options.config;
  if (config === undefined) return;
  if (config === null || typeof config !== 'object') fail('config', 'an object', config);
  if (config.audience !== undefined && !AUDIENCES.includes(config.audience)) fail('config.audience', AUDIENCES.join(' | '), config.audience);
  for (const [id, level] of Object.entries(config.rules ?? {})) {
    if (!LEVELS.includes(level)) fail(`config.rules.${id}`, LEVELS.join(' | '), level);
  }
  if (config.allow !== undefined && (!Array.isArray(config.allow) || config.allow.some((t) => typeof t !== 'string'))) {
    fail('config.allow', 'an array of strings', config.allow);
  }
  if (config.glossary !== undefined) {
    if (!Array.isArray(config.glossary)) fail('config.glossary', 'an array', config.glossary);
    config.glossary.forEach((g, i) => {
      if (!g || typeof g.term !== 'string' || typeof g.gloss !== 'string') fail(`config.glossary[${i}]`, '{ term, gloss }', g);
    });
  }
}
