// The page's own text (the add dialog, the message strip) follows the interface language, as the
// canvas does: Arabic by default, English when chosen, and the choice holds after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, state, ready, settle, clickRect } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

// Opens the add dialog from the app's button and submits it empty; returns the dialog's texts and
// the message it leaves.
async function emptySubmit(page) {
  await clickRect(page, (await state(page)).ui.add_button);
  await page.locator('#add-dialog').waitFor({ state: 'visible' });
  const dialog = await page.evaluate(() => {
    const d = document.getElementById('add-dialog');
    return { dir: d.dir, title: document.getElementById('add-title').textContent,
      labels: [...d.querySelectorAll('label > span')].map((s) => s.textContent),
      add: document.getElementById('add-submit').textContent,
      placeholder: d.querySelector('textarea').placeholder };
  });
  await page.evaluate(() => { document.getElementById('message').textContent = ''; });
  await page.evaluate(() => document.getElementById('add-submit').click());
  await page.waitForFunction(() => document.getElementById('message').textContent !== '');
  const message = await page.locator('#message').textContent();
  await page.evaluate(() => document.getElementById('add-dialog').close());
  return { dialog, message };
}

const latin = /[A-Za-z]/;

test('the add dialog and the messages are Arabic, then English when chosen, after a reload too', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  let r = await emptySubmit(page);
  assert.equal(r.dialog.dir, 'rtl');
  assert.equal(r.dialog.title, 'أضف مقالاً');
  assert.equal(r.dialog.add, 'أضف');
  for (const t of [r.dialog.title, ...r.dialog.labels.filter((l) => !l.includes('UTF-8')), r.dialog.placeholder, r.message.replace('txt', '')])
    assert.doesNotMatch(t, latin, `Latin letters in the Arabic interface: ${t}`);

  await page.evaluate(() => window.isnad.setLanguage('en'));
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await settle(page);   // the mirrored layout drawn: the add button has moved
  r = await emptySubmit(page);
  assert.equal(r.dialog.dir, 'ltr');
  assert.equal(r.dialog.title, 'Add an article');
  assert.deepEqual(r.dialog.labels, ['Text', 'Or a text file (UTF-8)', 'Title', 'Outlet', 'Date published', 'Link']);
  assert.match(r.message, /^The article is empty/);

  // The choice is kept: after a reload the page's messages are English from the start.
  await page.reload();
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.evaluate(() => { location.hash = 'a=missing.txt&q=1-2:,x,'; });
  await page.waitForFunction(() => document.getElementById('message').textContent.includes('is not in this reader'));

  await page.evaluate(() => window.isnad.setLanguage('ar'));
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  await settle(page);
  r = await emptySubmit(page);
  assert.equal(r.dialog.title, 'أضف مقالاً');
  assert.match(r.message, /^المقال فارغ/);
  assert.deepEqual(errors, []);
  await context.close();
});
