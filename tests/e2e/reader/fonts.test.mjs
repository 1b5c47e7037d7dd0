// The page starts with font subsets (scripts/subset_fonts): reading every sample article, in both
// interface languages, fetches no other font; a reader's article with letters the subsets lack
// (Arabic ڤ and ڠ, Latin ŝ and ő) fetches the two full fonts once, and the article is drawn again
// with them (screenshot full_fonts.png), without an error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, openPage, state, settle, addPasted, clickRect, SHOTS } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('font subsets cover the sample corpus and the interface; other letters fetch the full fonts', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  const fonts = [];
  page.on('requestfinished', async (r) => {
    if (!r.url().endsWith('.ttf')) return;
    fonts.push({ url: r.url(), status: (await r.response())?.status() });
  });
  await settle(page);
  const s0 = await state(page);
  for (let i = 0; i < s0.articles.length; ++i) {
    await clickRect(page, (await state(page)).ui.article_list[i]);
    await settle(page);
  }
  assert.equal((await page.evaluate(() => window.isnad.setLanguage('en'))).ok, true);
  await settle(page);
  assert.equal((await page.evaluate(() => window.isnad.setLanguage('ar'))).ok, true);
  await settle(page);
  assert.deepEqual(fonts, [], 'the sample articles and the interface draw from the subsets');

  await addPasted(page, { text: 'قالت مجلة ڤوغ إن ڠ حرف نادر. Esperanto: ŝipo; Magyar: erőd.', title: 'حروف نادرة' });
  await page.waitForFunction((n) => window.isnad.state().articles.length === n + 1, s0.articles.length);
  for (let i = 0; i < 100 && fonts.length < 2; ++i) await page.waitForTimeout(100);
  assert.equal(fonts.length, 2, `the two full fonts are fetched (${JSON.stringify(fonts)})`);
  assert.ok(fonts.every((f) => f.status === 200), 'and arrive');
  assert.ok(fonts.some((f) => /NotoNaskhArabic-Regular\.[0-9a-f]+\.ttf$/.test(f.url)) && fonts.some((f) => /NotoSans-Regular\.[0-9a-f]+\.ttf$/.test(f.url)));
  await settle(page);
  await page.screenshot({ path: path.join(SHOTS, 'full_fonts.png') });
  // Another rare letter: the full fonts are there already, nothing more is fetched.
  await addPasted(page, { text: 'ڨ ŵ', title: 'حرف آخر' });
  await page.waitForFunction((n) => window.isnad.state().articles.length === n + 2, s0.articles.length);
  await settle(page);
  assert.equal(fonts.length, 2, 'fetched once');
  assert.deepEqual(errors, []);
  await context.close();
});
