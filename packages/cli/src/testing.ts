// Test helpers shared by the CLI's suites: a throwaway folder of files, and main() run with captured output.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type Io } from './main.js';

export function workspace(files: Record<string, string | Uint8Array>, prefix = 'rapport-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export async function runCli(args: string[], cwd: string, stdin = '', options: { env?: Record<string, string>; stdoutIsTTY?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    cwd,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readStdin: async () => stdin,
    env: options.env ?? {},
    stderrIsTTY: false,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
