// tests/bench/frame_bench.mjs — drawing figures for scripts/bench, printed as one JSON object:
//   first_screen: the first frame's CPU time and, from the glyph atlas's 'isnad-glyphs' measures
//          (glyph_atlas.cpp), the glyphs it rasterised, the time they took and the texture uploads
//   scroll: CPU time per frame while scrolling the longest sample article (p50, p95)
//   hover:  CPU time per frame while the mouse moves across its highlights (p50, p95)
//   draw calls per frame while scrolling (WebGL drawElements, counted by a wrapper the page never sees)
// With --ten-mb instead: a 10 MB article (the sample articles repeated, as browser_bench's ten_mb)
// added through the page's file input: every main-thread long task until its analysis is in (with
// the wasm and JS functions that took the most of it, from a CPU profile through the DevTools
// protocol: build with -DISNAD_PROFILING=ON to name the wasm's), frames the page drew and dropped,
// the time until it is in the reader and until it is analysed, then frame CPU p50/p95 scrolling
// and hovering it; --profile FILE keeps the .cpuprofile. With --import N: a library file of N
// articles (the samples in turn) imported through the page's import input, watched the same way
// until every one is in the reader and analysed.
// Each figure over --runs fresh pages (frames pooled, first screens as medians). The site is
// build/wasm/site, or ISNAD_SITE.
// usage: node tests/bench/frame_bench.mjs [--runs N] [--ten-mb [--profile FILE] | --import N]
import fs from 'node:fs';
import { launch, state, settle } from '../e2e/browser.mjs';
import { libraryFile, tasksAndFramesSince, tenMbArticle, watchTasksAndFrames } from './ten_mb.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const RUNS = Number(arg('--runs', 3));

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : null; };
const median = (xs) => pct(xs, 0.5);
const round = (x) => (x === null ? null : Math.round(x * 1000) / 1000);

// The frames drawn since `before` (state().frame_cpu_ms keeps the last 256).
async function framesSince(page, before) {
  const s = await state(page);
  const n = Math.min(s.frames_drawn - before, s.frame_cpu_ms.length);
  return n > 0 ? s.frame_cpu_ms.slice(-n) : [];
}

async function oneRun(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    window.__draws = 0;
    const gl = WebGL2RenderingContext.prototype, draw = gl.drawElements;
    gl.drawElements = function (...a) { ++window.__draws; return draw.apply(this, a); };
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  await page.goto(url);
  await page.evaluate(() => window.isnad.ready);
  await settle(page);
  const s0 = await state(page);
  const glyphs = await page.evaluate(() => performance.getEntriesByName('isnad-glyphs').map((m) => ({ duration: m.duration, ...m.detail })));
  const first = { frame_cpu_ms: s0.frame_cpu_ms[0], glyph_frames: glyphs.length ? glyphs[0] : null };

  const longest = s0.articles.reduce((b, a, i) => (a.chars > s0.articles[b].chars ? i : b), 0);
  const r = s0.ui.article_list[longest];
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await settle(page);
  await page.mouse.move(400, 400);
  let before = (await state(page)).frames_drawn;
  const draws0 = await page.evaluate(() => window.__draws);
  for (let i = 0; i < 60; ++i) { await page.mouse.wheel(0, i < 30 ? 120 : -120); await page.waitForTimeout(16); }
  await page.waitForTimeout(300);
  const scroll = await framesSince(page, before);
  const drawsPerFrame = (await page.evaluate(() => window.__draws) - draws0) / Math.max(1, (await state(page)).frames_drawn - before);

  // Hover: across every highlight on screen, twice.
  await settle(page);
  const s1 = await state(page);
  const rects = s1.highlights.filter((h) => h.rect && h.rect.w > 0 && h.rect.y > 80 && h.rect.y < 760).map((h) => h.rect).slice(0, 40);
  before = s1.frames_drawn;
  for (let pass = 0; pass < 2; ++pass)
    for (const q of rects) { await page.mouse.move(q.x + q.w / 2, q.y + q.h / 2); await page.waitForTimeout(16); }
  await page.waitForTimeout(300);
  const hover = await framesSince(page, before);
  const s2 = await state(page);
  await context.close();
  return { first, scroll, hover, drawsPerFrame, atlas: s2.atlas, chars: s0.articles[longest].chars, errors };
}

