// Offline: after one visit the page reads with the server gone; a new build replaces the old one
// whole (every file the page loads belongs to one version), and is itself available offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, state, inkPixels, SITE, SHOTS, ROOT } from '../browser.mjs';
import { startServer } from '../../../scripts/serve.mjs';
import { publish } from '../../../scripts/lib/publish_site.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

async function serve(dir, port = 0) {
  const s = await startServer(dir, port);
  return { ...s, port: Number(new URL(s.url).port), stop: () => new Promise((r) => { s.server.closeAllConnections(); s.server.close(r); }) };
}

async function openControlled(url) {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 700 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.evaluate(() => window.isnad.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  return { context, page, errors };
}

const loadedFiles = (page) => page.evaluate(() =>
  performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.slice(1)).filter((n) => n && !n.startsWith('sw.js')));

test('after one visit the page reads offline', async () => {
  const srv = await serve(SITE);
  const { context, page, errors } = await openControlled(srv.url);
  await srv.stop();
  await page.reload();
  await page.evaluate(() => window.isnad.ready);
  const s = await state(page);
  assert.equal(s.articles.length, 5);
  assert.equal(await page.locator('#message').isVisible(), false, 'no message: offline is normal');
  const r = s.ui.article_list[3];
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await page.waitForFunction(() => window.isnad.state().open === 3);
  const png = await page.screenshot({ path: path.join(SHOTS, 'offline.png') });
  const { ink, total } = await inkPixels(page, png);
  assert.ok(ink > total * 0.004, `the article is drawn offline (${ink} of ${total})`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new build replaces the old one whole, and is then available offline', async () => {
  const dirB = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-site-b-'));
  try {
    const b = publish(path.join(ROOT, 'build/wasm/app'), dirB, 'update-test');
    const srvA = await serve(SITE);
    const { context, page, errors } = await openControlled(srvA.url);
    const versionA = await page.evaluate(() => window.isnad.version);
    await srvA.stop();

    const srvB = await serve(dirB, srvA.port);           // the same origin, a new build
    await page.reload();
    await page.evaluate(() => window.isnad.ready);
    assert.equal(await page.evaluate(() => window.isnad.version), b.version);
    assert.notEqual(b.version, versionA);
    const bFiles = new Set([...Object.values(b.names), 'manifest.webmanifest']);
    for (const f of await loadedFiles(page)) assert.ok(bFiles.has(f), `${f} belongs to the new build`);
    // The new worker takes over, then the server goes away: the new build reads offline.
    const onlyCache = (v) => page.evaluate(async (ver) => {
      const keys = (await caches.keys()).filter((k) => k.startsWith('isnad-'));
      return keys.length === 1 && keys[0] === `isnad-${ver}`;
    }, v);
    for (let i = 0; i < 100 && !(await onlyCache(b.version)); ++i) await page.waitForTimeout(200);
    assert.ok(await onlyCache(b.version), 'the new version is cached whole and the old one is gone');
    await srvB.stop();
    await page.reload();
    await page.evaluate(() => window.isnad.ready);
    assert.equal(await page.evaluate(() => window.isnad.version), b.version);
    assert.equal((await state(page)).articles.length, 5);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    fs.rmSync(dirB, { recursive: true, force: true });
  }
});
