#!/usr/bin/env node
// scripts/serve.mjs — a small static file server for the built page (no dependencies).
// usage: node scripts/serve.mjs DIR [--port N]   (PORT in the environment also works; 0 = any free port)
// Listens on 127.0.0.1 only and prints "serving DIR at http://127.0.0.1:PORT/" once it listens.
// Also importable: `startServer(dir, port)` resolves to {server, url} (the e2e tests use it).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm', '.data': 'application/octet-stream', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ttf': 'font/ttf', '.woff2': 'font/woff2',
};

export function startServer(root, port = 0) {
  const base = fs.realpathSync(root);
  const server = http.createServer((req, res) => {
    let rel;
    try { rel = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { rel = null; }
    if (rel === null || rel.includes('\0')) { res.writeHead(400).end('bad request'); return; }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(base, path.normalize(rel));
    if (!file.startsWith(base + path.sep)) { res.writeHead(403).end('forbidden'); return; }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Content-Length': st.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') { res.end(); return; }
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) || '.';
  const pi = args.indexOf('--port');
  const port = Number(pi >= 0 ? args[pi + 1] : process.env.PORT || 0);
  startServer(dir, port).then(({ url }) => console.log(`serving ${dir} at ${url}`),
    (e) => { console.error(`serve: ${e.message}`); process.exit(1); });
}
