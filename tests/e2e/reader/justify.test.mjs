// The reader chooses ragged (start-aligned: flush right in Arabic) or justified article text, with
// the toolbar's toggle; the choice is reported by state(), kept across a reload, and changes the
// lines: ragged, the lines of a paragraph end at different left edges; justified, every line but
// the last fills the measure, so their left edges agree; the right edges agree in both.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, openPage, state, settle, SHOTS } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

// The non-last lines of every paragraph of 3 lines or more on screen.
function inner(lines) {
  const by = new Map();
  for (const l of lines) { if (!by.has(l.paragraph)) by.set(l.paragraph, []); by.get(l.paragraph).push(l); }
  return [...by.values()].filter((ls) => ls.length >= 3).map((ls) => ls.slice(0, -1));
}
const spread = (xs) => Math.max(...xs) - Math.min(...xs);

test('ragged or justified text: a toolbar toggle, remembered, and the lines follow it', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url, { width: 1280, height: 900 });
  await settle(page);
  let s = await state(page);
  assert.equal(s.justify, false, 'ragged by default');
  const ragged = inner(s.lines);
  assert.ok(ragged.length > 0, 'a paragraph of three lines or more is on screen');
  const raggedLeft = Math.max(...ragged.map((ls) => spread(ls.map((l) => l.left))));
  const raggedRight = Math.max(...ragged.map((ls) => spread(ls.map((l) => l.right))));
  assert.ok(raggedLeft > 8, `ragged: the left edges differ (${raggedLeft}px)`);
  assert.ok(raggedRight < 2, `ragged: flush right (${raggedRight}px)`);

  const b = s.ui.justify_button;
  await page.mouse.click(b.x + b.w / 2, b.y + b.h / 2);
  await page.waitForFunction(() => window.isnad.state().justify === true);
  await settle(page);
  s = await state(page);
  await page.screenshot({ path: path.join(SHOTS, 'justified.png') });
  const just = inner(s.lines);
  assert.ok(just.length > 0);
  for (const ls of just) {
    assert.ok(spread(ls.map((l) => l.left)) < 2, `justified: the left edges agree (${ls.map((l) => l.left.toFixed(1))})`);
    assert.ok(spread(ls.map((l) => l.right)) < 2, 'justified: the right edges agree');
  }
  assert.ok(Math.abs(Math.min(...just.flat().map((l) => l.left)) - Math.min(...ragged.flat().map((l) => l.left))) < 3,
    'justified lines reach the measure\'s left edge');

  await page.reload();
  await page.evaluate(() => window.isnad.ready);
  await settle(page);
  assert.equal((await state(page)).justify, true, 'remembered across a reload');
  assert.equal((await page.evaluate(() => window.isnad.setJustify(false))).ok, true);
  await page.waitForFunction(() => window.isnad.state().justify === false);
  assert.deepEqual(errors, []);
  await context.close();
});
