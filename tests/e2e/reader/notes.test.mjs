// A cluster's note ("2025-09 vs 2026-12", "stop vs not stop", written by core/xref with English words)
// is shown in the interface's language: "مقابل" and "توقف" in Arabic, "vs" and "stop" in English; the
// values are kept as they are.
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
    // no English word is left (events and units are shown by their Arabic word), and values stay as written
    assert.ok(!/[a-z]/i.test(c.note_shown), `no English word in Arabic: ${c.note_shown}`);
    for (const v of c.note.split(' ').filter((w) => /[0-9]/.test(w))) assert.ok(c.note_shown.includes(v), `${v} kept in ${c.note_shown}`);
  }
  // the seed corpus's "stopped" against "did not stop"
  const stop = list.find((c) => /^(not )?stop vs (not )?stop$/.test(c.note));
  assert.ok(stop, 'the seed corpus has a negation note');
  assert.equal(stop.note_shown, stop.note.split(' ').map((w) => ({ vs: 'مقابل', not: 'لا', stop: 'توقف' })[w]).join(' '));
  await page.evaluate(() => window.isnad.setLanguage('en'));
  list = await notes(page);
  for (const c of list) assert.equal(c.note_shown, c.note, 'English shows the note as written');
  assert.deepEqual(errors, []);
  await context.close();
});
