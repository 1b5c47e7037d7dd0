// The first page: it loads, lists the corpus, draws the article, opens another on click,
// is crisp at devicePixelRatio 2, and draws nothing while idle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, openPage, state, settle, inkPixels, SHOTS } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('the page loads with no console error and lists the five sample articles', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  const s = await state(page);
  assert.equal(s.articles.length, 5);
  for (const a of s.articles) {
    assert.match(a.file, /^\d{3}_[0-9a-f]+\.txt$/);
    assert.ok(a.chars > 1000, `${a.file} has text`);
    assert.ok(a.title.length > 0, `${a.file} has a first line`);
    assert.equal(a.date_estimated, true);
  }
  assert.equal(s.open, 0);
  assert.deepEqual(s.warnings, []);
  assert.equal(await page.locator('#loading').isVisible(), false, 'the loading screen is gone');
  const png = await page.screenshot({ path: path.join(SHOTS, 'reader-dpr1.png') });
  const { ink, total } = await inkPixels(page, png);
  assert.ok(ink > total * 0.004, `the canvas shows text (${ink} of ${total} pixels inked)`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('clicking an article in the list opens it', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  const r = (await state(page)).ui.article_list[2];
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await page.waitForFunction(() => window.isnad.state().open === 2);
  assert.equal((await state(page)).open_file, '002_6e6fbea9007bc470.txt');
  assert.deepEqual(errors, []);
  await context.close();
});

test('at devicePixelRatio 2 the canvas backing store is twice the CSS size', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url, { width: 900, height: 700, deviceScaleFactor: 2 });
  await settle(page);
  const s = await state(page);
  assert.equal(s.viewport.dpr, 2);
  assert.deepEqual([s.viewport.width, s.viewport.height], [1800, 1400]);
  const png = await page.screenshot({ path: path.join(SHOTS, 'reader-dpr2.png') });
  const { ink, total } = await inkPixels(page, png);
  assert.ok(ink > total * 0.004, `text is drawn at DPR 2 (${ink} of ${total})`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an idle page draws no frames: 0 in 3 s after load', async () => {
  const { context, page } = await openPage(env.browser, env.url);
  await settle(page);
  await page.waitForTimeout(300);
  const before = (await state(page)).frames_drawn;
  await page.waitForTimeout(3000);
  assert.equal((await state(page)).frames_drawn, before);
  await context.close();
});

test('resizing the window reflows the canvas', async () => {
  const { context, page } = await openPage(env.browser, env.url);
  await page.setViewportSize({ width: 700, height: 500 });
  await page.waitForFunction(() => window.isnad.state().viewport.width === 700);
  assert.equal((await state(page)).viewport.height, 500);
  await context.close();
});
