// tests/e2e/hostile/page.mjs — helpers shared by the page's hostile-input tests (issue 8): adding an
// article through the add dialog, importing a library file, checking that the page is still alive
// and that its DOM text layer says what the canvas shows.
import assert from 'node:assert/strict';
import { state, settle, analysed } from '../browser.mjs';

export const A = 'قال المسؤول إن 2500 جندي سيغادرون بغداد بحلول سبتمبر 2025.';
export const SCRIPT = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
// The 12 bidi controls the layout draws as U+25CC (core/layout/visible_controls.cpp).
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
export const visible = (s) => s.replace(BIDI_CONTROLS, '\u25CC');

export async function click(page, r) { await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2); }
export const message = (page) => page.locator('#message').textContent();
export async function clearMessage(page) {
  await page.evaluate(() => { document.getElementById('message').textContent = ''; });
}
export const count = async (page) => (await state(page)).articles.length;

// Opens the add dialog and submits text (pasted) or bytes (as a .txt file) with optional fields.
export async function submit(page, { text, bytes, title, outlet, url }) {
  await click(page, (await state(page)).ui.add_button);
  await page.locator('#add-dialog').waitFor({ state: 'visible' });
  if (bytes) await page.setInputFiles('#add-form input[name=file]', { name: 'hostile.txt', mimeType: 'text/plain', buffer: bytes });
  else await page.fill('#add-form textarea[name=text]', text);
  if (title) await page.fill('#add-form input[name=title]', title);
  if (outlet) await page.fill('#add-form input[name=outlet]', outlet);
  if (url) await page.fill('#add-form input[name=url]', url);
  // Clicked from inside the page: a big article keeps the page busy for seconds after the click,
  // and the click returns before that work begins.
  await page.evaluate(() => document.getElementById('add-submit').click());
}

// Adds one article and waits until it is listed and the dialog has closed; returns its entry.
export async function add(page, what, timeout = 60000) {
  const n = await count(page);
  await submit(page, what);
  await page.waitForFunction((k) => window.isnad.state().articles.length === k + 1, n, { timeout, polling: 250 });
  await page.locator('#add-dialog').waitFor({ state: 'hidden', timeout });
  await analysed(page, timeout);   // the worker's answer: highlights and analysed_chars
  const s = await state(page);
  assert.equal(s.open, n, 'the added article is open');
  return s.articles[n];
}

// Imports a library file through the page's import input; returns the message it ends with.
export async function importFile(page, buffer) {
  await clearMessage(page);
  await page.setInputFiles('#import-file', { name: 'library.json', mimeType: 'application/json', buffer });
  await page.waitForFunction(() => document.getElementById('message').textContent !== '', null, { timeout: 30000 });
  return message(page);
}

// The page still answers and still draws, and another article still opens (then `back` again).
export async function alive(page, back = null) {
  await page.mouse.move(40, 40);
  const s = await state(page);
  assert.ok(Array.isArray(s.articles) && s.articles.length >= 5);
  await settle(page);
  assert.ok((await state(page)).frames_drawn > s.frames_drawn, 'frames are still drawn');
  const other = back === 0 ? 1 : 0;
  assert.equal((await page.evaluate((i) => window.isnad.openArticle(i), other)).ok, true);
  assert.equal((await state(page)).open, other);
  if (back !== null) {
    assert.equal((await page.evaluate((i) => window.isnad.openArticle(i), back)).ok, true);
    await settle(page);
    assert.equal((await state(page)).open, back);
  }
}

// The text layer of the open article: no raw bidi control anywhere in it, and its <mark>s are, in
// order, highlights of the analysis with the same kind and text (so the code-point offsets the
// layer used are the analysis's). Returns the layer's text.
export async function checkTextLayer(page, { limit = 300 } = {}) {
  const layer = await page.evaluate((n) => {
    const l = document.getElementById('textlayer');
    const marks = [...l.querySelectorAll('mark')].slice(0, n).map((m) => ({ type: m.dataset.type, text: m.textContent }));
    return { text: l.textContent, label: l.getAttribute('aria-label') || '', marks };
  }, limit);
  assert.doesNotMatch(layer.text, BIDI_CONTROLS, 'a raw bidi control reached the text layer');
  assert.doesNotMatch(layer.label, BIDI_CONTROLS, 'a raw bidi control reached the layer\'s label');
  const hs = (await state(page)).highlights.slice().sort((a, b) => a.start - b.start);
  let j = 0;
  for (const m of layer.marks) {
    while (j < hs.length && !(hs[j].type === m.type && visible(hs[j].text) === m.text)) ++j;
    assert.ok(j < hs.length, `the text layer marks "${m.text}" (${m.type}), which no highlight has in that order`);
    ++j;
  }
  return layer.text;
}
