// Offline, a share link still opens its passage: after one visit (the service worker installs) the
// server stops, and a new tab opened on a share link to a passage near the end of another article
// opens that article, marks the passage and scrolls it into view, all from the cache.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, state, settle, SITE, ROOT } from '../browser.mjs';
import { startServer } from '../../../scripts/serve.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('a share link opened offline opens the article and marks the passage', async () => {
  const s0 = await startServer(SITE, 0);
  const stop = () => new Promise((r) => { s0.server.closeAllConnections(); s0.server.close(r); });
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 700 } });
  const page = await context.newPage();
  const errors = [];
  const watch = (p) => {
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  };
  watch(page);
  await page.goto(s0.url);
  await page.evaluate(() => window.isnad.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  const articles = (await state(page)).articles;
  await stop();

  // A passage late in the article on disk, so that the reader has to scroll to it.
  const file = articles[3].file;
  const cps = Array.from(fs.readFileSync(path.join(ROOT, 'web/corpus', file), 'utf8'));
  let start = Math.floor(cps.length * 0.8);
  while (start < cps.length && cps[start] !== ' ') ++start;
  ++start;
  const end = Math.min(cps.length, start + 40);
  const part = (a, b) => encodeURIComponent(cps.slice(Math.max(0, a), Math.min(cps.length, b)).join(''));
  const fragment = `a=${encodeURIComponent(file)}&q=${start}-${end}:${part(start - 16, start)},${part(start, end)},${part(end, end + 16)}`;

  const other = await context.newPage();
  watch(other);
  await other.goto(s0.url + '#' + fragment);
  await other.evaluate(() => window.isnad.ready);
  await settle(other);
  const s = await state(other);
  assert.equal(s.open, 3, 'the linked article is open');
  assert.ok(s.link, 'a link is open');
  assert.deepEqual(s.link.marks.map((m) => [m.start, m.end, m.how]), [[start, end, 'position']]);
  assert.ok(s.scroll > 0, `scrolled to the passage (${s.scroll})`);
  assert.equal(await other.locator('#message').isVisible(), false, 'no message: the link was placed');
  // The server is really gone: a fetch outside the cache fails.
  const online = await other.evaluate(() => fetch('/no-such-file-' + Date.now()).then(() => true, () => false));
  assert.equal(online, false, 'the server is stopped');
  assert.deepEqual(errors.filter((e) => !/no-such-file|Failed to load resource|net::ERR/.test(e)), []);
  await context.close();
});
