// The side panel's tabs: sources (outlet, date, what each cites), claims (clusters with their
// relation and sources, filter and sort, single-source claims; a click opens two panes), entities
// (mentions per article; clicking walks through them), timeline (dated claims in date order).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, state, settle } from '../browser.mjs';
import { shoot } from '../screenshots.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const TABS = ['articles', 'sources', 'claims', 'entities', 'timeline'];
const click = (page, r) => page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
async function tab(page, name) {
  const r = (await state(page)).ui.panel_tabs[TABS.indexOf(name)];
  await click(page, r);
  await page.waitForFunction((n) => window.isnad.state().panel === n, name);
  await settle(page);
  return state(page);
}
// A row of the shown panel by id prefix, scrolled into view if need be (rows off screen have no use).
const row = (s, prefix) => {
  const i = s.ui.panel_row_ids.findIndex((id) => id.startsWith(prefix));
  return i < 0 ? null : { id: s.ui.panel_row_ids[i], rect: s.ui.panel_rows[i] };
};

test('sources: each article with its outlet, date and the agencies and people it cites', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  const s = await tab(page, 'sources');
  const src = s.panel_data.sources;
  assert.equal(src.length, 5);
  for (const [i, x] of src.entries()) {
    assert.equal(x.outlet, s.articles[i].outlet ?? x.outlet);
    assert.equal(x.date, s.articles[i].date);
  }
  const cites = src.flatMap((x) => x.cites.map((c) => c.name));
  assert.ok(cites.includes('رويترز'), `Reuters is cited (${cites.join('، ')})`);
  assert.ok(src.filter((x) => x.cites.length > 0).length >= 3, 'most articles cite someone');
  // Clicking a source opens its article.
  await click(page, row(s, 'source:3').rect);
  await page.waitForFunction(() => window.isnad.state().open === 3);
  await shoot(page, 'panel-sources');
  assert.deepEqual(errors, []);
  await context.close();
});

test('claims: clusters with relation and sources, filter and sort, single-source claims; a click opens both sides', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  let s = await tab(page, 'claims');
  const all = s.panel_data.clusters;
  assert.equal(all.length, s.clusters.length, 'every cluster is listed');
  const rank = { disagree: 0, partial: 1, agree: 2 };
  for (let i = 1; i < all.length; ++i) assert.ok(rank[all[i - 1].relation] <= rank[all[i].relation], 'disputes first');
  assert.ok(all.every((c) => c.sources >= 2));
  assert.ok(s.panel_data.single_source > 0, 'single-source claims are listed');
  await shoot(page, 'panel-claims');
  // Filter: only disagreements (the second chip from the right).
  await click(page, s.ui.claim_filters[1]);
  await page.waitForFunction(() => window.isnad.state().claim_filter === 1);
  s = await state(page);
  assert.ok(s.panel_data.clusters.every((c) => c.relation === 'disagree'));
  assert.equal(s.panel_data.clusters.length, s.clusters.filter((c) => c.relation === 'disagree').length);
  assert.equal(s.panel_data.single_source, 0);
  // Filter: single source only.
  await click(page, s.ui.claim_filters[4]);
  await page.waitForFunction(() => window.isnad.state().claim_filter === 4);
  s = await state(page);
  assert.equal(s.panel_data.clusters.length, 0);
  assert.ok(s.panel_data.single_source > 0);
  // Back to all; a cluster's source opens beside another source of the same cluster.
  await click(page, s.ui.claim_filters[0]);
  await page.waitForFunction(() => window.isnad.state().claim_filter === 0);
  await page.waitForFunction(() => window.isnad.state().ui.panel_row_ids.some((id) => id.startsWith('cluster:')));
  await settle(page);
  s = await state(page);
  const r = row(s, 'cluster:');
  const [, k, m] = r.id.split(':').map(Number);
  await click(page, r.rect);
  await page.waitForFunction(() => window.isnad.state().panes.length === 2);
  await settle(page);
  s = await state(page);
  assert.equal(s.xref.cluster, k);
  assert.equal(s.xref.to.member, m);
  assert.notEqual(s.xref.from.article, s.xref.to.article);
  assert.ok(s.xref.rects[0] && s.xref.rects[1], 'both passages are on screen');
  await shoot(page, 'panel-claims-two-panes');
  assert.deepEqual(errors, []);
  await context.close();
});

test('entities: mentions per article; clicking walks through the mentions', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  let s = await tab(page, 'entities');
  const ents = s.panel_data.entities;
  assert.ok(ents.length > 5);
  const r = row(s, 'entity:');
  const e = Number(r.id.split(':')[1]);
  const per = ents[e].per_article;
  const total = per.reduce((a, b) => a + b, 0);
  assert.ok(total >= 2, 'the first listed entity is mentioned more than once');
  const spots = [];
  for (let i = 0; i < Math.min(total, 3); ++i) {
    await click(page, r.rect);
    await page.waitForFunction((n) => window.isnad.state().panel_data.walk.mention === n, i);
    await settle(page);
    s = await state(page);
    assert.equal(s.open, s.spot.article, 'the mention\'s article is open');
    spots.push(`${s.spot.article}:${s.spot.start}`);
  }
  assert.equal(new Set(spots).size, spots.length, 'each click shows the next mention');
  await shoot(page, 'panel-entities');
  assert.deepEqual(errors, []);
  await context.close();
});

test('timeline: dated claims in date order, with sources; a click opens the claim', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  let s = await tab(page, 'timeline');
  const t = s.panel_data.timeline;
  assert.ok(t.length >= 5);
  for (let i = 1; i < t.length; ++i) assert.ok(t[i - 1].date <= t[i].date, 'in date order');
  assert.ok(new Set(t.map((x) => x.article)).size >= 3, 'from several sources');
  const r = row(s, 'date:2');
  await click(page, r.rect);
  await page.waitForFunction((a) => window.isnad.state().open === a && window.isnad.state().spot !== null, t[2].article);
  await shoot(page, 'panel-timeline');
  assert.deepEqual(errors, []);
  await context.close();
});
