// Reading with the wheel and the keyboard: scrolling, and zooming the text with Ctrl.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, state, settle } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('the wheel and the Page keys scroll the article', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url, { width: 1000, height: 500 });
  await settle(page);
  await page.mouse.move(300, 250);
  await page.mouse.wheel(0, 300);
  await page.waitForFunction(() => window.isnad.state().scroll > 0);
  const afterWheel = (await state(page)).scroll;
  await page.keyboard.press('PageDown');
  await page.waitForFunction((y) => window.isnad.state().scroll > y, afterWheel);
  await page.keyboard.press('Home');
  await page.waitForFunction(() => window.isnad.state().scroll === 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Ctrl + and Ctrl - zoom the text, Ctrl 0 resets, Ctrl+wheel zooms, and the browser itself does not zoom', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  await page.mouse.move(300, 300);
  await page.keyboard.press('Control+Equal');
  await page.waitForFunction(() => window.isnad.state().zoom > 1.05);
  await page.keyboard.press('Control+Minus');
  await page.keyboard.press('Control+Minus');
  await page.waitForFunction(() => window.isnad.state().zoom < 0.95);
  await page.keyboard.press('Control+0');
  await page.waitForFunction(() => window.isnad.state().zoom === 1);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -120);
  await page.keyboard.up('Control');
  await page.waitForFunction(() => window.isnad.state().zoom > 1.05);
  assert.equal((await state(page)).scroll, 0, 'Ctrl+wheel zooms instead of scrolling');
  assert.equal(await page.evaluate(() => window.devicePixelRatio), 1, 'the page was not zoomed by the browser');
  assert.deepEqual(errors, []);
  await context.close();
});
