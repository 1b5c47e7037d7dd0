// tests/bench/browser_bench.mjs — browser figures for scripts/bench, printed as one JSON object:
//   load:  median of N cold loads (fresh context each): navigation → the app's 'isnad-first-frame'
//          mark, against a plain HTML page with the same article, the same font (@font-face) and the
//          same highlights as <mark>, measured by its first contentful paint, in the same browser run
//   frames: CPU time per frame while scrolling the longest article (p50, p95), and frames drawn
//          during an idle period
//   big_article: a 10,000-word article added through the page: time to add and analyse it, CPU time
//          per frame while scrolling it and while hovering its highlights
// usage: node tests/bench/browser_bench.mjs [--loads N] [--idle SECONDS] [--analysis FILE.json]
import fs from 'node:fs';
import path from 'node:path';
import { launch, openPage, state, settle, ROOT } from '../e2e/browser.mjs';
import { startServer } from '../../scripts/serve.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const LOADS = Number(arg('--loads', 10));
const IDLE_S = Number(arg('--idle', 10));
const analysisFile = arg('--analysis', null);

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

async function coldLoads(browser, url, measure) {
  const times = [];
  for (let i = 0; i < LOADS; ++i) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    times.push(await page.evaluate(measure));
    await context.close();
  }
  return times;
}

const env = await launch();
const plainDir = path.join(ROOT, 'build/bench/plain');
const marks = writePlainPage(plainDir);
const plain = await startServer(plainDir, 0);
const out = {};
try {
  const app = await coldLoads(env.browser, env.url, () => new Promise((resolve) => {
    const done = () => { const m = performance.getEntriesByName('isnad-first-frame'); if (m.length) { resolve(m[0].startTime); return true; } return false; };
    if (!done()) new PerformanceObserver(() => done()).observe({ entryTypes: ['mark'] });
  }));
  const ref = await coldLoads(env.browser, plain.url, () => new Promise((resolve) => {
    const done = () => { const m = performance.getEntriesByName('first-contentful-paint'); if (m.length) { resolve(m[0].startTime); return true; } return false; };
    if (!done()) new PerformanceObserver(() => done()).observe({ type: 'paint', buffered: true });
  }));
  out.load = { loads: LOADS, app_first_frame_ms: median(app), plain_html_fcp_ms: median(ref), plain_marks: marks,
    ratio: median(app) / median(ref), app_all_ms: app, plain_all_ms: ref };

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
