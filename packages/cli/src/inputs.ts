// Turns the command line's paths, folders and globs into files to check. Folders yield the text formats
// Rapport reads; ignore globs (from config) apply to everything found; missing paths are reported, not fatal.
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';

export const CHECKED_EXTENSIONS = ['md', 'markdown', 'mdx', 'mkd', 'txt', 'text', 'eml'];
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Inputs {
  files: string[];
  /** Paths that do not exist or cannot be read: each makes the run exit 2. */
  missing: string[];
  /** Explicitly named files left out because an ignore glob matched. */
  ignored: string[];
}

export async function expandInputs(args: readonly string[], cwd: string, ignore: readonly string[]): Promise<Inputs> {
  const files = new Set<string>();
  const missing: string[] = [];
  const ignored: string[] = [];
  const isIgnored = picomatch([...ignore], { dot: true });
  const rel = (p: string): string => relative(cwd, resolve(cwd, p)).replace(/\\/g, '/');
  for (const arg of args) {
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(resolve(cwd, arg));
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      if (ignore.length && isIgnored(rel(arg))) ignored.push(arg);
      else files.add(resolve(cwd, arg));
      continue;
    }
    const pattern = stat?.isDirectory()
      ? `${arg.replace(/\\/g, '/').replace(/\/+$/, '')}/**/*.{${CHECKED_EXTENSIONS.join(',')}}`
      : isDynamicPattern(arg)
        ? arg
        : null;
    if (!pattern) {
      missing.push(arg);
      continue;
    }
    const found = await glob(pattern, { cwd, absolute: true, dot: false, ignore: [...ALWAYS_IGNORED, ...ignore] });
    if (!found.length && !stat) missing.push(arg);
    for (const f of found) files.add(resolve(f));
  }
  return { files: [...files].sort(), missing, ignored };
}

/** A file is binary when its first 8 KB hold a NUL byte or are not valid UTF-8. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.length === bytes.length ? head : trimPartialUtf8(head));
    return false;
  } catch {
    return true;
  }
}

/** Drops a UTF-8 sequence cut off at the end of a sample. */
function trimPartialUtf8(b: Uint8Array): Uint8Array {
  let end = b.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const byte = b[end - i] as number;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte >= 0xc0) end -= i;
    break;
  }
  return b.subarray(0, end);
}

export function kindForPath(path: string): 'markdown' | 'auto' {
  return /\.(?:md|markdown|mdx|mkd)$/i.test(path) ? 'markdown' : 'auto';
}
