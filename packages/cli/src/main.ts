// rapport check: the same engine as the editors, for files, stdin and CI.
// Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, config or read errors.
import { analyze, type AnalyzeOptions, type Audience, type DocumentKind, type Severity } from '@rapport/core';
import { ConfigError } from '@rapport/core/config';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigLoader } from './config.js';
import { formatJson } from './format/json.js';
import { formatSarif } from './format/sarif.js';
import { formatStylish } from './format/stylish.js';
import { expandInputs, kindForPath, looksBinary } from './inputs.js';
import { locate, type FileResult } from './result.js';

declare const RAPPORT_VERSION: string;
const VERSION = typeof RAPPORT_VERSION === 'string' ? RAPPORT_VERSION : '0.0.0-dev';

const HELP = `Usage: rapport check [options] [files, folders or globs…]

Checks IT support writing (e-mails, knowledge-base articles) for harsh tone,
unexplained jargon and unclear phrasing, and suggests kinder, plainer words.
Folders are searched for .md, .markdown, .mdx, .txt and .eml files.

Options:
  -                     read the text from standard input (same as --stdin)
  --stdin               read the text from standard input
  --stdin-filename <p>  name to report for stdin (also picks its config and kind)
  --kind <k>            email | markdown | plain | auto (default: by file extension, else auto)
  --audience <a>        end-user | technical (default: config, else end-user)
  --config <file>       use this config file instead of searching for .rapportrc.json
  --format <f>          stylish | json | sarif (default: stylish)
  -o, --output <file>   write the report to a file instead of standard output
  --fail-on <level>     error | warning | info | never (default: error)
  --no-checklist        leave the empathy checklist out of stylish output
  --no-color            plain output (NO_COLOR is honoured too)
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it,
2 usage error, broken config or a path that cannot be read.`;

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
const KINDS = ['email', 'markdown', 'plain', 'auto'];
const AUDIENCES = ['end-user', 'technical'];
const FORMATS = ['stylish', 'json', 'sarif'];
const FAIL_ON = ['error', 'warning', 'info', 'never'];

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  env: Record<string, string | undefined>;
  stderrIsTTY: boolean;
  stdoutIsTTY: boolean;
}

class UsageError extends Error {}

function choice(name: string, value: string | undefined, allowed: readonly string[]): string | undefined {
  if (value !== undefined && !allowed.includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`rapport: ${err.message}\nRun "rapport --help" for usage.\n`);
      return 2;
    }
    if (err instanceof ConfigError) {
      io.stderr(`rapport: invalid config\n${err.problems.map((p) => `  ${relative(io.cwd, p.file) || p.file}:${p.line}:${p.column}  ${p.message}`).join('\n')}\n`);
      return 2;
    }
    io.stderr(`rapport: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 2;
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = [...argv];
  const noChecklist = removeFlag(args, '--no-checklist');
  const noColor = removeFlag(args, '--no-color');
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        kind: { type: 'string' },
        audience: { type: 'string' },
        config: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'missing command: try "rapport check <files>"');
  const kind = choice('kind', values.kind, KINDS) as DocumentKind | 'auto' | undefined;
  const audience = choice('audience', values.audience, AUDIENCES) as Audience | undefined;
  const format = choice('format', values.format, FORMATS) ?? 'stylish';
  const failOn = choice('fail-on', values['fail-on'], FAIL_ON) ?? 'error';
  const useStdin = values.stdin === true || rest.includes('-');
  const paths = rest.filter((p) => p !== '-');
  if (!useStdin && !paths.length) throw new UsageError('no files given (pass files, folders, globs, or - for standard input)');

  const outputPath = values.output ? resolve(io.cwd, values.output) : undefined;
  const loader = new ConfigLoader(values.config, io.cwd);
  const results: FileResult[] = [];
  let readProblems = 0;
  const check = (path: string, text: string, fileKind: DocumentKind | 'auto', configFolderOrFile: string, isFolder: boolean): void => {
    const { config } = isFolder ? loader.forFolder(configFolderOrFile) : loader.forFile(configFolderOrFile);
    const options: AnalyzeOptions = { kind: kind ?? fileKind, config };
    if (audience) options.audience = audience;
    results.push(locate(path, text, analyze(text, options)));
  };

  if (useStdin) {
    const name = values['stdin-filename'];
    const text = await io.readStdin();
    if (name) check(name, text, kindForPath(name), resolve(io.cwd, name), false);
    else check('<stdin>', text, 'auto', io.cwd, true);
  }
  if (paths.length) {
    const ignore = loader.forFolder(io.cwd).config.ignore ?? [];
    const inputs = await expandInputs(paths, io.cwd, ignore);
    if (outputPath && inputs.files.some((f) => f === outputPath || sameFile(f, outputPath))) throw new UsageError(`--output "${values.output}" is one of the files being checked; Rapport never writes to a checked file`);
    for (const m of inputs.missing) io.stderr(`rapport: cannot read "${m}": no such file, folder or matching glob\n`);
    for (const f of inputs.ignored) io.stderr(`rapport: skipped "${f}" (matched an ignore glob in the config)\n`);
    readProblems += inputs.missing.length;
    const progress = io.stderrIsTTY && inputs.files.length > 20;
    inputs.files.forEach((file, i) => {
      const shown = relative(io.cwd, file).replace(/\\/g, '/') || file;
      if (progress) io.stderr(`\rChecking ${i + 1}/${inputs.files.length} ${shown.slice(-50).padEnd(50)}`);
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (err) {
        io.stderr(`rapport: cannot read "${shown}": ${(err as Error).message}\n`);
        readProblems++;
        return;
      }
      if (looksBinary(bytes)) {
        io.stderr(`rapport: skipped "${shown}": binary file\n`);
        return;
      }
      const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
      check(shown, text, kindForPath(file), file, false);
    });
    if (progress) io.stderr(`\r${' '.repeat(70)}\r`);
  }

  const color = !noColor && !('NO_COLOR' in io.env && io.env['NO_COLOR'] !== '') && io.stdoutIsTTY && !values.output;
  const out =
    format === 'json' ? formatJson(results) : format === 'sarif' ? formatSarif(results, VERSION) : formatStylish(results, color, !noChecklist);
  if (outputPath) {
    try {
      writeFileSync(outputPath, out);
    } catch (err) {
      io.stderr(`rapport: cannot write the report to "${values.output}": ${(err as Error).message}\n`);
      return 2;
    }
  } else io.stdout(out);

  if (readProblems) return 2;
  if (failOn === 'never') return 0;
  const threshold = RANK[failOn as Severity];
  return results.some((r) => r.findings.some((f) => RANK[f.severity] >= threshold)) ? 1 : 0;
}

/** One file on disk under two names (a symlink, a hard link, "./a" and "a"), so --output cannot clobber it. */
function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.ino !== 0 && x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

function removeFlag(args: string[], flag: string): boolean {
  const at = args.indexOf(flag);
  if (at < 0) return false;
  args.splice(at, 1);
  return true;
}
