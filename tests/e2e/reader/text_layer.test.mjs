// The DOM text layer: the accessibility tree holds the open article in reading order, and when the
// browser scrolls the layer (as its find does) the canvas follows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openPage, state, settle, ROOT } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const paragraphs = (file) => fs.readFileSync(path.join(ROOT, 'web/corpus', file), 'utf8').split(/\n+/).map((p) => p.trim()).filter(Boolean);

test('the accessibility tree holds the open article, in Arabic, right to left', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  const article = page.locator('#textlayer article');
  assert.equal(await article.getAttribute('lang'), 'ar');
  assert.equal(await article.getAttribute('dir'), 'rtl');
  // The tree's paragraphs, their text and marked pieces joined in order (spaces at the joins are
  // trimmed by the snapshot, so they are compared without white space).
  const tree = await article.ariaSnapshot();
  const treeParas = tree.split(/\n\s*- paragraph:/).slice(1)
    .map((block) => block.split('\n').map((l, i) => (i === 0 ? l : l.match(/^\s*- (?:text|mark): (.*)$/)?.[1] ?? '')).join(''));
  const bare = (t) => t.replace(/\s+/g, '').replace(/^"|"$/g, '');
  const paras = paragraphs((await state(page)).open_file);
  assert.equal(treeParas.length, paras.length, 'one paragraph in the tree per paragraph of the article');
  for (const i of [0, paras.length - 1])
    assert.equal(bare(treeParas[i]).replace(/"/g, ''), bare(paras[i]).replace(/"/g, ''), `the tree reads paragraph ${i} whole, in order`);
  assert.ok(/- mark: /.test(tree), 'highlights are marked in the tree');
  // Opening another article replaces the layer's text.
  const r = (await state(page)).ui.article_list[4];
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await page.waitForFunction(() => window.isnad.state().open === 4);
  const other = paragraphs('004_1c7ff8d2bbfb2544.txt');
  await page.waitForFunction((t) => document.querySelector('#textlayer article').textContent.includes(t), other[0].slice(0, 40));
  assert.deepEqual(errors, []);
  await context.close();
});

test('scrolling the text layer to a paragraph (as find does) scrolls the canvas there', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url, { width: 1000, height: 500 });
  await settle(page);
  const top = await page.evaluate(() => {
    const ps = document.querySelectorAll('#textlayer p');
    const p = ps[ps.length - 2];
    p.scrollIntoView({ block: 'start' });
    return parseFloat(p.style.top);
  });
  await page.waitForFunction(() => window.isnad.state().scroll > 0);
  const layerTop = await page.evaluate(() => document.getElementById('textlayer').scrollTop);
  assert.ok(layerTop > 0 && layerTop <= top + 1, `the layer scrolled towards the paragraph at ${top} (to ${layerTop})`);
  await page.waitForFunction((y) => Math.abs(window.isnad.state().scroll - y) < 2, layerTop);
  // And the other way: scrolling the canvas moves the layer with it.
  await page.mouse.move(300, 250);
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.getElementById('textlayer').scrollTop === 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the layer marks the highlights as spans with their kind, and keeps the paragraph text whole', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  const s = await state(page);
  const marks = await page.$$eval('#textlayer mark', (ms) => ms.map((m) => ({ type: m.dataset.type, text: m.textContent, label: m.getAttribute('aria-description') })));
  const types = new Set(marks.map((m) => m.type));
  for (const t of ['quantity', 'date', 'place', 'organization', 'person', 'quote']) assert.ok(types.has(t), `a ${t} is marked`);
  // Each mark is the text of a highlight of that kind.
  for (const m of marks) assert.ok(s.highlights.some((h) => h.type === m.type && h.text === m.text), `"${m.text}" is a ${m.type}`);
  assert.ok(marks.every((m) => m.label && m.label.length > 0));
  const paras = paragraphs(s.open_file);
  const layer = await page.$$eval('#textlayer p', (ps) => ps.map((p) => p.textContent));
  assert.deepEqual(layer, paras, 'the paragraphs read the same with their marks');
  assert.deepEqual(errors, []);
  await context.close();
});
