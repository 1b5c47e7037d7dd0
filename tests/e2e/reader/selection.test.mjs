// Selecting text on the canvas: drag, double-click a word, triple-click a paragraph, Ctrl+A, and
// Ctrl+C puts the logical (not visual) text on the clipboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openPage, state, settle, ROOT } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const article = fs.readFileSync(path.join(ROOT, 'web/corpus/000_64500c877a054f3f.txt'), 'utf8');
const paragraphs = article.split('\n').filter((p) => p.trim());

test('drag, double-click, triple-click, Ctrl+A and Ctrl+C', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url,
    { width: 1200, height: 800, permissions: ['clipboard-read', 'clipboard-write'] });
  await settle(page);
  // The first line's middle (below the toolbar and the article's header).
  const lines = (await state(page)).lines;
  const Y = Math.round(lines[0].y + (lines[1].y - lines[0].y) / 2);

  // A drag across the first line, right to left (the reading direction).
  await page.mouse.move(780, Y - 2);
  await page.mouse.down();
  for (let x = 780; x >= 300; x -= 40) await page.mouse.move(x, Y);
  await page.mouse.up();
  await page.waitForFunction(() => window.isnad.state().selection !== null);
  let sel = (await state(page)).selection;
  assert.ok(sel.end - sel.start > 10, `a drag selects text (${sel.start}-${sel.end})`);
  assert.equal(sel.text, Array.from(article).slice(sel.start, sel.end).join(''), 'the selection is the logical text at its offsets');
  assert.ok(paragraphs[0].includes(sel.text));

  // Double-click: one word.
  await page.mouse.dblclick(600, Y);
  await page.waitForFunction((prev) => { const s = window.isnad.state().selection; return s && s.text !== prev; }, sel.text);
  sel = (await state(page)).selection;
  assert.match(sel.text, /^[\u0600-\u06FF]+$/, `a double-click selects one word ("${sel.text}")`);

  // Triple-click: the paragraph (after a pause, so it does not continue the double-click).
  await page.waitForTimeout(700);
  await page.mouse.click(600, Y, { clickCount: 3, delay: 20 });
  await page.waitForFunction((p) => window.isnad.state().selection?.text === p, paragraphs[0]);

  // Ctrl+A, then Ctrl+C: the whole article, in logical order, on the clipboard.
  await page.keyboard.press('Control+a');
  await page.waitForFunction((n) => window.isnad.state().selection?.end === n, Array.from(article).length);
  await page.keyboard.press('Control+c');
  await page.waitForFunction(async (t) => (await navigator.clipboard.readText()) === t, article);
  assert.deepEqual(errors, []);
  await context.close();
});
