// The sources panel shows each article's URL; an http: or https: one is a link that opens a new tab
// without an opener (by click or by keyboard), any other scheme (javascript:) is plain text that
// never opens anything nor runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, state, settle, ready, clickRect, addPasted } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const TEXT = 'قال مسؤول عراقي إن بغداد وواشنطن ستعقدان جولة محادثات جديدة في أكتوبر 2025، بحسب وكالة الأنباء العراقية.';

const click = clickRect;

test('article URLs: http(s) ones open a new tab with noopener, others are plain text', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Nothing leaves the machine: the new tab's request is answered here.
  await context.route('https://example.org/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>x</title>' }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.url);
  await ready(page);
  await addPasted(page, { text: TEXT, title: 'مصدر آمن', outlet: 'مصدر آمن', url: 'https://example.org/news/1' });
  await page.waitForFunction(() => window.isnad.state().articles.length === 6);
  await addPasted(page, { text: TEXT, title: 'مصدر خبيث', outlet: 'مصدر خبيث', url: 'javascript:window.__pwned=1' });
  await page.waitForFunction(() => window.isnad.state().articles.length === 7);
  await page.evaluate(() => window.isnad.showPanel('sources'));
  await settle(page);
  let s = await state(page);
  const list = s.panel_data.sources;
  assert.equal(list[5].url, 'https://example.org/news/1');
  assert.equal(list[5].url_is_link, true);
  assert.equal(list[6].url, 'javascript:window.__pwned=1');
  assert.equal(list[6].url_is_link, false, 'a javascript: URL is not a link');
  const ids = s.ui.panel_row_ids;
  assert.ok(ids.includes('url:5'));
  assert.ok(!ids.includes('url:6'), 'no link row for the javascript: URL');

  // A click on the https link opens it in a new tab, with no opener.
  const row = (id) => s.ui.panel_rows[s.ui.panel_row_ids.indexOf(id)];
  const [popup] = await Promise.all([context.waitForEvent('page'), click(page, row('url:5'))]);
  await popup.waitForLoadState();
  assert.equal(popup.url(), 'https://example.org/news/1');
  assert.equal(await popup.evaluate(() => window.opener), null, 'noopener: the new tab cannot reach the reader');
  await popup.close();

  // The javascript: URL is drawn as text under its source row: clicking there opens nothing, runs nothing.
  s = await state(page);
  const src = row('source:6');
  let opened = false;
  context.on('page', () => { opened = true; });
  await page.mouse.click(src.x + src.w / 2, src.y + src.h + 8);
  await page.waitForTimeout(800);
  assert.equal(opened, false, 'no tab opened');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing ran');

  // By keyboard: F2, then to the link item, Enter opens it too.
  await page.keyboard.press('F2');
  await page.waitForFunction(() => window.isnad.state().panel_focus !== null);
  s = await state(page);
  // The items are the source rows and the link rows, in order: find the link's place among them.
  const items = s.ui.panel_row_ids;
  const k = items.indexOf('url:5');
  for (let i = 0; i < k; ++i) await page.keyboard.press('ArrowDown');
  await page.waitForFunction((n) => window.isnad.state().panel_focus?.item === n, k);
  const [popup2] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
  await popup2.waitForLoadState();
  assert.equal(popup2.url(), 'https://example.org/news/1');
  assert.equal(await popup2.evaluate(() => window.opener), null);
  assert.deepEqual(errors, []);
  await context.close();
});
