// Without a mouse: Tab / Shift+Tab move between highlights (a ring, and the card opens), Enter
// follows the card's first cross-reference, Esc closes the card and then the second pane; with a
// finger: a one-finger drag scrolls the article and selects nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, state, settle } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('Tab between highlights, Enter follows a cross-reference, Esc closes', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => { const s = window.isnad.state(); return s.focus?.rect && s.card; }, null, { timeout: 10000 }).catch(() => {});
  let s = await state(page);
  assert.equal(s.focus.anchor, 0, 'Tab focuses the first highlight');
  assert.ok(s.card, 'its card is open');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.isnad.state().focus?.anchor === 2);
  await page.keyboard.press('Shift+Tab');
  await page.waitForFunction(() => window.isnad.state().focus?.anchor === 1);
  // Tab on to a highlight whose claim other sources report, then Enter follows it.
  s = await state(page);
  const hl = s.highlights;
  const target = hl.findIndex((h, i) => i > 1 && s.claims.some((c) => c.cluster >= 0 && c.start <= h.start && h.start < c.end));
  assert.ok(target > 1, 'a highlight in a clustered claim');
  for (let i = 1; i < target; ++i) await page.keyboard.press('Tab');
  await page.waitForFunction((t) => window.isnad.state().focus?.anchor === t && window.isnad.state().card?.links?.length > 0, target);
  s = await state(page);
  const r = s.focus.rect, pane = s.panes[0].rect;
  assert.ok(r.y >= pane.y && r.y + r.h <= pane.y + pane.h, 'the focused highlight was scrolled into view');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.isnad.state().panes.length === 2);
  await settle(page);
  s = await state(page);
  assert.ok(s.xref.rects[0] && s.xref.rects[1], 'both passages on screen');
  // Esc: the card is already closed, so the second pane closes.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.isnad.state().panes.length === 1);
  // A card opened by Tab closes with Esc.
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.isnad.state().card !== null);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.isnad.state().card === null && window.isnad.state().focus === null);
  // Arrows, End and Home scroll.
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => window.isnad.state().scroll > 0);
  await page.keyboard.press('End');
  await page.waitForFunction(() => window.isnad.state().scroll > 500);
  await page.keyboard.press('Home');
  await page.waitForFunction(() => window.isnad.state().scroll === 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a one-finger drag scrolls the article pane and selects nothing', async () => {
  const context = await env.browser.newContext({ viewport: { width: 900, height: 700 }, hasTouch: true, isMobile: false });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.url);
  await page.evaluate(() => window.isnad.ready);
  await settle(page);
  const cdp = await context.newCDPSession(page);
  const touch = (type, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: 300, y }] });
  await touch('touchStart', 600);
  for (let y = 580; y >= 300; y -= 20) { await touch('touchMove', y); await page.waitForTimeout(16); }
  await touch('touchEnd', 300);
  await page.waitForFunction(() => window.isnad.state().scroll > 150);
  const s = await state(page);
  assert.ok(s.scroll < 400, `the pane followed the finger (${s.scroll}px for a 300px drag)`);
  assert.equal(s.selection, null, 'the drag selected no text');
  assert.deepEqual(errors, []);
  await context.close();
});
