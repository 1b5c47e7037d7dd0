// Hostile input through the page (issue 8): articles added by the reader through the add dialog
// (pasted or as a file) and share links from strangers. Whatever comes in, the page keeps working:
// window.isnad.state() answers, frames are still drawn, no page error, nothing from the input runs
// as script, and the reader is told when something was wrong.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, openPage, state, settle, SHOTS } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const A = 'قال المسؤول إن 2500 جندي سيغادرون بغداد بحلول سبتمبر 2025.';
const SCRIPT = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';

async function click(page, r) { await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2); }

// Adds one article through the dialog (text pasted, or bytes as a .txt file) and waits until it is listed.
async function add(page, { text, bytes, title, outlet }) {
  const before = (await state(page)).articles.length;
  await click(page, (await state(page)).ui.add_button);
  await page.locator('#add-dialog').waitFor({ state: 'visible' });
  if (bytes) await page.setInputFiles('#add-form input[name=file]', { name: 'hostile.txt', mimeType: 'text/plain', buffer: bytes });
  else await page.fill('#add-form textarea[name=text]', text);
  if (title) await page.fill('#add-form input[name=title]', title);
  if (outlet) await page.fill('#add-form input[name=outlet]', outlet);
  await page.click('#add-submit');
  await page.waitForFunction((n) => window.isnad.state().articles.length === n + 1, before, { timeout: 30000 });
  await page.locator('#add-dialog').waitFor({ state: 'hidden' });  // closed once stored: till then the canvas is inert
  return (await state(page)).articles[before];
}

// The page still answers and still draws (settle moves the mouse to (2, 2): start elsewhere).
async function alive(page) {
  await page.mouse.move(40, 40);
  const s = await state(page);
  assert.ok(Array.isArray(s.articles) && s.articles.length >= 5);
  await settle(page);
  assert.ok((await state(page)).frames_drawn > s.frames_drawn);
}

const message = (page) => page.locator('#message').textContent();

test('hostile articles are added, shown and analysed; the page keeps working', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  const scripts = await page.evaluate(() => document.scripts.length);

  const bad = await add(page, { bytes: Buffer.concat([Buffer.from(A), Buffer.from([0xff, 0xfe, 0xc0, 0xaf]), Buffer.from(A)]) });
  assert.equal(bad.replaced_bytes, 4);
  assert.match(await message(page), /invalid UTF-8/);
  await alive(page);

  // Trojan Source: overrides, isolates and unbalanced controls in the text.
  await add(page, { text: `\u202e${A}\u202c \u202dabc\u202c \u2067${A}\u2069 \u2066x \u202b\u202b\u202b${A}\u2069\u2069` });
  await alive(page);

  // Markup in the title, the outlet and the text is text: shown as written, never run.
  const marked = await add(page, { text: `${SCRIPT} javascript:alert(1) ${A}`, title: SCRIPT, outlet: `javascript:alert(1)${SCRIPT}` });
  assert.equal(marked.title, SCRIPT);
  assert.equal(marked.outlet, `javascript:alert(1)${SCRIPT}`);
  await alive(page);

  await add(page, { text: 'ب' + '\u064e'.repeat(50) + ' ' + A });
  await alive(page);

  // A 100,000-character line with no spaces: laid out and analysed without freezing the page.
  const t0 = Date.now();
  await add(page, { text: 'ب'.repeat(100000) });
  await alive(page);
  assert.ok(Date.now() - t0 < 20000, `the long line took ${Date.now() - t0} ms`);

  await page.screenshot({ path: path.join(SHOTS, 'hostile-articles.png') });
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'markup from an article ran');
  assert.equal(await page.evaluate(() => document.scripts.length), scripts);
  assert.equal(await page.locator('img[src=x]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('hostile share links get a message; the page keeps working', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  const links = [
    'a=' + 'x'.repeat(2_000_000),                                  // huge: far over the 64 KB a fragment may have
    'a=000_64500c877a054f3f.txt&q=' + 'a'.repeat(70000),           // just over the limit
    'a=000_64500c877a054f3f.txt&q=-5--1:,%D8%A7,',                 // negative offsets
    'a=000_64500c877a054f3f.txt&q=999999999-9999999999:,x,',       // out of range
    'a=%%%ZZ%E2%80&q=%C0%AF%FF',                                   // percent-encoding garbage
  ];
  for (const fragment of links) {
    await page.evaluate(() => { document.getElementById('message').textContent = ''; });
    await page.evaluate((f) => { location.hash = f; }, fragment);
    await page.waitForFunction(() => document.getElementById('message').textContent !== '', null, { timeout: 10000 });
    await alive(page);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
