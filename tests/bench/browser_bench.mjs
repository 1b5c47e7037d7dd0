// tests/bench/browser_bench.mjs — browser figures for scripts/bench, printed as one JSON object:
//   load:  median of N cold loads (fresh context each): navigation → the app's 'isnad-first-frame'
//          mark (the article and its highlights drawn), against a plain HTML page with the same
//          article, the same font (@font-face) and the same highlights as <mark>, measured by its
//          first contentful paint, in the same browser run; the longest main-thread task before the
//          first frame and the longest of the app's own loading tasks (its 'isnad-load-*' measures);
//          what the first load fetched before it (gzip and brotli, from the site's files) and a
//          breakdown of the median load (each file's fetch, the app's marks and steps, the long tasks)
//   warm:  the same, on a second visit (the service worker serves the files), against the plain
//          page's second visit
//   frames: CPU time per frame while scrolling the longest article (p50, p95), and frames drawn
//          during an idle period
//   big_article: a 10,000-word article added through the page: time to add and analyse it, CPU time
//          per frame while scrolling it and while hovering its highlights
//   ten_mb: a 10 MB article added through the page's file input: the longest main-thread task and the
//          frames the page drew (requestAnimationFrame) until the worker's analysis is in
// usage: node tests/bench/browser_bench.mjs [--loads N] [--idle SECONDS] [--analysis FILE.json] [--only load|first-load]
//   --only load: cold, warm and the 10 MB article; --only first-load: cold and warm only
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch, openPage, state, settle, ROOT } from '../e2e/browser.mjs';
import { tasksAndFramesSince, tenMbArticle, watchTasksAndFrames } from './ten_mb.mjs';
import { startServer } from '../../scripts/serve.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const LOADS = Number(arg('--loads', 10));
const IDLE_S = Number(arg('--idle', 10));
const analysisFile = arg('--analysis', null);
const ONLY = arg('--only', null);
const SITE_DIR = process.env.ISNAD_SITE || path.join(ROOT, 'build/wasm/site');

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : null; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : null; };
const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The reference page: the first sample article as HTML paragraphs, its anchors as <mark>.
function writePlainPage(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const file = '000_64500c877a054f3f.txt';
  const text = fs.readFileSync(path.join(ROOT, 'web/corpus', file), 'utf8');
  const cps = Array.from(text);
  let marks = [];
  if (analysisFile && fs.existsSync(analysisFile)) {
    const a = JSON.parse(fs.readFileSync(analysisFile, 'utf8')).articles.find((x) => x.file === file);
    marks = (a?.anchors || []).map((x) => [x.start, x.end]).sort((p, q) => p[0] - q[0]);
  }
  let html = '', pos = 0;
  for (const [s, e] of marks) {
    if (s < pos) continue;
    html += esc(cps.slice(pos, s).join('')) + '<mark>' + esc(cps.slice(s, e).join('')) + '</mark>';
    pos = e;
  }
  html += esc(cps.slice(pos).join(''));
  const body = html.split(/\n+/).map((p) => `<p>${p}</p>`).join('\n');
  fs.copyFileSync('/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf', path.join(dir, 'naskh.ttf'));
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<style>@font-face{font-family:Naskh;src:url(naskh.ttf)}body{font-family:Naskh;font-size:20px;line-height:1.7;max-width:48em;margin:2em auto}mark{background:#fde68a}</style>
</head><body>${body}</body></html>`);
  return marks.length;
}

// Long tasks from the start of the document (an init script runs before the page's own).
function observeLongTasks() {
  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { /* no long-task timing: the figures say null */ }
}

// In the page: waits for `mark` (or the first contentful paint), then reports when it came, the
// long tasks before it and the files fetched before it.
const measureIn = (mark) => new Promise((resolve) => {
  const at = () => {
    const m = mark === 'fcp' ? performance.getEntriesByName('first-contentful-paint') : performance.getEntriesByName(mark);
    return m.length ? m[0].startTime : null;
  };
  const report = (t) => {
    const tasks = (window.__longtasks || []).filter(([s]) => s < t);
    const files = performance.getEntriesByType('resource').filter((r) => r.responseEnd <= t)
      .map((r) => ({ file: new URL(r.name).pathname.split('/').pop(), start: Math.round(r.startTime), end: Math.round(r.responseEnd),
        transfer: r.transferSize, cache: r.transferSize === 0 }));
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('isnad')).map((m) => [m.name, Math.round(m.startTime)]);
    // The app's own tasks before the first frame (wasm/main.cpp: main, each loading step, the first
    // frame), each a measure 'isnad-load-<name>': [name, start, duration].
    const steps = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('isnad-load-') && m.startTime <= t)
      .map((m) => [m.name.slice('isnad-load-'.length), Math.round(m.startTime), Math.round(m.duration)]);
    const nav = performance.getEntriesByType('navigation')[0];
    resolve({ t, longest_task_ms: tasks.length ? Math.max(...tasks.map(([, d]) => d)) : 0, tasks: tasks.map(([s, d]) => [Math.round(s), Math.round(d)]),
      files, marks, steps, longest_step_ms: steps.length ? Math.max(...steps.map(([, , d]) => d)) : null, html_end: nav ? Math.round(nav.responseEnd) : null, sw: !!navigator.serviceWorker?.controller });
  };
  const poll = () => { const t = at(); if (t !== null) report(t); else setTimeout(poll, 20); };
  poll();
});

// A fresh profile observing long tasks from its first script, at `url`.
async function observedPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(observeLongTasks);
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

async function coldLoads(browser, url, mark) {
  const runs = [];
  for (let i = 0; i < LOADS; ++i) {
    const { context, page } = await observedPage(browser, url);
    runs.push(await page.evaluate(measureIn, mark));
    await context.close();
  }
  return runs;
}

// A first visit, then (once the service worker controls the page, for the app) a second: measured.
async function warmLoads(browser, url, mark) {
  const runs = [];
  for (let i = 0; i < LOADS; ++i) {
    const { context, page } = await observedPage(browser, url);
    await page.evaluate(measureIn, mark);
    if (mark !== 'fcp') {
      await page.evaluate(() => window.isnad.ready);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
    }
    await page.goto(url);
    runs.push(await page.evaluate(measureIn, mark));
    await context.close();
  }
  return runs;
}

// Bytes on the wire for a set of the site's files, compressed as a server would send them.
function wireSize(files) {
  let raw = 0, gzip = 0, brotli = 0;
  const each = {};
  for (const f of new Set(files)) {
    const p = path.join(SITE_DIR, f === '' ? 'index.html' : f);
    if (!fs.existsSync(p)) continue;
    const b = fs.readFileSync(p);
    const g = zlib.gzipSync(b, { level: 9 }).length;
    const br = zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    raw += b.length; gzip += g; brotli += br;
    each[f || 'index.html'] = { raw: b.length, gzip: g, brotli: br };
  }
  return { raw, gzip, brotli, files: each };
}

function summary(app, ref) {
  const t = (runs) => runs.map((r) => r.t);
  const mid = app.slice().sort((a, b) => a.t - b.t)[Math.floor((app.length - 1) / 2)];
  return { loads: app.length, app_first_frame_ms: median(t(app)), plain_html_fcp_ms: median(t(ref)),
    ratio: median(t(app)) / median(t(ref)), longest_task_before_first_frame_ms: Math.max(...app.map((r) => r.longest_task_ms)),
    longest_task_median_ms: median(app.map((r) => r.longest_task_ms)),
    // The long-task observer misses some runs' tasks: the app's own step measures do not.
    longest_step_worst_ms: Math.max(...app.map((r) => r.longest_step_ms ?? 0)) || null,
    longest_step_median_ms: median(app.map((r) => r.longest_step_ms ?? 0)) || null,
    app_all_ms: t(app).map(Math.round), plain_all_ms: t(ref).map(Math.round), breakdown: mid };
}

// A 10 MB article through the page's file input (the e2e suite's case): the longest main-thread task
// and the frames drawn from choosing the file until the worker's analysis is in.
async function tenMb(env) {
  const { context, page } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await page.evaluate(() => window.isnad.ready);
  await settle(page);
  const bytes = tenMbArticle();
  await watchTasksAndFrames(page);
  const count = (await state(page)).articles.length;
  const add = (await state(page)).ui.add_button;
  await page.mouse.click(add.x + add.w / 2, add.y + add.h / 2);
  await page.locator('#add-dialog').waitFor({ state: 'visible' });
  await page.setInputFiles('#add-form input[name=file]', { name: 'ten.txt', mimeType: 'text/plain', buffer: bytes });
  await page.fill('#add-form input[name=title]', 'ten MB');
  const t0 = await page.evaluate(() => performance.now());
  await page.click('#add-submit');
  await page.waitForFunction((n) => window.isnad.state().articles.length === n + 1, count, { timeout: 240000, polling: 100 });
  const added = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => window.isnad.state().analysing !== true, null, { timeout: 240000, polling: 100 });   // (a build without the worker analyses as it adds)
  const seen = await tasksAndFramesSince(page, t0);
  const r = { ms: seen.ms, longest_task_ms: seen.tasks.length ? Math.max(...seen.tasks.map(([, d]) => d)) : 0,
    tasks_over_100ms: seen.tasks.filter(([, d]) => d > 100).length, tasks: seen.tasks.map(([s, d]) => [Math.round(s - t0), Math.round(d)]),
    frames: seen.frames, frames_dropped: seen.frames_dropped };
  const s = await state(page);
  const a = s.articles[count];
  await context.close();
  return { bytes: bytes.length, chars: a.chars, analysed_chars: a.analysed_chars, highlights_total: s.highlights_total,
    added_ms: Math.round(added - t0), analysed_ms: Math.round(r.ms), ...r };
}

const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
const env = await launch();
const plainDir = path.join(ROOT, 'build/bench/plain');
const marks = writePlainPage(plainDir);
const plain = await startServer(plainDir, 0);
const out = { load_average_start: loadAverage() };
try {
  const app = await coldLoads(env.browser, env.url, 'isnad-first-frame');
  const ref = await coldLoads(env.browser, plain.url, 'fcp');
  out.load = { ...summary(app, ref), plain_marks: marks };
  const first = app[0].files.map((f) => f.file);
  out.load.transfer = wireSize(['', ...first]);
  out.load.analysis_module = wireSize(fs.readdirSync(SITE_DIR).filter((f) => /^analysis\.[0-9a-f]+\.(js|wasm)$/.test(f)));
  const warmApp = await warmLoads(env.browser, env.url, 'isnad-first-frame');
  const warmRef = await warmLoads(env.browser, plain.url, 'fcp');
  out.warm = summary(warmApp, warmRef);
  out.warm.ratio_to_cold_plain = out.warm.app_first_frame_ms / out.load.plain_html_fcp_ms;
  out.warm.from_service_worker = warmApp.every((r) => r.sw);
  out.load_average_end = loadAverage();
  if (ONLY === 'first-load') { console.log(JSON.stringify(out)); await new Promise((r) => plain.server.close(r)); await env.close(); process.exit(0); }
  out.ten_mb = await tenMb(env);
  if (ONLY === 'load') { console.log(JSON.stringify(out)); await new Promise((r) => plain.server.close(r)); await env.close(); process.exit(0); }

  // Frame cost while scrolling the longest article, then idle frames.
  const { context, page } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await settle(page);
  const s0 = await state(page);
  const longest = s0.articles.reduce((b, a, i) => (a.chars > s0.articles[b].chars ? i : b), 0);
  const r = s0.ui.article_list[longest];
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await settle(page);
  await page.mouse.move(400, 400);
  const before = (await state(page)).frames_drawn;
  for (let i = 0; i < 60; ++i) { await page.mouse.wheel(0, i < 30 ? 120 : -120); await page.waitForTimeout(16); }
  await page.waitForTimeout(300);
  const s1 = await state(page);
  const n = Math.min(s1.frames_drawn - before, s1.frame_cpu_ms.length);
  const scrollFrames = s1.frame_cpu_ms.slice(-n);
  out.atlas = s1.atlas;
  out.frames = { article_chars: s0.articles[longest].chars, scroll_frames: n,
    scroll_p50_ms: pct(scrollFrames, 0.5), scroll_p95_ms: pct(scrollFrames, 0.95), scroll_max_ms: Math.max(...scrollFrames) };

  // A 10,000-word article of the reader's own (the sample articles repeated, pasted in the add
  // dialog): frame cost while scrolling it and while hovering its highlights.
  const words = [];
  const samples = fs.readdirSync(path.join(ROOT, 'web/corpus')).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => fs.readFileSync(path.join(ROOT, 'web/corpus', f), 'utf8'));
  let big = '';
  for (let k = 0; words.length < 10000; ++k) {
    const para = samples[k % samples.length];
    words.push(...para.split(/\s+/).filter(Boolean));
    big += para + '\n\n';
  }
  const add = (await state(page)).ui.add_button;
  if (add) {
    const t0 = Date.now();
    await page.mouse.click(add.x + add.w / 2, add.y + add.h / 2);
    await page.locator('#add-dialog').waitFor({ state: 'visible' });
    await page.fill('#add-form textarea[name=text]', big);
    await page.fill('#add-form input[name=title]', 'مقال طويل للاختبار');
    const count = (await state(page)).articles.length;
    await page.click('#add-submit');
    await page.waitForFunction((n) => window.isnad.state().articles.length === n + 1, count, { timeout: 120000 });
    await settle(page);
    const added_ms = Date.now() - t0;
    await page.mouse.move(400, 400);
    const b0 = (await state(page)).frames_drawn;
    for (let i = 0; i < 60; ++i) { await page.mouse.wheel(0, i < 30 ? 240 : -240); await page.waitForTimeout(16); }
    await page.waitForTimeout(300);
    const s2 = await state(page);
    const n2 = Math.min(s2.frames_drawn - b0, s2.frame_cpu_ms.length);
    const big_scroll = s2.frame_cpu_ms.slice(-n2);
    // hover: move across every highlight on screen, twice
    const h0 = s2.frames_drawn;
    const rects = s2.highlights.filter((h) => h.rect && h.rect.w > 0).map((h) => h.rect).slice(0, 40);
    for (let pass = 0; pass < 2; ++pass)
      for (const r of rects) { await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2); await page.waitForTimeout(16); }
    await page.waitForTimeout(300);
    const s3 = await state(page);
    const n3 = Math.min(s3.frames_drawn - h0, s3.frame_cpu_ms.length);
    const hover = s3.frame_cpu_ms.slice(-n3);
    out.big_article = { words: words.length, chars: [...big].length, added_and_analysed_ms: added_ms,
      scroll_frames: n2, scroll_p50_ms: pct(big_scroll, 0.5), scroll_p95_ms: pct(big_scroll, 0.95),
      hover_frames: n3, hover_p50_ms: pct(hover, 0.5), hover_p95_ms: pct(hover, 0.95) };
    if (s3.heap_bytes) out.big_article.heap_bytes = s3.heap_bytes;
  }

  await page.mouse.move(5, 5);
  await page.waitForTimeout(500);
  const idle0 = (await state(page)).frames_drawn;
  await page.waitForTimeout(IDLE_S * 1000);
  out.frames.idle_seconds = IDLE_S;
  out.frames.idle_frames = (await state(page)).frames_drawn - idle0;
  await context.close();
} finally {
  await new Promise((r) => plain.server.close(r));
  await env.close();
}
console.log(JSON.stringify(out));