// The functions that took the most self time (profile samples) within [from, to] (performance.now ms).
function topFunctions(profile, shift, from, to, n = 8) {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const self = new Map();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    const at = t / 1000 - shift, dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (at < from || at > to) return;
    const f = byId.get(id).callFrame;
    const name = f.functionName || `(${f.url.split('/').pop() || 'program'})`;
    self.set(name, (self.get(name) || 0) + dt);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, n).map(([f, ms]) => [f, Math.round(ms)]);
}

// A fresh 1280×800 page of the site, ready and settled, with its errors collected.
async function openReady(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  await page.goto(url);
  await page.evaluate(() => window.isnad.ready);
  await settle(page);
  return { context, page, errors };
}

async function tenMb(browser, url, profileFile) {
  const { context, page, errors } = await openReady(browser, url);
  const bytes = tenMbArticle();
  await watchTasksAndFrames(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const count = (await state(page)).articles.length;
  const add = (await state(page)).ui.add_button;
  await page.mouse.click(add.x + add.w / 2, add.y + add.h / 2);
  await page.locator('#add-dialog').waitFor({ state: 'visible' });
  await page.setInputFiles('#add-form input[name=file]', { name: 'ten.txt', mimeType: 'text/plain', buffer: bytes });
  await page.fill('#add-form input[name=title]', 'ten MB');
  const t0 = await page.evaluate(() => performance.now());
  await page.click('#add-submit');
  await page.waitForFunction((n) => window.isnad.state().articles.length === n + 1, count, { timeout: 240000, polling: 50 });
  const added = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => window.isnad.state().analysing === false && window.isnad.state().highlights_total > 0, null, { timeout: 240000, polling: 50 });
  const r = await tasksAndFramesSince(page, t0);
  // The profile's clock against performance.now(): read just before it stops (a few ms apart at most).
  const stopAt = await page.evaluate(() => performance.now());
  const { profile } = await cdp.send('Profiler.stop');
  const shift = profile.endTime / 1000 - stopAt;
  if (profileFile) fs.writeFileSync(profileFile, JSON.stringify(profile));
  const tasks = r.tasks.map(([s, d]) => ({ at: Math.round(s - t0), ms: Math.round(d), top: topFunctions(profile, shift, s, s + d, 5) }));
  // Frame cost in the huge article: scrolling, then hovering its highlights.
  await settle(page);
  let before = (await state(page)).frames_drawn;
  await page.mouse.move(400, 400);
  for (let i = 0; i < 60; ++i) { await page.mouse.wheel(0, i < 30 ? 120 : -120); await page.waitForTimeout(16); }
  await page.waitForTimeout(300);
  const scroll = await framesSince(page, before);
  await settle(page);
  const s1 = await state(page);
  const rects = s1.highlights.filter((h) => h.rect && h.rect.w > 0 && h.rect.y > 80 && h.rect.y < 760).map((h) => h.rect).slice(0, 40);
  before = s1.frames_drawn;
  for (let pass = 0; pass < 2; ++pass)
    for (const q of rects) { await page.mouse.move(q.x + q.w / 2, q.y + q.h / 2); await page.waitForTimeout(16); }
  await page.waitForTimeout(300);
  const hover = await framesSince(page, before);
  const a = s1.articles[count];
  await context.close();
  return { bytes: bytes.length, chars: a.chars, analysed_chars: a.analysed_chars, highlights_total: s1.highlights_total,
    added_ms: Math.round(added - t0), analysed_ms: Math.round(r.ms),
    longest_task_ms: Math.max(0, ...tasks.map((x) => x.ms)), tasks_over_100ms: tasks.filter((x) => x.ms > 100).length,
    frames: r.frames, frames_dropped: r.frames_dropped,
    scroll: { frames: scroll.length, p50_ms: round(pct(scroll, 0.5)), p95_ms: round(pct(scroll, 0.95)) },
    hover: { frames: hover.length, p50_ms: round(pct(hover, 0.5)), p95_ms: round(pct(hover, 0.95)) },
    tasks, errors };
}

