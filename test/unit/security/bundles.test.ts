// Every built bundle is free of dynamic code (eval, new Function, Function("…")) and of network APIs: Rapport
// runs offline and must never turn text into code. Runs after `npm run build`; fails if nothing was built.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const BUNDLE = /\.(?:m?js|cjs|html)$/;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : BUNDLE.test(name) ? [path] : [];
  });
}

const packages = readdirSync(join(root, 'packages'));
const bundles = packages.flatMap((p) => ['dist', 'out'].flatMap((d) => filesUnder(join(root, 'packages', p, d))));
const shown = (f: string): string => relative(root, f);

/** Dynamic code: eval(…) (also as globalThis.eval), new Function(…), Function("…") and string timers. */
const DYNAMIC_CODE: [string, RegExp][] = [
  ['eval(', /(?<![\w$])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['Function(…)', /(?<![\w$.])Function\s*\(\s*["'`]/],
  ['setTimeout("…")', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
];
/** Network APIs: nothing in Rapport talks to a server. */
const NETWORK: [string, RegExp][] = [
  ['fetch(', /(?<![\w$])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['node:http(s)/net', /(?:require\(\s*|\bfrom\s*|import\(\s*)["'](?:node:)?(?:https?|http2|net|tls|dgram)["']/],
];

function hits(code: string, patterns: [string, RegExp][]): string[] {
  const out: string[] = [];
  for (const [name, re] of patterns) {
    const m = re.exec(code);
    if (m) out.push(`${name} at …${code.slice(Math.max(0, m.index - 60), m.index + 40).replace(/\s+/g, ' ')}…`);
  }
  return out;
}

describe('built bundles', () => {
  it('exist (run `npm run build` first)', () => {
    expect(bundles.map(shown), 'no bundle under packages/*/dist or packages/*/out').not.toEqual([]);
    for (const p of packages) {
      const found = bundles.filter((b) => shown(b).startsWith(`packages/${p}/`));
      if (!found.length) console.warn(`security: packages/${p} has no built bundle; skipped (build it to include it)`);
    }
  });

  for (const file of bundles) {
    it(`${shown(file)}: no eval, new Function or Function("…")`, () => {
      expect(hits(readFileSync(file, 'utf8'), DYNAMIC_CODE)).toEqual([]);
    });
    it(`${shown(file)}: no network API`, () => {
      expect(hits(readFileSync(file, 'utf8'), NETWORK)).toEqual([]);
    });
  }
});
