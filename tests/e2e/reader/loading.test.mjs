// How the page loads: the sample corpus's analysis comes from the bundle the build made, so the
// first frame shows the highlights with no analysis code on the page; the analysis module is
// fetched after it, in a worker; a reader's article is analysed there while the page stays usable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, state, settle, addPasted, analysed } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const files = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname.split('/').pop()));

test('the first frame draws the sample corpus with its highlights, from the bundle, without the analysis module', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await page.waitForFunction(() => performance.getEntriesByName('isnad-first-frame').length > 0);
  const atFirstFrame = await page.evaluate(() => {
    const ff = performance.getEntriesByName('isnad-first-frame')[0].startTime;
    return performance.getEntriesByType('resource').filter((r) => r.startTime < ff).map((r) => new URL(r.name).pathname.split('/').pop());
  });
  assert.ok(atFirstFrame.some((f) => /^index\.[0-9a-f]+\.wasm$/.test(f)), `the reader module: ${atFirstFrame}`);
  assert.ok(!atFirstFrame.some((f) => f.startsWith('analysis.')), `no analysis module before the first frame: ${atFirstFrame}`);
  const s = await state(page);
  assert.equal(s.analysing, false, 'nothing to analyse: the bundle is this core\'s');
  assert.equal(s.articles.length, 5);
  assert.ok(s.highlights_total > 20, `${s.highlights_total} highlights in the first article`);
  assert.ok(s.clusters.length > 5, `${s.clusters.length} clusters`);
  assert.ok(s.articles.every((a) => a.analysed_chars === a.chars && a.title_kind !== 'none'));
  // Once the page is idle the worker starts (its script is the page's fetch; the worker fetches its
  // wasm), ready for the reader's articles.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /\/analysis\.[0-9a-f]+\.js(\?|$)/.test(r.name)),
    null, { timeout: 15000 });
  // Each wasm is fetched once (the preload is the fetch the loader uses), with its MIME type.
  const all = await files(page);
  for (const re of [/^index\.[0-9a-f]+\.wasm$/, /^index\.[0-9a-f]+\.data$/]) assert.equal(all.filter((f) => re.test(f)).length, 1, `${re}: ${all}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reader\'s article is analysed in the worker; the page keeps drawing meanwhile', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  const text = 'قال وزير الدفاع العراقي إن انسحاب القوات الأمريكية من قاعدة عين الأسد سيكتمل بحلول سبتمبر 2026. '.repeat(40);
  await addPasted(page, { text, title: 'مقال للتحليل' });
  await page.waitForFunction(() => window.isnad.state().articles.length === 6);
  const s0 = await state(page);
  assert.equal(s0.open, 5, 'opened at once');
  assert.ok(s0.lines.length > 0 || s0.frames_drawn > 0);
  await analysed(page);
  await settle(page);
  const s = await state(page);
  assert.equal(s.articles[5].analysed_chars, s.articles[5].chars);
  assert.ok(s.highlights_total > 40, `${s.highlights_total} highlights after the analysis`);
  assert.deepEqual(errors, []);
  await context.close();
});
