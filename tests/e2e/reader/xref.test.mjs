// Cross-references: a clustered claim's card lists its other sources; following one opens that
// article beside the first (two panes), scrolled to the passage, both passages marked on screen;
// next / previous walk the cluster source by source; close returns to one pane.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, state, settle } from '../browser.mjs';
import { shoot } from '../screenshots.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const inside = (r, box) => r && r.w > 0 && r.x >= box.x - 1 && r.y >= box.y - 1 && r.x + r.w <= box.x + box.w + 1 && r.y + r.h <= box.y + box.h + 1;

// Both passages are marked and on screen, each in its own pane.
function assertBothShown(s) {
  assert.equal(s.panes.length, 2, 'two panes');
  assert.ok(s.xref, 'a cross-reference is open');
  assert.equal(s.panes[0].article, s.xref.from.article);
  assert.equal(s.panes[1].article, s.xref.to.article);
  assert.ok(inside(s.xref.rects[0], s.panes[0].rect), `the first passage is on screen in the first pane (${JSON.stringify(s.xref.rects[0])})`);
  assert.ok(inside(s.xref.rects[1], s.panes[1].rect), `the other passage is on screen in the second pane (${JSON.stringify(s.xref.rects[1])})`);
}

test('the hover card lists the other sources; a click pins it; following a source shows both passages', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  let s = await state(page);
  // A highlight on screen inside a claim another article also reports.
  const clustered = s.claims.filter((c) => c.cluster >= 0);
  assert.ok(clustered.length > 0, 'the first article has claims other sources report');
  const h = s.highlights.find((x) => x.rect && x.type !== 'attribution' && clustered.some((c) => c.start <= x.start && x.start < c.end)
    && x.rect.y > 120 && x.rect.y < 700);
  assert.ok(h, 'such a claim has a highlight on screen');
  await page.mouse.move(h.rect.x + h.rect.w / 2, h.rect.y + h.rect.h / 2);
  await page.waitForFunction(() => window.isnad.state().hover?.also?.length > 0);
  s = await state(page);
  const also = s.hover.also;
  assert.ok(also.every((a) => a.article !== 0 && a.outlet && ['agree', 'disagree', 'partial'].includes(a.relation)));
  await page.waitForTimeout(150);
  await shoot(page, 'hover-card', { settle: false });
  // A click pins the card; its first link opens the other source beside this article.
  await page.mouse.click(h.rect.x + h.rect.w / 2, h.rect.y + h.rect.h / 2);
  await page.waitForFunction(() => window.isnad.state().card?.links?.length > 0);
  s = await state(page);
  assert.equal(s.card.links.length, also.length, 'the pinned card links every other source');
  await shoot(page, 'card-pinned');
  const link = s.card.links[0];
  await page.mouse.click(link.x + link.w / 2, link.y + link.h / 2);
  await page.waitForFunction(() => window.isnad.state().panes.length === 2);
  await settle(page);
  s = await state(page);
  assert.equal(s.xref.to.article, also[0].article, 'the second pane shows the source that was followed');
  assert.equal(s.xref.from.article, 0);
  assertBothShown(s);
  assert.equal(s.card, null, 'the card closed');
  await shoot(page, 'two-panes');
  assert.deepEqual(errors, []);
  await context.close();
});

test('openXref from the API; next / previous walk the cluster; close returns to one pane', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  let s = await state(page);
  // The biggest cluster with a claim in the first article.
  const k = s.clusters.map((c, i) => ({ ...c, i })).filter((c) => c.claims.some((m) => m.article === 0))
    .sort((a, b) => b.claims.length - a.claims.length)[0];
  assert.ok(k && k.claims.length >= 3, 'a cluster with three sources or more');
  const claim = k.claims.find((m) => m.article === 0).claim;
  const r = await page.evaluate((c) => window.isnad.openXref({ article: 0, claim: c }), claim);
  assert.equal(r.ok, true);
  await settle(page);
  s = await state(page);
  assertBothShown(s);
  // the claim's own cluster: the biggest it is in (clusters overlap)
  assert.ok(s.clusters[s.xref.cluster].claims.some((m) => m.article === 0 && m.claim === claim));
  assert.ok(s.clusters[s.xref.cluster].claims.length >= k.claims.length);
  // Next source: the button in the second pane's header.
  const seen = new Set([`${s.xref.to.article}:${s.xref.to.claim}`]);
  for (let i = 0; i < 2; ++i) {
    const before = s.xref.to.member;
    const b = s.ui.xref_next;
    await page.mouse.click(b.x + b.w / 2, b.y + b.h / 2);
    await page.waitForFunction((m) => window.isnad.state().xref?.to.member !== m, before);
    await settle(page);
    s = await state(page);
    assert.notEqual(s.xref.to.member, s.xref.from.member, 'the walk skips the passage in the first pane');
    seen.add(`${s.xref.to.article}:${s.xref.to.claim}`);
    assertBothShown(s);
  }
  assert.equal(seen.size, 3, 'three different sources were shown');
  // Previous goes back.
  const now = s.xref.to.member;
  await page.evaluate(() => window.isnad.xrefStep(-1));
  await page.evaluate(() => window.isnad.xrefStep(1));
  assert.equal((await state(page)).xref.to.member, now);
  // Close: one pane again.
  const c = s.ui.xref_close;
  await page.mouse.click(c.x + c.w / 2, c.y + c.h / 2);
  await page.waitForFunction(() => window.isnad.state().panes.length === 1 && window.isnad.state().xref === null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a card gives a highlight\'s value as words, not JSON, in each interface language', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  for (const lang of ['ar', 'en']) {
    await page.evaluate((l) => window.isnad.setLanguage(l), lang);
    await settle(page);
    const s = await state(page);
    for (const type of ['date', 'quantity', 'duration']) {
      // the widest highlight of the type on screen (a short one may sit inside a longer anchor)
      const h = s.highlights.filter((x) => x.rect && x.type === type && x.rect.y > 80 && x.rect.y < 700).sort((p, q) => q.rect.w - p.rect.w)[0];
      assert.ok(h, `a ${type} on screen`);
      await page.mouse.move(h.rect.x + h.rect.w / 2, h.rect.y + h.rect.h / 2);
      await page.waitForFunction((x) => window.isnad.state().hover?.start === x, h.start);
      const lines = (await state(page)).hover.lines;
      assert.ok(lines.length >= 3, JSON.stringify(lines));
      for (const l of lines) assert.doesNotMatch(l, /[{}"]|\b(qualifier|unit|value)\b/, `${type} (${lang}): ${l}`);
      if (type === 'date') assert.match(lines[2], /\d{4}|نسبي|relative/, `a date's value: ${lines[2]}`);
      if (type === 'quantity') assert.match(lines[2], /\d|مئات|عدة|hundreds|several/, `a quantity's value: ${lines[2]}`);
      await page.mouse.move(5, 5);
      await page.waitForFunction(() => !window.isnad.state().hover);
    }
  }
  await page.evaluate(() => window.isnad.setLanguage('ar'));
  assert.deepEqual(errors, []);
  await context.close();
});
