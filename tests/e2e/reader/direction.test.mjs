// The interface follows its language's direction: in Arabic the side panel is on the right, the
// tabs, legend and filters run from the right, the first of two panes is the right one; in English
// all of it mirrors (panel on the left, everything from the left). The article text stays right to
// left in both: its lines end at the pane's right edge, and the text layer keeps dir="rtl".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, openPage, state, settle, SHOTS } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const W = 1280;

function layout(s) {
  const pane = s.panes[0].rect, tabs = s.ui.panel_tabs, legend = s.ui.legend;
  const panelX = Math.min(...tabs.map((t) => t.x));
  // The article's first lines: the right edge of their highlights.
  const top = s.highlights.filter((h) => h.rect && h.rect.y < pane.y + 250);
  return {
    pane, panelX,
    panelLeftOfPane: panelX + 10 < pane.x,
    tabsRunRight: tabs[1].x > tabs[0].x,
    legendRunsRight: legend[1].x > legend[0].x,
    buttonsRightOfLegend: s.ui.copy_link.x > legend[0].x,
    textRight: Math.max(...top.map((h) => h.rect.x + h.rect.w)),
  };
}

test('English mirrors the interface; the article stays right to left', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url, { width: W, height: 800 });
  await settle(page);
  const ar = layout(await state(page));
  await page.screenshot({ path: path.join(SHOTS, 'direction-ar.png') });
  assert.equal(ar.panelLeftOfPane, false, 'Arabic: the side panel is right of the article');
  assert.ok(ar.pane.x < 5, 'Arabic: the article pane starts at the left edge');
  assert.equal(ar.tabsRunRight, false, 'Arabic: tabs from the right');
  assert.equal(ar.legendRunsRight, false, 'Arabic: the legend from the right');
  assert.equal(ar.buttonsRightOfLegend, false, 'Arabic: the buttons left of the legend');

  await page.evaluate(() => window.isnad.setLanguage('en'));
  await page.waitForFunction(() => window.isnad.state().lang === 'en');
  await settle(page);
  let s = await state(page);
  const en = layout(s);
  await page.screenshot({ path: path.join(SHOTS, 'direction-en.png') });
  assert.equal(en.panelLeftOfPane, true, 'English: the side panel is left of the article');
  assert.ok(en.panelX < 20, 'English: the panel starts at the left edge');
  assert.ok(Math.abs(en.pane.x + en.pane.w - W) < 2, 'English: the article pane reaches the right edge');
  assert.equal(en.tabsRunRight, true, 'English: tabs from the left');
  assert.equal(en.legendRunsRight, true, 'English: the legend from the left');
  assert.equal(en.buttonsRightOfLegend, true, 'English: the buttons right of the legend');
  // The article text still ends its lines at the pane's right edge (right to left), in both.
  for (const [name, l] of [['Arabic', ar], ['English', en]]) {
    const gap = l.pane.x + l.pane.w - l.textRight;
    assert.ok(gap > 0 && gap < 100, `${name}: the article's lines end near the pane's right edge (${gap}px)`);
  }
  assert.equal(await page.locator('#textlayer [lang="ar"][dir="rtl"]').count() > 0, true,
    'the text layer is still Arabic, right to left');
  // The claims filters run from the left in English.
  await page.evaluate(() => window.isnad.showPanel('claims'));
  await page.waitForFunction(() => window.isnad.state().ui.claim_filters.length === 5);
  s = await state(page);
  assert.ok(s.ui.claim_filters[1].x > s.ui.claim_filters[0].x, 'English: filters from the left');

  // Two panes: the first (the one read first) is the left one in English, the right one in Arabic.
  const claim = s.claims.findIndex((c) => c.cluster >= 0);
  assert.ok(claim >= 0);
  await page.evaluate((c) => window.isnad.openXref({ article: 0, claim: c }), claim);
  await page.waitForFunction(() => window.isnad.state().panes.length === 2);
  await settle(page);
  s = await state(page);
  assert.ok(s.panes[0].rect.x < s.panes[1].rect.x, 'English: the first pane on the left');
  assert.ok(s.ui.xref_next.x > s.ui.xref_prev.x, 'English: "next" is on the right');
  await page.evaluate(() => window.isnad.setLanguage('ar'));
  await page.waitForFunction(() => window.isnad.state().lang === 'ar');
  await settle(page);
  s = await state(page);
  assert.ok(s.panes[0].rect.x > s.panes[1].rect.x, 'Arabic: the first pane on the right');
  assert.ok(s.ui.xref_next.x < s.ui.xref_prev.x, 'Arabic: "next" is on the left');
  assert.deepEqual(errors, []);
  await context.close();
});
