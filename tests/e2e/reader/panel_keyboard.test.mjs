// The side panel without a mouse: F2 gives it the keyboard, ↑ ↓ Tab Shift+Tab Home End move between
// its items (a ring, scrolled into view), ← → between its tabs (right to left in Arabic), Enter
// does what a click does (open an article, follow a cluster, walk an entity, show a dated claim),
// Esc gives the keyboard back to the article (Tab moves between highlights again).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, state } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const until = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 10000 });
const focusItem = (page, n) => until(page, (k) => window.isnad.state().panel_focus?.item === k && window.isnad.state().panel_focus.rect, n);
async function press(page, key, times = 1) { for (let i = 0; i < times; ++i) await page.keyboard.press(key); }

test('the side panel is reachable and usable by keyboard only', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url, { width: 1280, height: 720 });
  await until(page, () => window.isnad.state().frames_drawn > 2);
  let s = await state(page);
  assert.equal(s.panel_focus, null, 'the panel does not have the keyboard at first');
  assert.equal(s.panel, 'articles');

  // F2: the panel has the keyboard, its first item (the add button) ringed.
  await press(page, 'F2');
  await focusItem(page, 0);
  s = await state(page);
  const add = s.ui.add_button;
  assert.ok(Math.abs(s.panel_focus.rect.x - add.x) < 2 && Math.abs(s.panel_focus.rect.y - add.y) < 2, 'the add button is ringed');
  // Three buttons, then the articles: down five times is the third article; Enter opens it.
  await press(page, 'ArrowDown', 5);
  await focusItem(page, 5);
  s = await state(page);
  const row = s.ui.article_list[2];
  assert.ok(Math.abs(s.panel_focus.rect.y - row.y) < 2, 'the third article is ringed');
  assert.equal(s.open, 0);
  await press(page, 'Enter');
  await until(page, () => window.isnad.state().open === 2);
  // Shift+Tab and Tab move too; Shift+Tab from the first item wraps to the last.
  await press(page, 'Shift+Tab');
  await focusItem(page, 4);
  await press(page, 'Home');
  await focusItem(page, 0);
  await press(page, 'Shift+Tab');
  s = await state(page);
  await focusItem(page, s.articles.length + 2);

  // ← is the next tab in Arabic (the tabs run right to left), → the previous one.
  await press(page, 'ArrowLeft');
  await until(page, () => window.isnad.state().panel === 'sources');
  await press(page, 'ArrowRight');
  await until(page, () => window.isnad.state().panel === 'articles');
  await press(page, 'ArrowLeft', 2);
  await until(page, () => window.isnad.state().panel === 'claims');
  // The claims: five filters, the sort order, then the rows. Enter on a filter filters.
  await focusItem(page, 0);
  await press(page, 'Tab');
  await focusItem(page, 1);
  await press(page, 'Enter');
  await until(page, () => window.isnad.state().claim_filter === 1);   // disagree
  await press(page, 'Shift+Tab');
  await press(page, 'Enter');
  await until(page, () => window.isnad.state().claim_filter === 0);   // all again
  // The first row: a cluster member; Enter follows it into two panes.
  await press(page, 'Tab', 6);
  await focusItem(page, 6);
  s = await state(page);
  assert.match(s.ui.panel_row_ids[0], /^cluster:/);
  assert.ok(Math.abs(s.panel_focus.rect.y - s.ui.panel_rows[0].y) < 2, 'the first claim row is ringed');
  await press(page, 'Enter');
  await until(page, () => window.isnad.state().panes.length === 2);
  // End: the last row, scrolled into view inside the window.
  await press(page, 'End');
  s = await state(page);
  await focusItem(page, s.panel_focus.count - 1);
  s = await state(page);
  assert.ok(s.panel_focus.rect.y + s.panel_focus.rect.h <= 720 + 1, 'the last row was scrolled into view');
  await press(page, 'Escape');   // leaves the panel, the second pane stays
  await until(page, () => window.isnad.state().panel_focus === null);
  await press(page, 'Escape');
  await until(page, () => window.isnad.state().panes.length === 1);

  // Entities: Enter walks the mentions of the focused entity.
  await press(page, 'F2');
  await press(page, 'ArrowLeft');
  await until(page, () => window.isnad.state().panel === 'entities');
  await press(page, 'ArrowDown');
  await focusItem(page, 1);
  await press(page, 'Enter');
  await until(page, () => window.isnad.state().spot !== null);
  const first = (await state(page)).spot;
  await press(page, 'Enter');
  await until(page, (f) => { const p = window.isnad.state().spot; return p && (p.start !== f.start || p.article !== f.article); }, first);

  // Timeline: Enter on a dated claim marks it in its article.
  await press(page, 'ArrowLeft');
  await until(page, () => window.isnad.state().panel === 'timeline');
  await press(page, 'End');
  s = await state(page);
  await focusItem(page, s.panel_focus.count - 1);
  await press(page, 'Enter');
  // The last dated claim (the rows follow the panel's data in order) is marked in its article.
  await until(page, () => {
    const t = window.isnad.state(), list = t.panel_data.timeline, d = list[list.length - 1];
    return t.spot && t.spot.article === d.article && t.open === d.article && t.spot.start === d.start;
  });

  // F2 gives the keyboard back: Tab moves between the article's highlights again.
  await press(page, 'F2');
  await until(page, () => window.isnad.state().panel_focus === null);
  await press(page, 'Tab');
  await until(page, () => window.isnad.state().focus?.anchor === 0);
  assert.deepEqual(errors, []);
  await context.close();
});
