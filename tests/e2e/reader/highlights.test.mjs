// Highlights: the analysis runs in the page; every kind of checkable content is highlighted across
// the sample articles; the legend hides and shows a kind; hovering a highlight opens its card.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, openPage, state, settle, SHOTS } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const TYPES = ['number', 'quantity', 'date', 'duration', 'person', 'place', 'organization', 'quote', 'attribution'];

test('every type is highlighted across the sample articles, with rectangles on screen', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  const seen = new Set();
  const n = (await state(page)).articles.length;
  for (let i = 0; i < n; ++i) {
    const r = (await state(page)).ui.article_list[i];
    await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
    await page.waitForFunction((k) => window.isnad.state().open === k, i);
    await settle(page);
    const s = await state(page);
    for (const h of s.highlights) seen.add(h.type);
    assert.ok(s.highlights.some((h) => h.rect && h.rect.w > 0), `article ${i} has highlights drawn on screen`);
  }
  assert.deepEqual(TYPES.filter((t) => !seen.has(t)), [], 'no type is missing');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the legend toggles a kind; hovering a highlight opens its card', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  let s = await state(page);
  const place = s.highlights.find((h) => h.type === 'place' && h.rect);
  assert.ok(place);
  await page.mouse.move(place.rect.x + place.rect.w / 2, place.rect.y + place.rect.h / 2);
  await page.waitForFunction(() => window.isnad.state().hover !== null);
  s = await state(page);
  assert.equal(s.hover.type, 'place');
  assert.equal(s.hover.start, place.start);
  await page.screenshot({ path: path.join(SHOTS, 'hover-card.png') });
  // The legend's fourth chip (from the right) is places.
  const chip = s.ui.legend[3];
  await page.mouse.click(chip.x + chip.w / 2, chip.y + chip.h / 2);
  await page.waitForFunction(() => window.isnad.state().highlights.filter((h) => h.type === 'place').every((h) => !h.shown));
  await page.mouse.click(chip.x + chip.w / 2, chip.y + chip.h / 2);
  await page.waitForFunction(() => window.isnad.state().highlights.filter((h) => h.type === 'place').every((h) => h.shown));
  assert.deepEqual(errors, []);
  await context.close();
});
