// tests/bench/frame_bench.mjs — drawing figures for scripts/bench, printed as one JSON object:
//   first_screen: the first frame's CPU time and, from the glyph atlas's 'isnad-glyphs' measures
//          (glyph_atlas.cpp), the glyphs it rasterised, the time they took and the texture uploads
//   scroll: CPU time per frame while scrolling the longest sample article (p50, p95)
//   hover:  CPU time per frame while the mouse moves across its highlights (p50, p95)
//   draw calls per frame while scrolling (WebGL drawElements, counted by a wrapper the page never sees)
// Each figure over --runs fresh pages (frames pooled, first screens as medians). The site is
// build/wasm/site, or ISNAD_SITE.
// usage: node tests/bench/frame_bench.mjs [--runs N]
import { launch, state, settle } from '../e2e/browser.mjs';

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

const env = await launch();
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
