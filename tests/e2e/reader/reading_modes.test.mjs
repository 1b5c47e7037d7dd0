// Reading modes: "claims" (the default) colours numbers, dates, quotes, attributions and the names
// inside disputed claims, other names a thin underline; "everything" colours every highlight;
// "plain" shows the text with only the disputed claims marked. Every disputed claim stays marked in
// every mode; the legend and the text layer follow the mode; the choice is remembered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, state, settle, clickRect } from '../browser.mjs';
import { shoot } from '../screenshots.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const until = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 15000 });
const coloured = (s) => s.highlights.filter((h) => h.rect && (h.mark === 'fill' || h.mark === 'underline'));
// Disputed claims whose text lies on the first screen must carry their mark (a bar in the margin).
async function disputedMarked(page) {
  const s = await state(page);
  const pane = s.panes[0].rect;
  const disputed = s.claims.filter((c) => c.relation === 'disagree');
  const shown = disputed.filter((c) => c.mark);
  for (const c of shown) assert.ok(c.mark.y < pane.y + pane.h && c.mark.y + c.mark.h > pane.y, 'the bar is on screen');
  return { disputed: disputed.length, shown: shown.length };
}

test('claims mode (default) colours less than half of what the article had, keeping every dispute marked', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await settle(page);
  let s = await state(page);
  assert.equal(s.reading_mode, 'claims');
  assert.equal(s.open, 0);
  const claims = coloured(s).length;
  assert.ok(claims < 23, `fewer than half of the 46 highlights of the first screen before the modes (${claims})`);
  assert.ok(s.highlights.some((h) => h.rect && h.mark === 'thin' && ['place', 'person', 'organization'].includes(h.type)), 'other names: a thin underline');
  assert.ok(coloured(s).some((h) => h.type === 'date') && coloured(s).some((h) => h.type === 'attribution'), 'dates and attributions coloured');
  assert.deepEqual(s.legend_marks.slice(2, 5), ['thin', 'thin', 'thin'], 'the legend shows names as a thin underline');
  await shoot(page, 'mode-claims-000');
  await page.evaluate(() => window.isnad.setReadingMode('everything'));
  await settle(page);
  s = await state(page);
  const everything = coloured(s).length;
  assert.ok(everything > claims * 1.8, `everything colours far more (${everything} against ${claims})`);
  assert.ok(s.highlights.filter((h) => h.rect).every((h) => h.mark !== 'thin'));
  await shoot(page, 'mode-everything-000');
  // Every disputed claim of each article is marked when on screen, in each mode: 003 has one on its first screen.
  for (const mode of ['claims', 'everything', 'plain']) {
    await page.evaluate((m) => window.isnad.setReadingMode(m), mode);
    for (const a of [0, 3]) {
      await page.evaluate((i) => window.isnad.openArticle(i), a);
      await settle(page);
      const { disputed, shown } = await disputedMarked(page);
      if (a === 3) assert.ok(shown >= 1, `${mode}: 003's disputed claim on its first screen is marked (${shown} of ${disputed})`);
      const t = await state(page);
      const pane = t.panes[0].rect;
      const firstScreen = t.claims.filter((c) => c.relation === 'disagree' && t.highlights.some((h) => h.rect && h.start >= c.start && h.end <= c.end && h.rect.y < pane.y + pane.h));
      for (const c of firstScreen) assert.ok(c.mark, `${mode}: a disputed claim with a highlight on screen is marked`);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('plain mode: the text alone with the disputed claims; the layer and the legend follow; remembered', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await settle(page);
  // The toolbar's buttons: claims, everything, plain.
  let s = await state(page);
  assert.equal(s.ui.reading_modes.length, 3);
  await clickRect(page, s.ui.reading_modes[2]);
  await until(page, () => window.isnad.state().reading_mode === 'plain');
  await page.evaluate(() => window.isnad.openArticle(3));
  await settle(page);
  s = await state(page);
  assert.equal(coloured(s).length, 0, 'no highlight coloured');
  assert.ok(s.legend_marks.every((m) => m === 'none'));
  assert.ok(s.claims.some((c) => c.relation === 'disagree' && c.mark), 'the disputed claim is marked');
  await until(page, () => document.querySelector('#textlayer article')?.dataset.mode === 'plain');
  const marks = await page.$$eval('#textlayer mark', (ms) => ms.map((m) => m.dataset.type));
  assert.ok(marks.length > 0 && marks.every((t) => t === 'disputed'), `the layer marks only disputed claims (${marks.length})`);
  await shoot(page, 'mode-plain-003');
  // Remembered across a reload.
  await page.reload();
  await page.evaluate(() => window.isnad.ready);
  await settle(page);
  assert.equal((await state(page)).reading_mode, 'plain');
  assert.equal((await state(page)).prefs.mode, 'plain');
  // English interface, DPR 2: the claims mode's view.
  await page.evaluate(() => { window.isnad.setReadingMode('claims'); window.isnad.setLanguage('en'); window.isnad.openArticle(0); });
  await settle(page);
  const layerTypes = await page.$$eval('#textlayer mark', (ms) => ms.map((m) => m.dataset.mark));
  assert.ok(layerTypes.includes('thin') && layerTypes.includes('fill'), 'the layer tells thin names from coloured highlights');
  assert.deepEqual(errors, []);
  await context.close();
  const two = await openPage(env.browser, env.url, { width: 1280, height: 800, deviceScaleFactor: 2 });
  await settle(two.page);
  assert.ok(coloured(await state(two.page)).length < 23);
  await shoot(two.page, 'mode-claims-000');
  await two.page.evaluate(() => window.isnad.setLanguage('en'));
  await shoot(two.page, 'mode-claims-000-en');
  assert.deepEqual(two.errors, []);
  await two.context.close();
});
