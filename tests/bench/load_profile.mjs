// tests/bench/load_profile.mjs — where one cold load's time goes, from navigation to the app's first
// frame: a CPU profile (DevTools protocol, 100 µs samples) of one cold load, summed per function
// (self and inclusive, the page's main thread), plus the page's own marks and long tasks. Use a
// build that keeps wasm function names (cmake -DISNAD_PROFILING=ON) or the wasm shows as wasm-function[N].
// usage: node tests/bench/load_profile.mjs [--runs N] [--top N] [--json FILE]
import fs from 'node:fs';
import { launch } from '../e2e/browser.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const RUNS = Number(arg('--runs', 1));
const TOP = Number(arg('--top', 40));
const jsonOut = arg('--json', null);

// Self and inclusive time per function name of a Profiler.Profile (the profile is stopped as soon as
// the first frame's mark is seen, so a few ms after it are included).
function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const name = (n) => n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'anonymous'})`;
  const self = new Map(), incl = new Map();
  for (let i = 0; i < profile.samples.length; ++i) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let node = byId.get(profile.samples[i]);
    self.set(name(node), (self.get(name(node)) || 0) + dt);
    const seen = new Set();
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const nm = name(byId.get(id));
      if (seen.has(nm)) continue;
      seen.add(nm);
      incl.set(nm, (incl.get(nm) || 0) + dt);
    }
  }
  const top = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([k, v]) => [k, Math.round(v * 10) / 10]);
  return { self: top(self), inclusive: top(incl) };
}

const env = await launch();
const results = [];
try {
  for (let r = 0; r < RUNS; ++r) {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(env.url);
    await page.waitForFunction(() => performance.getEntriesByName('isnad-first-frame').length > 0, null, { polling: 20, timeout: 60000 });
    const { profile } = await cdp.send('Profiler.stop');
    const info = await page.evaluate(() => {
      const ff = performance.getEntriesByName('isnad-first-frame')[0].startTime;
      return {
        first_frame_ms: Math.round(ff),
        marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]),
        measures: performance.getEntriesByType('measure').map((m) => [m.name, Math.round(m.startTime), Math.round(m.duration)]),
        files: performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), Math.round(e.startTime), Math.round(e.responseEnd)]),
      };
    });
    results.push({ ...info, profile_ms: Math.round((profile.endTime - profile.startTime) / 1000), ...summarise(profile) });
    await context.close();
  }
} finally { await env.close(); }
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(results, null, 1));
for (const r of results) {
  console.log(`first frame ${r.first_frame_ms} ms; marks ${JSON.stringify(r.marks)}`);
  console.log('files:', r.files.map(([f, s, e]) => `${f} ${s}–${e}`).join(', '));
  console.log('inclusive ms:'); for (const [k, v] of r.inclusive) console.log(`  ${v}\t${k}`);
  console.log('self ms:'); for (const [k, v] of r.self) console.log(`  ${v}\t${k}`);
}