// Long tasks from `t0` until window.isnad.state() says `done`, each with the functions that took it.
async function watchUntil(page, cdp, t0, done, arg) {
  await page.waitForFunction(done, arg, { timeout: 240000, polling: 50 });
  const r = await tasksAndFramesSince(page, t0);
  const stopAt = await page.evaluate(() => performance.now());
  const { profile } = await cdp.send('Profiler.stop');
  const shift = profile.endTime / 1000 - stopAt;
  const tasks = r.tasks.map(([s, d]) => ({ at: Math.round(s - t0), ms: Math.round(d), top: topFunctions(profile, shift, s, s + d, 5) }));
  return { ms: Math.round(r.ms), frames: r.frames, frames_dropped: r.frames_dropped, tasks,
    longest_task_ms: Math.max(0, ...tasks.map((x) => x.ms)), tasks_over_100ms: tasks.filter((x) => x.ms > 100).length };
}

async function importLibrary(browser, url, n) {
  const { context, page, errors } = await openReady(browser, url);
  const file = libraryFile(n);
  const count = (await state(page)).articles.length;
  await watchTasksAndFrames(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = await page.evaluate(() => performance.now());
  await page.setInputFiles('#import-file', { name: 'library.json', mimeType: 'application/json', buffer: file });
  const w = await watchUntil(page, cdp, t0, (want) => {
    const s = window.isnad.state();
    return s.articles.length === want && s.analysing === false;
  }, count + n);
  const s = await state(page);
  await context.close();
  return { articles: n, bytes: file.length, in_reader: s.articles.length - count, analysed_ms: w.ms, longest_task_ms: w.longest_task_ms,
    tasks_over_100ms: w.tasks_over_100ms, frames: w.frames, frames_dropped: w.frames_dropped, tasks: w.tasks, errors };
}

const env = await launch();
if (process.argv.includes('--import')) {
  try {
    console.log(JSON.stringify(await importLibrary(env.browser, env.url, Number(arg('--import', 100))), null, 1));
  } finally {
    await env.close();
  }
  process.exit(0);
}
if (process.argv.includes('--ten-mb')) {
  try {
    console.log(JSON.stringify(await tenMb(env.browser, env.url, arg('--profile', null)), null, 1));
  } finally {
    await env.close();
  }
  process.exit(0);
}
const runs = [];
try {
  for (let i = 0; i < RUNS; ++i) runs.push(await oneRun(env.browser, env.url));
} finally {
  await env.close();
}
const scroll = runs.flatMap((r) => r.scroll), hover = runs.flatMap((r) => r.hover);
const firstGlyphs = runs.map((r) => r.first.glyph_frames).filter(Boolean);
const out = {
  runs: RUNS,
  first_screen: {
    frame_cpu_ms: round(median(runs.map((r) => r.first.frame_cpu_ms))),
    glyphs: firstGlyphs.length ? median(firstGlyphs.map((g) => g.glyphs)) : null,
    raster_ms: firstGlyphs.length ? round(median(firstGlyphs.map((g) => g.raster_ms))) : null,
    upload_ms: firstGlyphs.length ? round(median(firstGlyphs.map((g) => g.upload_ms))) : null,
    uploads: firstGlyphs.length ? median(firstGlyphs.map((g) => g.uploads)) : null,
    upload_bytes: firstGlyphs.length ? median(firstGlyphs.map((g) => g.upload_bytes)) : null,
    all: runs.map((r) => r.first),
  },
  scroll: { article_chars: runs[0].chars, frames: scroll.length, p50_ms: round(pct(scroll, 0.5)), p95_ms: round(pct(scroll, 0.95)),
    draw_calls_per_frame: round(median(runs.map((r) => r.drawsPerFrame))) },
  hover: { frames: hover.length, p50_ms: round(pct(hover, 0.5)), p95_ms: round(pct(hover, 0.95)) },
  atlas: runs[runs.length - 1].atlas,
  errors: runs.flatMap((r) => r.errors),
};
console.log(JSON.stringify(out, null, 1));
