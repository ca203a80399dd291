// Core stays pure (issue 10, STYLE "Core stays runtime-neutral"): no network, DOM or Node API in its source,
// only vetted pure dependencies, and the shipped bundle analyses text in a bare JavaScript sandbox where every
// host global is a tripwire. A text never leaves the machine because core has no way to send it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const coreSrc = join(root, 'packages/core/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Host globals core must not touch: network, DOM, Node. */
const FORBIDDEN_GLOBALS = [
  'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'navigator', 'importScripts', 'sendBeacon',
  'window', 'document', 'self', 'localStorage', 'sessionStorage', 'indexedDB', 'location',
  'process', 'require', 'module', 'Buffer', '__dirname', '__filename', 'global',
];
/** Pure packages core may bundle; a new dependency must be added deliberately (testing/ may use the micromark reference). */
const ALLOWED_PACKAGES = ['compromise', 'jsonc-parser'];

interface Use {
  file: string;
  line: number;
  what: string;
}

/** Free uses of forbidden globals (x.y, x(), new x, typeof x) and every import that leaves core. */
function impureUses(file: string, text = readFileSync(file, 'utf8')): Use[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const uses: Use[] = [];
  const at = (node: ts.Node, what: string): void => {
    uses.push({ file: relative(root, file), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, what });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const spec = node.moduleSpecifier.text;
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
      if (!spec.startsWith('.') && !ALLOWED_PACKAGES.includes(pkg)) at(node, `import "${spec}"`);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) at(node, 'dynamic import()');
    if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.includes(node.text)) {
      const p = node.parent;
      const asValue =
        (ts.isPropertyAccessExpression(p) && p.expression === node) ||
        (ts.isElementAccessExpression(p) && p.expression === node) ||
        (ts.isCallExpression(p) && p.expression === node) ||
        (ts.isNewExpression(p) && p.expression === node) ||
        ts.isTypeOfExpression(p);
      if (asValue) at(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

describe('core source is pure', () => {
  const files = sourceFiles(coreSrc);

  it('reads its source files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('uses no network, DOM or Node API and imports only vetted pure packages', () => {
    expect(files.flatMap((f) => impureUses(f))).toEqual([]);
  });

  it('the scanner catches each kind of impurity (and not property names or comments)', () => {
    const bad = [
      "import { readFileSync } from 'node:fs';",
      "import axios from 'axios';",
      'const a = process.env.X;',
      'fetch("https://example.com");',
      'new WebSocket("wss://x");',
      'if (typeof window !== "undefined") {}',
      'const b = document.body;',
      'const c = await import("./x.js");',
    ];
    for (const code of bad) expect(impureUses(join(coreSrc, 'probe.ts'), code), code).toHaveLength(1);
    const fine = ["import { x } from './document.js';", 'const d = { document: 1, fetch: 2 }; d.document = 3;', '// the document. fetch(x)'];
    for (const code of fine) expect(impureUses(join(coreSrc, 'probe.ts'), code), code).toEqual([]);
  });
});

describe('core bundle in a bare sandbox', () => {
  it('analyses and fixes text with every host global a tripwire, and makes no request', async () => {
    const { coreBuildOptions } = (await import(join(root, 'packages/core/build.mjs'))) as { coreBuildOptions: Record<string, unknown> };
    const out = await build({
      ...coreBuildOptions,
      entryPoints: [join(coreSrc, 'index.ts')],
      format: 'iife',
      globalName: 'RapportCore',
      write: false,
      minify: true,
      metafile: true,
    });
    const code = out.outputFiles[0]!.text;
    // The product reads Markdown with its own scanner; micromark is only the tests' reference.
    expect(Object.keys(out.metafile!.inputs).filter((p) => /micromark|mdast|markdown-reference/.test(p))).toEqual([]);

    const touched: string[] = [];
    const requests: string[] = [];
    const sandbox: Record<string, unknown> = {};
    for (const name of FORBIDDEN_GLOBALS) {
      Object.defineProperty(sandbox, name, {
        get() {
          touched.push(name);
          if (['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon'].includes(name)) {
            return (...args: unknown[]) => requests.push(`${name} ${String(args[0])}`);
          }
          return undefined;
        },
      });
    }
    const context = createContext(sandbox);
    runInContext(code, context, { timeout: 30_000 });
    const text = 'Hi Sam,\n\nAs I already explained, you need to reset your MFA. Obviously the DNS is fine.\n\nThanks,\nAlex\n';
    const result = runInContext(
      `(() => { const r = RapportCore.analyze(${JSON.stringify(text)}); const f = r.findings.find((x) => x.suggestions.length);
        return JSON.stringify({ findings: r.findings.length, errors: r.errors, fixed: f ? RapportCore.applyFix(${JSON.stringify(text)}, f) : null }); })()`,
      context,
      { timeout: 30_000 },
    ) as string;
    const report = JSON.parse(result) as { findings: number; errors: unknown[]; fixed: string | null };
    expect(report.errors).toEqual([]);
    expect(report.findings).toBeGreaterThan(0);
    expect(report.fixed).not.toBeNull();
    expect(requests).toEqual([]);
    expect([...new Set(touched)]).toEqual([]);
  }, 60_000);
});
