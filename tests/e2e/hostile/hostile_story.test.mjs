// Story bundles of an archive run (web/story.js, issue 23) through the page: a good bundle opens from
// `?story=` with its articles highlighted and cross-referenced, and a share link made in it opens the
// same passage in a fresh reader; hostile bundles (truncated, oversized, wrong version, another
// origin, markup in every field) each get a clear message, add nothing they should not, and leave the
// page answering. The bundles are served by the test (page.route), on the page's own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, state, settle } from '../browser.mjs';
import { SCRIPT, alive, message, clearMessage, count, checkTextLayer } from './page.mjs';

// A story of three outlets, one figure in dispute (made up for the test: no corpus text).
const STORY = {
  format: 'isnad-story', version: 1,
  articles: ['عكاظ', 'الرياض', 'المدينة'].map((outlet, k) => ({
    id: `t-${k}`, outlet, date: `2015-03-1${k}`, title: `حريق في مستودع ${k}`, url: null,
    text: `أعلنت المديرية العامة للدفاع المدني في جدة يوم الأحد أن ${k === 2 ? 125 : 120} شخصا أصيبوا في حريق ` +
      'اندلع في مستودع للأخشاب جنوب المدينة. وقال المتحدث باسم الدفاع المدني العقيد سعد الغامدي إن فرق ' +
      'الإطفاء سيطرت على الحريق بعد أربع ساعات.',
  })),
  analysis: {},
};
const json = (x) => Buffer.from(typeof x === 'string' ? x : JSON.stringify(x));

let env, ctx, page, errors, requests = 0;
const served = new Map();   // path → body
before(async () => {
  env = await launch();
  ({ context: ctx, page, errors } = await openPage(env.browser, env.url));
  await ctx.route('**/stories/**', (route) => {
    ++requests;
    const body = served.get(new URL(route.request().url()).pathname);
    return body ? route.fulfill({ status: 200, contentType: 'application/json', body }) : route.fulfill({ status: 404, body: '' });
  });
});
after(async () => { await ctx?.close(); await env?.close(); });

// Opens a bundle served at /stories/<name> through IsnadStory.open (as `?story=` does); returns the message.
async function openServed(name, body) {
  served.set(`/stories/${name}`, body);
  await clearMessage(page);
  await page.evaluate((u) => window.IsnadStory.open(u), `stories/${name}`);
  await page.waitForFunction(() => document.getElementById('message').textContent !== '', null, { timeout: 30000 });
  return message(page);
}

const HOSTILE = [
  ['truncated', json(JSON.stringify(STORY).slice(0, 300)), /ليس JSON صالحًا \(أهو مقتطع؟\)/],
  ['oversized (17 MB)', Buffer.alloc(17 * 1024 * 1024, 0x20), /أكبر من 16 ميغابايت/],
  ['wrong version', json({ ...STORY, version: 2 }), /إصدار ملف القصة \(2\) لا يقرؤه/],
  ['not a story (a library export)', json({ format: 'isnad-library', version: 1, articles: STORY.articles }), /ليس قصة من أرشيف إسناد/],
  ['more articles than a story holds', json({ ...STORY, articles: Array(201).fill(STORY.articles[0]) }), /في هذه القصة 201 مقالًا/],
  ['articles without text', json({ ...STORY, articles: [{ id: 'x', text: 7 }, null] }), /لا نص في مقالات/],
];
for (const [name, body, said] of HOSTILE) {
  test(`story bundle: ${name}`, async () => {
    const before = await count(page);
    assert.match(await openServed(`${name.replace(/\W+/g, '-')}.json`, body), said);
    assert.equal(await count(page), before);
    await alive(page);
    assert.deepEqual(errors, []);
  });
}

test('story bundle: another origin is refused before any request', async () => {
  const before = await count(page), asked = requests;
  await clearMessage(page);
  for (const u of ['http://example.com/stories/s.json', '//example.com/stories/s.json', 'data:application/json,{}']) {
    await page.evaluate((x) => window.IsnadStory.open(x), u);
    assert.match(await message(page), /لا تُفتح القصة إلا من موقع هذه الصفحة نفسه/);
  }
  assert.equal(requests, asked);
  assert.equal(await count(page), before);
  assert.deepEqual(errors, []);
});

test('story bundle: markup in every field is text, nothing runs', async () => {
  const before = await count(page);
  const bad = { ...STORY, title: SCRIPT, articles: [{ id: SCRIPT, title: SCRIPT, outlet: SCRIPT, url: 'javascript:alert(1)', date: SCRIPT, text: SCRIPT + ' قال المسؤول إن 2500 جندي سيغادرون.' }] };
  assert.match(await openServed('markup.json', json(bad)), /المقالات المستوردة: 1\./);
  assert.equal(await count(page), before + 1);
  const s = await state(page);
  assert.equal(s.articles[before].title, SCRIPT);
  await checkTextLayer(page);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('img[src=x]').count(), 0);
  await alive(page);
  assert.deepEqual(errors, []);
});

// A fresh reader (its own profile) with the bundles served, at `url`.
async function reader(url) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/stories/**', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: served.get(new URL(route.request().url()).pathname) }));
  const p = await context.newPage();
  const errs = [];
  p.on('console', (m) => { if (m.type() === 'error') errs.push(`console: ${m.text()}`); });
  p.on('pageerror', (e) => errs.push(`page: ${e.message}`));
  await p.goto(url);
  await p.evaluate(() => window.isnad.ready);
  await settle(p);
  return { context, p, errs };
}

test('?story= opens a story cross-referenced; once open it is not added twice; a share link names the story', async () => {
  served.set('/stories/fire.json', json(STORY));
  const { context, p, errs } = await reader(`${env.url}?story=stories/fire.json`);
  let s = await state(p);
  const titles = s.articles.map((a) => a.title);
  for (const a of STORY.articles) assert.ok(titles.includes(a.title), `${a.title} is in the reader`);
  assert.ok(s.highlights.length > 0, 'the open story article is highlighted');
  // Reloading opens the same story: its articles are already in the library.
  await p.reload();
  await p.evaluate(() => window.isnad.ready);
  await p.waitForFunction(() => /كانت في المكتبة من قبل/.test(document.getElementById('message').textContent));
  assert.equal((await state(p)).articles.length, s.articles.length);
  // A link to a passage of a story article, as the app copies it (the page's address, the query naming
  // the story, then the fragment), opens it in a fresh reader that never had the story.
  const link = `${p.url().split('#')[0]}#a=${encodeURIComponent('reader:story:t-2')}&q=0-5:,${encodeURIComponent(STORY.articles[2].text.slice(0, 5))},`;
  assert.match(link, /\?story=stories\/fire\.json#a=/);
  const other = await reader(link);
  s = await state(other.p);
  assert.equal(s.articles[s.open].title, STORY.articles[2].title);
  assert.ok(s.link && s.link.marks.length === 1, `the passage is marked: ${JSON.stringify(s.link)}`);
  assert.deepEqual(errs, []);
  assert.deepEqual(other.errs, []);
  await other.context.close();
  await context.close();
});
