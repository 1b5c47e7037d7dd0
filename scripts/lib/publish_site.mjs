#!/usr/bin/env node
// scripts/lib/publish_site.mjs APP_DIR OUT_DIR — makes the site the page is served from.
// Every asset gets a content-hashed name (index.<hash>.wasm …), index.html points at them, boot.js
// learns the names of the wasm and data files from a data attribute, and sw.js gets the version and
// the list to precache. A page therefore always loads one consistent set: a new version never mixes
// its JavaScript with an old wasm. Run by the build (cmake/web_app.cmake) after linking.
// ISNAD_BUILD_LABEL, if set, is folded into the version (tests use it to make a "new build").
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function publish(appDir, outDir, label = process.env.ISNAD_BUILD_LABEL || '') {
  const hash = (buf) => crypto.createHash('sha256').update(buf).digest('hex').slice(0, 12);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const names = {};
  const put = (name, buf) => {
    const ext = path.extname(name);
    const hashed = `${path.basename(name, ext)}.${hash(buf)}${ext}`;
    fs.writeFileSync(path.join(outDir, hashed), buf);
    names[name] = hashed;
  };
  // index.*: the reader module and its data; analysis.*: the analysis module, run in a worker. The
  // worker's loader names its wasm itself (a worker served by the service worker loses its URL's
  // query), so the hashed name is written into it before it is hashed.
  for (const f of ['index.js', 'index.wasm', 'index.data', 'analysis.wasm']) put(f, fs.readFileSync(path.join(appDir, f)));
  const worker = fs.readFileSync(path.join(appDir, 'analysis.js'), 'utf8');
  if (!worker.includes('"analysis.wasm"')) throw new Error('analysis.js does not name analysis.wasm');
  put('analysis.js', Buffer.from(worker.replace('"analysis.wasm"', JSON.stringify(names['analysis.wasm']))));
  for (const f of ['style.css', 'icon.svg', 'text_layer.js', 'library.js', 'story.js', 'links.js', 'analyser.js']) put(f, fs.readFileSync(path.join(ROOT, 'web', f)));
  // The full fonts, fetched only when a reader's article needs a glyph the packed subsets lack
  // (wasm/full_fonts.cpp): published, but not precached by the service worker.
  const lazy = ['NotoNaskhArabic-Regular.ttf', 'NotoSans-Regular.ttf'];
  for (const f of lazy) put(f, fs.readFileSync(path.join(appDir, 'fonts', f)));
  // boot.js carries the label so that a labelled build differs from an unlabelled one.
  put('boot.js', Buffer.from(fs.readFileSync(path.join(ROOT, 'web/boot.js'), 'utf8') + (label ? `\n// build ${label}\n` : '')));

  const version = hash(Buffer.from(JSON.stringify(names)));
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'web/manifest.webmanifest'), 'utf8'));
  manifest.icons = manifest.icons.map((i) => ({ ...i, src: names[i.src] || i.src }));
  fs.writeFileSync(path.join(outDir, 'manifest.webmanifest'), JSON.stringify(manifest, null, 1));

  const assets = { version, 'index.wasm': names['index.wasm'], 'index.data': names['index.data'], 'analysis.js': names['analysis.js'],
                  fonts: lazy.map((f) => names[f]) };
  const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  let html = fs.readFileSync(path.join(ROOT, 'index.html'), 'utf8');
  // Every reference to a published file points at its hashed name; boot.js also carries the names
  // of the files the Emscripten loader fetches.
  html = html.replace('<script src="boot.js" defer>', `<script src="boot.js" defer data-assets="${attr(JSON.stringify(assets))}">`);
  for (const [name, hashed] of Object.entries(names)) {
    const ref = new RegExp(`(src|href)="${name.replace('.', '\\.')}"`, 'g');
    if (!ref.test(html) && !['index.wasm', 'index.data', 'analysis.js', 'analysis.wasm', ...lazy].includes(name)) throw new Error(`index.html does not reference ${name}`);
    html = html.replace(ref, `$1="${hashed}"`);
  }
  fs.writeFileSync(path.join(outDir, 'index.html'), html);

  const precache = ['./', 'manifest.webmanifest', ...Object.entries(names).filter(([n]) => !lazy.includes(n)).map(([, h]) => h)];
  const sw = fs.readFileSync(path.join(ROOT, 'web/sw.js'), 'utf8')
    .replace("'__ISNAD_VERSION__'", JSON.stringify(version))
    .replace("['__ISNAD_PRECACHE__']", JSON.stringify(precache));
  fs.writeFileSync(path.join(outDir, 'sw.js'), sw);
  fs.writeFileSync(path.join(outDir, 'asset-manifest.json'), JSON.stringify({ version, files: names, precache }, null, 1));
  return { version, names };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  const [appDir, outDir] = process.argv.slice(2);
  if (!appDir || !outDir) { console.error('usage: publish_site.mjs APP_DIR OUT_DIR'); process.exit(2); }
  const { version } = publish(appDir, outDir);
  console.log(`published ${outDir} (version ${version})`);
}
