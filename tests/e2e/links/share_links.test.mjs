// Share links in the page: copy a link to a selection, open it in a fresh tab (the passage is
// marked and scrolled into view), open it after the article changed position, follow links with
// hashchange and back/forward, and a link that cannot be placed says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, openPage, state, settle, SHOTS } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('copy a link to a selection, open it in a new tab, walk links with back and forward', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url,
    { width: 1200, height: 700, permissions: ['clipboard-read', 'clipboard-write'] });
  await settle(page);
  // Open article 4, scroll down, select a paragraph, copy its link with Ctrl+Shift+C.
  const r = (await state(page)).ui.article_list[4];
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await page.waitForFunction(() => window.isnad.state().open === 4);
  await page.mouse.move(400, 400);
  await page.mouse.wheel(0, 400);
  await page.waitForFunction(() => window.isnad.state().scroll > 0);
  await settle(page);
  await page.mouse.click(400, 400, { clickCount: 3, delay: 20 });
  await page.waitForFunction(() => (window.isnad.state().selection?.text.length || 0) > 20);
  const sel = (await state(page)).selection;
  await page.keyboard.press('Control+Shift+C');
  await page.waitForFunction(() => window.isnad.lastCopiedLink() !== null);
  const link = await page.evaluate(() => window.isnad.lastCopiedLink());
  assert.match(link, /#a=004_1c7ff8d2bbfb2544\.txt&q=\d+-\d+:/);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  // A fresh tab opens the link: the article, the passage marked and in view.
  const other = await context.newPage();
  await other.goto(link);
  await other.evaluate(() => window.isnad.ready);
  await settle(other);
  let s = await state(other);
  assert.equal(s.open, 4);
  assert.deepEqual(s.link.marks.map((m) => [m.start, m.end, m.how]), [[sel.start, sel.end, 'position']]);
  assert.ok(s.scroll > 0, 'scrolled to the passage');
  await other.screenshot({ path: path.join(SHOTS, 'share-link.png') });

  // hashchange: a second link (an exact quote elsewhere in article 0), then back and forward.
  const second = link.split('#')[0] + '#a=000_64500c877a054f3f.txt&q=0-5:,' + encodeURIComponent('اتفقت') + ',';
  await other.goto(second);
  await other.waitForFunction(() => window.isnad.state().open === 0 && window.isnad.state().link !== null);
  await other.goBack();
  await other.waitForFunction(() => window.isnad.state().open === 4 && window.isnad.state().link !== null);
  await other.goForward();
  await other.waitForFunction(() => window.isnad.state().open === 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link whose passage moved still lands; one that cannot be placed says so', async () => {
  const { context, page } = await openPage(env.browser, env.url);
  // The quote is real but its recorded position is wrong: the quote is found again.
  const quote = 'مئات القوات الأمريكية';
  await page.evaluate((h) => { location.hash = h; }, `a=000_64500c877a054f3f.txt&q=5-26:,${encodeURIComponent(quote)},`);
  await page.waitForFunction(() => window.isnad.state().link?.marks.length === 1);
  let s = await state(page);
  assert.equal(s.link.marks[0].how, 'quote');
  // Hamza and a diacritic changed in the link: still lands, approximately.
  await page.evaluate((h) => { location.hash = h; }, `a=000_64500c877a054f3f.txt&q=5-26:,${encodeURIComponent('مئات القوات الامريكيّة')},`);
  await page.waitForFunction(() => window.isnad.state().link?.marks[0]?.how === 'approximate');
  // Not there at all: a clear message, and the article is open.
  await page.evaluate(() => { location.hash = 'a=000_64500c877a054f3f.txt&q=1-9:,' + encodeURIComponent('نص لا وجود له في المقال إطلاقا') + ','; });
  await page.waitForFunction(() => document.getElementById('message').textContent.includes('تعذّر العثور على المقطع المرتبط'));
  assert.equal((await state(page)).open, 0);
  // Garbage: a message, nothing breaks.
  await page.evaluate(() => { location.hash = 'a=%ZZ&q=-1'; });
  await page.waitForFunction(() => document.getElementById('message').textContent.includes('تعذّرت قراءة هذا الرابط'));
  await page.evaluate(() => { location.hash = 'a=missing.txt&q=1-2:,x,'; });
  await page.waitForFunction(() => document.getElementById('message').textContent.includes('ليس في هذا القارئ'));
  // In the English interface the page's messages are English, with the reason.
  await page.evaluate(() => window.isnad.setLanguage('en'));
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.evaluate(() => { location.hash = 'a=%ZZ&q=-2'; });
  await page.waitForFunction(() => document.getElementById('message').textContent.includes('this link cannot be read: the article name is malformed'));
  await page.evaluate(() => window.isnad.setLanguage('ar'));
  await context.close();
});
