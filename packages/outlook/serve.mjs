// Serves the built add-in (dist/) from this machine only. `node packages/outlook/serve.mjs` prints the URL and how to
// sideload; the repo's `npm start` imports startOutlookServer(). With a certificate (Outlook needs https), it serves
// https://localhost:3000 as manifest/manifest.json expects; without one, http://127.0.0.1 for the browser demo.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttp } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { homedir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = join(here, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** Where `npx office-addin-dev-certs install` puts its trusted localhost certificate. */
export function devCertificate() {
  const dir = join(homedir(), '.office-addin-dev-certs');
  const cert = process.env.RAPPORT_HTTPS_CERT ?? join(dir, 'localhost.crt');
  const key = process.env.RAPPORT_HTTPS_KEY ?? join(dir, 'localhost.key');
  return existsSync(cert) && existsSync(key) ? { cert: readFileSync(cert), key: readFileSync(key) } : null;
}

function handler(root) {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path === '/') path = '/taskpane.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
      'referrer-policy': 'no-referrer',
    });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  };
}

/**
 * Starts the server. Options: host (default 127.0.0.1, or localhost with https), port (default 3000; 0 picks a
 * free one), root (default dist/), https ({ cert, key } | 'auto' | false; default 'auto' = use the dev
 * certificate when present). Resolves to { url, server, secure, close() }.
 */
export async function startOutlookServer(options = {}) {
  const root = normalize(options.root ?? DIST);
  if (!existsSync(join(root, 'taskpane.html'))) throw new Error(`${root} has no taskpane.html: run "npm run build -w @rapport/outlook" first`);
  const tls = options.https === false ? null : options.https && options.https !== 'auto' ? options.https : devCertificate();
  const host = options.host ?? (tls ? 'localhost' : '127.0.0.1');
  const server = tls ? createHttps(tls, handler(root)) : createHttp(handler(root));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, host === 'localhost' ? '127.0.0.1' : host, resolve);
  });
  const { port } = server.address();
  const url = `${tls ? 'https' : 'http'}://${host}:${port}`;
  return { url, server, secure: Boolean(tls), close: () => new Promise((r) => server.close(() => r())) };
}

/** What to print: where the pane is, the demo, and how to sideload. */
export function sideloadHelp({ url, secure }) {
  const lines = [
    `Rapport for Outlook is served at ${url}/taskpane.html`,
    `  Try it in a browser (demo draft): ${url}/taskpane.html?demo`,
  ];
  if (secure) {
    lines.push(
      '  Sideload: manifest/manifest.json (see docs/outlook.md).',
      '    Outlook on the web / new Outlook: https://aka.ms/olksideload > My add-ins > Add a custom add-in > Add from file',
      '      (manifest/manifest.xml, or the zip from: npx office-addin-manifest export -m manifest/manifest.json -o rapport-outlook.zip)',
      '    Classic Outlook on Windows: npx office-addin-debugging start manifest/manifest.json desktop --app outlook',
    );
  } else {
    lines.push(
      '  Outlook loads add-ins over https only. To sideload, run once: npx office-addin-dev-certs install',
      '  then start this again; it will serve https://localhost:3000 as manifest/manifest.json expects (docs/outlook.md).',
    );
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 3000);
  startOutlookServer({ port }).then(
    (s) => console.log(sideloadHelp(s)),
    (err) => {
      console.error(`Rapport for Outlook: ${err.message}`);
      process.exit(1);
    },
  );
}
