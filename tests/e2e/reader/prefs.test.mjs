// The reader's choices survive a reload: language, theme, zoom, legend toggles, the open article
// and the side panel's tab (localStorage through the app's bridge). English and dark both draw.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, state, settle, inkPixels } from '../browser.mjs';
import { shoot } from '../screenshots.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('language, theme, zoom, legend, open article and panel are remembered across a reload', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(env.url);
  await page.evaluate(() => window.isnad.ready);
  await settle(page);
  let s = await state(page);
  assert.equal(s.lang, 'ar', 'Arabic by default');
  assert.equal(s.theme, 'light');
  // Through the interface: the language and theme buttons, a legend chip, an article, a tab.
  await page.mouse.click(s.ui.lang_button.x + 5, s.ui.lang_button.y + 5);
  await page.waitForFunction(() => window.isnad.state().lang === 'en');
  s = await state(page);
  await page.mouse.click(s.ui.theme_button.x + 5, s.ui.theme_button.y + 5);
  await page.waitForFunction(() => window.isnad.state().theme === 'dark');
  s = await state(page);
  const chip = s.ui.legend[2];
  await page.mouse.click(chip.x + chip.w / 2, chip.y + chip.h / 2);
  await page.waitForFunction(() => window.isnad.state().highlights.filter((h) => h.type === 'person').every((h) => !h.shown));
  s = await state(page);
  const item = s.ui.article_list[3];
  await page.mouse.click(item.x + item.w / 2, item.y + item.h / 2);
  await page.waitForFunction(() => window.isnad.state().open === 3);
  await page.mouse.move(300, 400);
  await page.keyboard.press('Control+Equal');
  await page.waitForFunction(() => window.isnad.state().zoom > 1.05);
  s = await state(page);
  await page.mouse.click(s.ui.panel_tabs[2].x + 5, s.ui.panel_tabs[2].y + 5);
  await page.waitForFunction(() => window.isnad.state().panel === 'claims');
  await settle(page);
  const png = await page.screenshot();
  const { ink, total } = await inkPixels(page, png);
  assert.ok(total - ink < total * 0.5, 'the dark theme is dark');
  const zoom = (await state(page)).zoom;

  await page.reload();
  await page.evaluate(() => window.isnad.ready);
  await settle(page);
  s = await state(page);
  assert.equal(s.lang, 'en');
  assert.equal(s.theme, 'dark');
  assert.equal(s.open, 3);
  assert.equal(s.panel, 'claims');
  assert.ok(Math.abs(s.zoom - zoom) < 1e-6);
  assert.ok(s.highlights.filter((h) => h.type === 'person').every((h) => !h.shown));
  assert.ok(s.highlights.filter((h) => h.type === 'place').every((h) => h.shown));
  assert.deepEqual(errors, []);
  await context.close();
});

test('stored choices that make no sense are ignored', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 700 } });
  await context.addInitScript(() => localStorage.setItem('isnad.prefs', '{"lang": 5, "theme": "dark", "zoom": 99, "show": [1], "open": "nope.txt", "panel": "x"}'));
  const page = await context.newPage();
  await page.goto(env.url);
  await page.evaluate(() => window.isnad.ready);
  await settle(page);
  const s = await state(page);
  assert.equal(s.lang, 'ar');
  assert.equal(s.theme, 'dark');
  assert.equal(s.zoom, 3, 'zoom is clamped');
  assert.equal(s.open, 0);
  assert.equal(s.panel, 'articles');
  await context.close();
});
