// A reader's own article that was open at a reload is open again after it (remembered by its storage
// id, restored from IndexedDB after the page's choices); one that no longer exists falls back to the
// first article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, state, ready, clickRect, addPasted } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const TEXT = (n) => `قال متحدث باسم الحكومة العراقية يوم الاثنين إن ${n} مستشار أمريكي سيغادرون بغداد قبل نهاية 2026.\n\n` +
  'وأضاف أن المحادثات مع واشنطن ستستمر، بحسب وكالة الأنباء العراقية.';

const stored = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const r = indexedDB.open('isnad', 1);
  r.onsuccess = () => { const q = r.result.transaction('articles').objectStore('articles').count(); q.onsuccess = () => { r.result.close(); resolve(q.result); }; };
  r.onerror = () => reject(r.error);
}));

const click = clickRect;

test('the reader\'s own article open at a reload is open after it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.url);
  await ready(page);
  await addPasted(page, { text: TEXT(300), title: 'الأول' });
  await page.waitForFunction(() => window.isnad.state().articles.length === 6);
  await addPasted(page, { text: TEXT(150), title: 'الثاني' });
  await page.waitForFunction(() => window.isnad.state().articles.length === 7);
  for (let i = 0; i < 50 && (await stored(page)) !== 2; ++i) await page.waitForTimeout(100);
  // Open the first of the two (not the last added) from the list.
  let s = await state(page);
  const mine = s.articles.findIndex((a) => a.title === 'الأول');
  assert.equal(s.articles[mine].source, 'reader');
  await click(page, s.ui.article_list[mine]);
  await page.waitForFunction((i) => window.isnad.state().open === i, mine);
  const file = (await state(page)).open_file;
  assert.match(file, /^reader:/);
  await page.waitForFunction((f) => JSON.parse(localStorage.getItem('isnad.prefs') || '{}').open === f, file);

  await page.reload();
  await ready(page);
  s = await state(page);
  assert.equal(s.articles.length, 7);
  assert.equal(s.open_file, file, 'the same article is open again');
  assert.equal(s.articles[s.open].title, 'الأول');
  // And it stays remembered through a second reload (the choices saved meanwhile keep it).
  await page.reload();
  await ready(page);
  assert.equal((await state(page)).open_file, file);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a remembered article that no longer exists falls back to the first', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 700 } });
  await context.addInitScript(() => localStorage.setItem('isnad.prefs', JSON.stringify({ open: 'reader:gone-for-good', panel: 'sources' })));
  const page = await context.newPage();
  await page.goto(env.url);
  await ready(page);
  const s = await state(page);
  assert.equal(s.open, 0);
  assert.equal(s.panel, 'sources', 'the other choices still apply');
  assert.equal(await page.locator('#message').isVisible(), false);
  await context.close();
});
