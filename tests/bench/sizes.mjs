// tests/bench/sizes.mjs SITE — every file the page fetches: raw, gzip (level 9) and brotli (quality 11)
// bytes, and the totals, as JSON. The full fonts (*.ttf, fetched only when a reader's article needs a
// glyph the packed subsets lack) are rows with lazy: true, outside the totals.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const site = process.argv[2];
const files = fs.readdirSync(site).filter((f) => fs.statSync(path.join(site, f)).isFile()).sort();
const rows = files.map((f) => {
  const b = fs.readFileSync(path.join(site, f));
  return { file: f, lazy: f.endsWith('.ttf'), raw: b.length, gzip: zlib.gzipSync(b, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
});
const total = rows.filter((r) => !r.lazy).reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });
console.log(JSON.stringify({ files: rows, total }));
