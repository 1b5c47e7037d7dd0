// The benches' 10 MB article and what they watch while it is added (browser_bench, frame_bench).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../e2e/browser.mjs';

// The sample articles repeated, a blank line between them, to 10 MB (the e2e suite's case).
export function tenMbArticle() {
  const samples = fs.readdirSync(path.join(ROOT, 'web/corpus')).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => fs.readFileSync(path.join(ROOT, 'web/corpus', f)));
  const parts = [];
  let size = 0;
  for (let k = 0; size < 10 * 1024 * 1024; ++k) { const b = samples[k % samples.length]; parts.push(b, Buffer.from('\n\n')); size += b.length + 2; }
  return Buffer.concat(parts);
}

// A library export (web/library.js's format) of `n` articles: the sample articles in turn, each
// with a number in its title so that no two are alike to the reader.
export function libraryFile(n) {
  const samples = fs.readdirSync(path.join(ROOT, 'web/corpus')).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => fs.readFileSync(path.join(ROOT, 'web/corpus', f), 'utf8'));
  const articles = [];
  for (let k = 0; k < n; ++k) articles.push({ id: `bench${k}`, title: `bench ${k}`, outlet: null, date: null, url: null, text: samples[k % samples.length] });
  return Buffer.from(JSON.stringify({ format: 'isnad-library', version: 1, exported: new Date(0).toISOString(), articles }));
}

// Long tasks into window.__tasks ([start, duration]) and frames into window.__frames until
// window.__stopFrames is set.
export function watchTasksAndFrames(page) {
  return page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
    window.__frames = [];
    const tick = (t) => { window.__frames.push(t); if (!window.__stopFrames) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
}

// Stops the watcher and reads what it saw from `t0` (performance.now()): the long tasks [start, ms],
// the frames drawn, and the frames dropped (60 Hz slots with no frame).
export function tasksAndFramesSince(page, t0) {
  return page.evaluate((start) => {
    window.__stopFrames = true;
    const end = performance.now();
    const tasks = window.__tasks.filter(([s]) => s >= start - 1);
    const frames = window.__frames.filter((t) => t >= start);
    let gaps = 0;
    for (let i = 1; i < frames.length; ++i) gaps += Math.max(0, Math.round((frames[i] - frames[i - 1]) / (1000 / 60)) - 1);
    return { end, ms: end - start, tasks, frames: frames.length, frames_dropped: gaps };
  }, t0);
}
