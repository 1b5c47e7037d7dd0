// A cluster's note ("2025-09 vs 2026-12", written by core/xref with English words) is shown in the
// interface's language: "مقابل" in Arabic, "vs" in English; the values are kept as they are.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const notes = (page) => page.evaluate(() => {
  window.isnad.showPanel('claims');
  return window.isnad.state().panel_data.clusters.filter((c) => c.note);
});

test('cluster notes are localised', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  let list = await notes(page);
  const vs = list.filter((c) => / vs /.test(c.note));
  assert.ok(vs.length > 0, 'the seed corpus has notes with "vs"');
  for (const c of vs) {
    assert.ok(!/\bvs\b/.test(c.note_shown), `no "vs" in Arabic: ${c.note_shown}`);
    assert.equal(c.note_shown, c.note.split(' ').map((w) => ({ vs: 'مقابل', not: 'لا', all: 'كل' })[w] || w).join(' '));
  }
  await page.evaluate(() => window.isnad.setLanguage('en'));
  list = await notes(page);
  for (const c of list) assert.equal(c.note_shown, c.note, 'English shows the note as written');
  assert.deepEqual(errors, []);
  await context.close();
});
