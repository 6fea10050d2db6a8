/**
 * A small static server for dist/, as a static host would serve it: files by
 * path, `index.html` for directories (with a redirect to add the trailing
 * slash), brotli or gzip when the client accepts it (brotli first, as
 * Netlify and Cloudflare Pages do; `encodings: ['gzip']` serves as GitHub
 * Pages does), the site's 404 page, an optional base path and optional
 * response headers (e.g. the Content-Security-Policy of public/_headers).
 * Listens on 127.0.0.1 only.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  // The word index's files (gzip, opened by the browser itself).
  '.bin': 'application/octet-stream',
};
const compressible = /^(text\/|application\/(json|ld\+json|xml|javascript)|image\/svg)/;

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

type Encoding = 'br' | 'gzip';

export interface ServeOptions {
  /** Extra response headers, for every response or chosen by URL path. */
  headers?: Record<string, string> | ((path: string) => Record<string, string>);
  /** Encodings offered, in order of preference (default brotli, then gzip; [] for none). */
  encodings?: Encoding[];
}

const compressors: Record<Encoding, (b: Buffer) => Buffer> = {
  br: (b) => brotliCompressSync(b, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: b.length } }),
  gzip: (b) => gzipSync(b, { level: 9 }),
};

export async function serve(dir: string, base = '/', port = 0, options: ServeOptions = {}): Promise<StaticServer> {
  const root = normalize(dir);
  const encodings = options.encodings ?? ['br', 'gzip'];
  // Compressed bodies are kept, as a host's edge would keep them.
  const compressed = new Map<string, { source: Buffer; packed: Buffer }>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    const send = async (file: string, status = 200) => {
      let body: Buffer = await readFile(file);
      const type = types[extname(file)] ?? 'application/octet-stream';
      const extra = typeof options.headers === 'function' ? options.headers(url.pathname) : (options.headers ?? {});
      const headers: Record<string, string> = { ...extra, 'content-type': type, 'cache-control': 'no-cache' };
      const accepted = String(req.headers['accept-encoding'] ?? '');
      const encoding = compressible.test(type) ? encodings.find((e) => new RegExp(`\\b${e}\\b`).test(accepted)) : undefined;
      if (encoding) {
        const key = `${encoding}:${file}`;
        let kept = compressed.get(key);
        if (!kept?.source.equals(body)) compressed.set(key, (kept = { source: body, packed: compressors[encoding](body) }));
        body = kept.packed;
        headers['content-encoding'] = encoding;
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = String(body.length);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = async () => {
      try {
        await send(join(root, '404.html'), 404);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    };
    if (!path.startsWith(base)) return notFound();
    path = path.slice(base.length - 1);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return notFound();
    try {
      const s = await stat(file);
      if (s.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        return await send(join(file, 'index.html'));
      }
      return await send(file);
    } catch {
      return notFound();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
