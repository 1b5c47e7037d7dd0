// Find (Ctrl+F): Arabic-normalised matching across every article — hamza and diacritics do not
// matter, clitics are allowed — results listed with context, next / previous with Enter,
// Shift+Enter and F3, the current match marked in the article, Esc closes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openPage, state, settle, ROOT } from '../browser.mjs';
import { shoot } from '../screenshots.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const corpus = Object.fromEntries(fs.readdirSync(path.join(ROOT, 'web/corpus')).filter((f) => f.endsWith('.txt'))
  .map((f) => [f, Array.from(fs.readFileSync(path.join(ROOT, 'web/corpus', f), 'utf8'))]));
// The folded word, as the test sees it: diacritics dropped, hamza seats made bare alef.
const fold = (s) => s.replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآ]/g, 'ا');

const OWN = 'قال مسؤول إن والانسحاب سيبدأ قريبا، وللانسحاب شروط، وبعد انسحابهم تبقى قوات.';

async function addOwnArticle(page) {
  const add = (await state(page)).ui.add_button;
  await page.mouse.click(add.x + add.w / 2, add.y + add.h / 2);
  await page.locator('#add-dialog').waitFor({ state: 'visible' });
  await page.fill('#add-form textarea[name=text]', OWN);
  await page.fill('#add-form input[name=outlet]', 'وكالة اختبار');
  await page.click('#add-submit');
  await page.waitForFunction(() => window.isnad.state().articles.length === 6);
}

test('find "الانسحاب" also finds انسحاب and والانسحاب, in every article, at the right offsets', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  await addOwnArticle(page);
  const r = await page.evaluate(() => window.isnad.find('الانسحاب'));
  assert.equal(r.ok, true);
  const words = new Set(r.results.map((x) => fold(x.text)));
  for (const w of ['الانسحاب', 'انسحاب', 'والانسحاب', 'للانسحاب', 'وللانسحاب', 'انسحابهم'])
    assert.ok(words.has(w), `"${w}" is found (found: ${[...words].join(' ')})`);
  assert.equal(new Set(r.results.map((x) => x.article)).size, 6, 'every article has a match');
  // Each result is the article's own text at its code-point offsets, a whole word, with context.
  for (const x of r.results) {
    if (!corpus[x.file]) continue;   // the reader's own article is not on disk
    const chars = corpus[x.file];
    assert.equal(chars.slice(x.start, x.end).join(''), x.text);
    assert.ok(!/[\u0621-\u064A]/.test(chars[x.start - 1] || ' '), `"${x.text}" starts a word`);
    assert.ok(fold(x.text).includes('انسحاب'));
    assert.ok(x.before.length + x.after.length > 10, 'a result has context');
  }
  // Not a substring search: "انسحابات" would be, "الانسحابية" is not in any article; "نسحاب" finds nothing.
  assert.equal((await page.evaluate(() => window.isnad.find('نسحاب'))).count, 0);
  // Hamza and diacritics: a query with them finds the same words.
  const voweled = await page.evaluate(() => window.isnad.find('الاِنْسِحَاب'));
  assert.equal(voweled.count, r.count);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the current match is marked in the article; Enter, Shift+Enter and F3 step; a result click opens it; Esc closes', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  // Ctrl+F opens the bar with the keyboard in its field; typed text searches as it is typed.
  await page.mouse.move(300, 400);
  await page.keyboard.press('Control+f');
  await page.waitForFunction(() => window.isnad.state().find !== null);
  await page.keyboard.type('2025');
  await page.waitForFunction(() => window.isnad.state().find?.query === '2025');
  let s = await state(page);
  assert.ok(s.find.count > 3, `typed "2025" finds it (${s.find.count})`);
  // The Arabic query, through the API (headless typing of Arabic sends no key events).
  await page.evaluate(() => window.isnad.find('الانسحاب'));
  await page.waitForFunction(() => window.isnad.state().find?.current_rect);
  s = await state(page);
  const first = s.find.current;
  assert.equal(s.open, s.find.results[first].article, 'the open article holds the current match');
  assert.ok(s.find.marks_on_screen >= 1);
  const rect = s.find.current_rect;
  assert.ok(rect.y > s.panes[0].rect.y && rect.y + rect.h < s.panes[0].rect.y + s.panes[0].rect.h, 'the current match is on screen');
  await shoot(page, 'find');
  // Enter (the field has the keyboard) → next; Shift+Enter → back; F3 → next.
  const field = s.ui.find_input;
  await page.mouse.click(field.x + field.w / 2, field.y + field.h / 2);
  await page.waitForFunction(() => window.isnad.state().find.input_active);
  await page.keyboard.press('Enter');
  await page.waitForFunction((c) => window.isnad.state().find.current === c + 1, first);
  await page.keyboard.press('Shift+Enter');
  await page.waitForFunction((c) => window.isnad.state().find.current === c, first);
  await page.keyboard.press('F3');
  await page.keyboard.press('F3');
  await page.waitForFunction((c) => window.isnad.state().find.current === c + 2, first);
  // Previous from the first wraps to the last.
  await page.evaluate(() => { const s = window.isnad.state(); window.isnad.findStep(-1 - s.find.current); });
  s = await state(page);
  assert.equal(s.find.current, s.find.count - 1);
  assert.equal(s.open, s.find.results[s.find.count - 1].article, 'stepping opened the last match\'s article');
  await settle(page);
  // Clicking a listed result (one in view, not the current one) shows that match.
  s = await state(page);
  const pick = s.ui.find_results.findIndex((r, i) => r.h > 20 && i !== s.find.current);
  assert.ok(pick >= 0, 'the list shows other results');
  const row = s.ui.find_results[pick];
  await page.mouse.click(row.x + row.w / 2, row.y + row.h / 2);
  await page.waitForFunction((i) => window.isnad.state().find.current === i, pick);
  await page.waitForFunction((i) => window.isnad.state().open === window.isnad.state().find.results[i].article, pick);
  // Esc (outside the field) closes the bar and removes the marks.
  await page.mouse.move(300, 600);
  await page.mouse.click(300, 600);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.isnad.state().find === null);
  assert.deepEqual(errors, []);
  await context.close();
});
