// The reader's own articles: added through the dialog (pasted or as a file), analysed and listed
// with the rest, kept across reloads (and offline), removable, exported and imported as JSON; bad
// input gets a message and loses nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, state, settle, SITE, SHOTS } from '../browser.mjs';
import { startServer } from '../../../scripts/serve.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const ARTICLE = 'قال وزير الخارجية العراقي يوم الأحد إن بغداد ستستضيف محادثات جديدة مع واشنطن في أكتوبر 2025.\n\n' +
  'وأضاف الوزير أن نحو 2500 جندي أمريكي ما زالوا في البلاد، بحسب وكالة الأنباء العراقية.';

// How many articles IndexedDB holds (storage is asynchronous: wait for it before reloading).
const stored = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const r = indexedDB.open('isnad', 1);
  r.onsuccess = () => { const q = r.result.transaction('articles').objectStore('articles').count(); q.onsuccess = () => { r.result.close(); resolve(q.result); }; };
  r.onerror = () => reject(r.error);
}));
async function waitStored(page, n) { for (let i = 0; i < 50 && (await stored(page)) !== n; ++i) await page.waitForTimeout(100); assert.equal(await stored(page), n); }

async function ready(page) { await page.evaluate(() => window.isnad.ready); await settle(page); }
async function click(page, r) { await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2); }

async function addPasted(page, fields) {
  await click(page, (await state(page)).ui.add_button);
  await page.locator('#add-dialog').waitFor({ state: 'visible' });
  await page.fill('#add-form textarea[name=text]', fields.text);
  for (const k of ['title', 'outlet', 'date']) if (fields[k]) await page.fill(`#add-form input[name=${k}]`, fields[k]);
  await page.click('#add-submit');
}

test('add, keep across a reload, export, remove, import; bad input is a message', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.url);
  await ready(page);

  await addPasted(page, { text: ARTICLE, title: 'محادثات جديدة', outlet: 'وكالة اختبار', date: '2025-09-14' });
  await page.waitForFunction(() => window.isnad.state().articles.length === 6);
  let s = await state(page);
  assert.equal(s.open, 5, 'the new article is opened');
  assert.equal(s.articles[5].source, 'reader');
  assert.equal(s.articles[5].title, 'محادثات جديدة');
  assert.equal(s.articles[5].outlet, 'وكالة اختبار');
  assert.equal(s.articles[5].date, '2025-09-14');
  assert.equal(await page.locator('#add-dialog').isVisible(), false);
  await page.screenshot({ path: path.join(SHOTS, 'own-article.png') });

  // A file with invalid UTF-8: added, shown with U+FFFD, and the reader is told.
  await click(page, s.ui.add_button);
  await page.setInputFiles('#add-form input[name=file]', { name: 'bad.txt', mimeType: 'text/plain',
    buffer: Buffer.concat([Buffer.from('خبر '), Buffer.from([0xff, 0xfe]), Buffer.from(' عاجل')]) });
  await page.click('#add-submit');
  await page.waitForFunction(() => window.isnad.state().articles.length === 7);
  assert.match(await page.locator('#message').textContent(), /ليس UTF-8 سليمًا: عُرض 2 /);
  assert.equal((await state(page)).articles[6].replaced_bytes, 2);

  // Kept across a reload.
  await waitStored(page, 2);
  await page.reload();
  await ready(page);
  s = await state(page);
  assert.equal(s.articles.length, 7);
  assert.deepEqual(s.articles.slice(5).map((a) => a.source), ['reader', 'reader']);

  // Export.
  const [download] = await Promise.all([page.waitForEvent('download'), (async () => {
    await page.mouse.click(s.ui.add_button.x - s.ui.add_button.w / 2 - 4, s.ui.add_button.y + s.ui.add_button.h / 2);
  })()]);
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.format, 'isnad-library');
  assert.equal(exported.articles.length, 2);
  assert.ok(exported.articles.some((a) => a.text === ARTICLE));

  // Remove both, with confirmation; gone after a reload too.
  for (let left = 2; left > 0; --left) {
    s = await state(page);
    await click(page, s.ui.remove_buttons[s.articles.length - 1]);
    // The confirmation is a popup: it takes a frame to place itself.
    await page.waitForFunction(() => window.isnad.state().ui.confirm_button.w > 0);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'remove-confirm.png') });
    await click(page, (await state(page)).ui.confirm_button);
    await page.waitForFunction((n) => window.isnad.state().articles.length === n, 5 + left - 1);
  }
  await waitStored(page, 0);
  await page.reload();
  await ready(page);
  assert.equal((await state(page)).articles.length, 5);

  // Broken JSON: a message, nothing lost. Then the export comes back whole.
  await page.setInputFiles('#import-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "isnad-library", "articles": [') });
  await page.waitForFunction(() => document.getElementById('message').textContent.includes('ليس JSON صالحًا'));
  assert.equal((await state(page)).articles.length, 5);
  await page.setInputFiles('#import-file', { name: 'lib.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await page.waitForFunction(() => window.isnad.state().articles.length === 7);
  await waitStored(page, 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reader\'s article is kept across an offline reload', async () => {
  const srv = await startServer(SITE, 0);
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  await page.goto(srv.url);
  await ready(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  await addPasted(page, { text: ARTICLE, title: 'مقال دون اتصال' });
  await page.waitForFunction(() => window.isnad.state().articles.length === 6);
  await waitStored(page, 1);
  srv.server.closeAllConnections();
  await new Promise((r) => srv.server.close(r));
  await page.reload();
  await ready(page);
  const s = await state(page);
  assert.equal(s.articles.length, 6);
  assert.equal(s.articles[5].title, 'مقال دون اتصال');
  await context.close();
});
