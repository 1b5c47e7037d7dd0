// Hostile share links and library files through the page (issue 8): fragments from strangers handed
// to the app on hashchange (web/links.js), and JSON files through the import input (web/library.js).
// Each case is its own test on one page: a message says what was wrong, nothing is added that
// should not be, the page keeps answering and drawing, and no error is logged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, state } from '../browser.mjs';
import { SCRIPT, alive, importFile, message, clearMessage, count, checkTextLayer } from './page.mjs';

let env, ctx, page, errors;
before(async () => {
  env = await launch();
  ({ context: ctx, page, errors } = await openPage(env.browser, env.url));
});
after(async () => { await ctx?.close(); await env?.close(); });

const FILE = '000_64500c877a054f3f.txt';
// Share links: the fragment, and what the message must say (null: no message, the page ignores it).
const LINKS = [
  ['huge (2 MB)', 'a=' + 'x'.repeat(2_000_000), /./],
  ['just over the 64 KB limit', `a=${FILE}&q=` + 'a'.repeat(70000), /./],
  ['negative offsets', `a=${FILE}&q=-5--1:,%D8%A7,`, /./],
  ['offsets out of range', `a=${FILE}&q=999999999-9999999999:,x,`, /./],
  ['percent-encoding garbage', 'a=%%%ZZ%E2%80&q=%C0%AF%FF', /./],
  ['no article named: not a share link, left alone', 'q=0-5:,x,', null],
  ['an article not in this reader', 'a=nope.txt&q=0-5:,%D9%82%D8%A7%D9%84,', /ليس في هذا القارئ/],
  ['markup in the fragment', `a=${encodeURIComponent(SCRIPT)}&q=${encodeURIComponent(SCRIPT)}`, /./],
  ['a thousand passages', `a=${FILE}` + '&q=0-3:,x,'.repeat(1000), /./],
];
for (const [name, fragment, said] of LINKS) {
  test(`share link: ${name}`, async () => {
    await clearMessage(page);
    await page.evaluate((f) => { location.hash = f; }, fragment);
    if (said) {
      await page.waitForFunction(() => document.getElementById('message').textContent !== '', null, { timeout: 10000 });
      assert.match(await message(page), said);
    } else {
      await page.waitForTimeout(1000);
      assert.equal(await message(page), '');
    }
    const link = (await state(page)).link;
    assert.ok(link === null || link.marks.length === 0, `a hostile link marked a passage: ${JSON.stringify(link)}`);
    await alive(page);
    assert.deepEqual(errors, []);
  });
}

const json = (x) => Buffer.from(typeof x === 'string' ? x : JSON.stringify(x));
const good = (over = {}) => ({ format: 'isnad-library', version: 1, articles: [{ title: 'imported', text: 'قال المسؤول إن 2500 جندي سيغادرون.', ...over }] });
// Library files: the bytes, the message expected, and how many articles they add.
const IMPORTS = [
  ['broken JSON', json('{"format": "isnad-library", "articles": [{"text": "x",}]}'), /ليس JSON صالحًا/, 0],
  ['truncated JSON', json(JSON.stringify(good()).slice(0, 40)), /ليس JSON صالحًا/, 0],
  ['deeply nested JSON (100,000 levels)', json('['.repeat(100000) + ']'.repeat(100000)), /ليس تصديرًا لمكتبة إسناد/, 0],
  ['deeply nested and unterminated', json('{"a":'.repeat(100000)), /ليس JSON صالحًا/, 0],
  ['valid JSON that is not a library', json([1, 2, 3]), /ليس تصديرًا لمكتبة إسناد/, 0],
  ['binary garbage', Buffer.from([0xff, 0xfe, 0, 1, 2, 0x7b, 0x80]), /ليس JSON صالحًا/, 0],
  ['unknown fields are ignored', json({ ...good({ colour: 'red', nested: { x: [1, 2] } }), extra: true, plugins: ['x'] }), /المقالات المستوردة: 1\./, 1],
  ['fields of the wrong type are dropped, an article without text skipped',
    json({ format: 'isnad-library', articles: [{ text: 5 }, null, 'x', { title: { a: 1 }, outlet: ['x'], date: 'yesterday', url: 7, text: 'نص' }] }), /المقالات المستوردة: 1\./, 1],
  ['markup in imported fields is text', json(good({ title: SCRIPT, outlet: 'javascript:alert(1)', url: 'javascript:alert(1)', text: SCRIPT })), /المقالات المستوردة: 1\./, 1],
  ['invalid UTF-8 in the file', Buffer.concat([json('{"format":"isnad-library","articles":[{"title":"bytes","text":"قال '), Buffer.from([0xff, 0xc0]), json('"}]}')]), /المقالات المستوردة: 1\./, 1],
];
for (const [name, bytes, said, n] of IMPORTS) {
  test(`import: ${name}`, async () => {
    const before = await count(page);
    assert.match(await importFile(page, bytes), said);
    assert.equal(await count(page), before + n);
    if (n) {
      const s = await state(page);
      assert.equal(s.open, before + n - 1);
      await checkTextLayer(page);
      if (name.startsWith('markup')) assert.equal(s.articles[before].title, SCRIPT);
      if (name.startsWith('fields')) assert.equal(s.articles[before].title, 'نص');
    }
    await alive(page);
    assert.deepEqual(errors, []);
  });
}

test('after all of it nothing ran and the imported articles survive a reload', async () => {
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('img[src=x]').count(), 0);
  const before = (await state(page)).articles.map((a) => a.title);
  await page.reload();
  await page.evaluate(() => window.isnad.ready);
  assert.deepEqual((await state(page)).articles.map((a) => a.title), before);
  assert.deepEqual(errors, []);
});
