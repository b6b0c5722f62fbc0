import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site that `astro build` leaves behind (E2E_DIST to test a build elsewhere). */
export const DIST =
  process.env.E2E_DIST ?? fileURLToPath(new URL('../../../dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** What a static host compresses: text, not images or fonts that are compressed already. */
const COMPRESSED = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

export interface ServedRequest {
  path: string;
  status: number;
}

export interface SiteServer {
  /** e.g. http://127.0.0.1:40123 — the only origin the browser may talk to. */
  origin: string;
  /** Every request in arrival order, so a test can assert none 404'd. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

/**
 * Serves dist/ the way a static host would: directory index, 404.html with status 404, text
 * gzipped when the browser accepts it (so Lighthouse and the benchmarks see real transfer sizes).
 */
export async function startServer(root = DIST): Promise<SiteServer> {
  const requests: ServedRequest[] = [];
  const server = createServer((req, res) => {
    serve(root, req, res).then(
      (status) => requests.push({ path: req.url ?? '', status }),
      (error: unknown) => {
        requests.push({ path: req.url ?? '', status: 500 });
        res.writeHead(500).end(String(error));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function serve(root: string, req: IncomingMessage, res: ServerResponse): Promise<number> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = await resolveFile(root, decodeURIComponent(url.pathname));
  if (file === 'add-slash') {
    // A static host redirects /about to /about/ so relative URLs in the page resolve correctly.
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return 301;
  }
  const status = file ? 200 : 404;
  const body = file ?? path.join(root, '404.html');
  const type = TYPES[path.extname(body)] ?? 'application/octet-stream';
  const stream = createReadStream(body);
  // Opening first means a file that vanished (a rebuild under our feet) becomes a 500, not a crash.
  await new Promise((resolve, reject) => stream.once('open', resolve).once('error', reject));
  const gzip = COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    vary: 'accept-encoding',
    ...(gzip && { 'content-encoding': 'gzip' }),
  });
  if (req.method === 'HEAD') {
    stream.destroy();
    res.end();
  } else {
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  }
  return status;
}

/** The file for a URL path, 'add-slash' for a directory named without its slash, or null. */
async function resolveFile(root: string, pathname: string): Promise<string | 'add-slash' | null> {
  const base = path.resolve(root);
  const candidate = path.join(base, pathname);
  // path.join resolves '..' segments; anything that escapes the root is simply not found.
  if (candidate !== base && !candidate.startsWith(base + path.sep)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (!info?.isDirectory()) return null;
  if (!pathname.endsWith('/')) return 'add-slash';
  const index = path.join(candidate, 'index.html');
  return (await stat(index).catch(() => null))?.isFile() ? index : null;
}
