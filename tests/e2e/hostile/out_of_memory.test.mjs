// Bounded memory (issue 8): the page's wasm heap stops at 1 GB (-sMAXIMUM_MEMORY, cmake/web_app.cmake).
// The test fills the heap through the app's own exported malloc until it can grow no more, then adds
// an article the usual way. With no room left even for the article's bytes, the add is refused with a
// message and the app goes on. With room for the bytes but not for their analysis, the C++ allocation
// fails and Emscripten aborts the app: the page says so (not a dead tab), the article that broke it was
// never stored, and a reload gives back the saved articles and a working reader.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, state } from '../browser.mjs';
import { A, add, submit, alive, message, clearMessage, count } from './page.mjs';

let env, ctx, page;
const errors = [];
before(async () => {
  env = await launch();
  ctx = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  await page.goto(env.url);
  await page.evaluate(() => window.isnad.ready);
});
after(async () => { await ctx?.close(); await env?.close(); });

// Allocates blocks of 64 MB, then 1 MB, then 4 KB until malloc says no, and gives 512 KB back; keeps
// the 1 MB blocks apart so more room can be given back later. Returns the heap's size in bytes.
const fill = () => page.evaluate(() => {
  const M = window.Module;
  window.__big = []; window.__mb = []; window.__small = [];
  for (let p; (p = M._malloc(64 << 20));) window.__big.push(p);
  for (let p; (p = M._malloc(1 << 20));) window.__mb.push(p);
  for (let p; (p = M._malloc(4096));) window.__small.push(p);
  // 512 KB back in one piece, so that drawing and state() still have room, but no 600 KB article does.
  for (const p of window.__small.splice(0, 128)) M._free(p);
  return M.HEAPU8.length;
});

test('a saved article is there before memory runs out', async () => {
  const a = await add(page, { text: A, title: 'saved before' });
  assert.equal(a.title, 'saved before');
});

test('with the heap full, adding an article is refused with a message and the app goes on', async () => {
  const heap = await fill();
  assert.ok(heap > 900 << 20 && heap <= 1 << 30, `the heap grew to ${heap} bytes`);
  const n = await count(page);
  await clearMessage(page);
  await submit(page, { bytes: Buffer.from((A + '\n').repeat(6000)), title: 'no room' });
  await page.waitForFunction(() => /تعذّرت إضافة هذا المقال: نفدت الذاكرة/.test(document.getElementById('message').textContent));
  await page.click('#add-cancel');
  assert.equal(await count(page), n);
  assert.ok((await state(page)).frames_drawn > 0, 'state() still answers');
  assert.deepEqual(errors, []);
});

test('running out inside the analysis stops the app with a message; a reload gives the saved articles back', async () => {
  // Room for the bytes (1 MB more given back) but not for analysing and laying out 420 KB of text.
  await page.evaluate(() => { for (const p of window.__mb.splice(0, 1)) window.Module._free(p); });
  await clearMessage(page);
  await submit(page, { bytes: Buffer.from((A + '\n').repeat(4000)), title: 'too big for what is left' });
  await page.waitForFunction(() => /توقف إسناد .*ذاكرته نفدت.*أعد تحميل الصفحة/s.test(document.getElementById('message').textContent), null, { timeout: 60000 });
  assert.ok(await page.locator('#message').isVisible());
  // The only errors are the abort itself.
  assert.ok(errors.length > 0 && errors.every((e) => /abort|memory|Aborted/i.test(e)), errors.join('\n'));
  errors.length = 0;
  await page.reload();
  await page.evaluate(() => window.isnad.ready);
  const titles = (await state(page)).articles.map((a) => a.title);
  assert.ok(titles.includes('saved before'), 'the saved article was lost');
  assert.ok(!titles.includes('too big for what is left') && !titles.includes('no room'), 'the article that broke the app was stored');
  await alive(page);
  assert.equal(await message(page).then((t) => /توقف إسناد/.test(t)), false);
  assert.deepEqual(errors, []);
});
