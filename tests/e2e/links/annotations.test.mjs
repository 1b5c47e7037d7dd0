// Export of the open article's highlights and claims as W3C Web Annotations: the toolbar button
// downloads a JSON AnnotationCollection whose selectors point at the article's own text (the
// TextQuoteSelector's exact = the text between the TextPositionSelector's start and end, in code
// points), checked against the article file read from disk here, not against the app's own answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openPage, state, settle, ROOT } from '../browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

async function readDownload(download) {
  const file = await download.path();
  return { name: download.suggestedFilename(), json: JSON.parse(fs.readFileSync(file, 'utf8')) };
}

function checkCollection(json, text, file) {
  assert.equal(json.type, 'AnnotationCollection');
  assert.equal(json['@context'], 'http://www.w3.org/ns/anno.jsonld');
  const items = json.first.items;
  assert.ok(items.length > 10, `annotations of ${file}: ${items.length}`);
  assert.equal(json.total, items.length);
  const cps = Array.from(text);   // code points, as the TextPositionSelector counts them
  let checked = 0, claims = 0;
  for (const a of items) {
    assert.equal(a.type, 'Annotation');
    const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const pos = a.target.selector.find((s) => s.type === 'TextPositionSelector');
    assert.ok(quote && pos, 'both selectors');
    assert.ok(pos.start < pos.end && pos.end <= cps.length, `${pos.start}-${pos.end} inside the article`);
    assert.equal(quote.exact, cps.slice(pos.start, pos.end).join(''), `exact at ${pos.start}-${pos.end}`);
    const pre = Array.from(quote.prefix);
    assert.ok(pre.length <= pos.start);
    assert.equal(quote.prefix, cps.slice(pos.start - pre.length, pos.start).join(''), 'the prefix precedes the quote');
    ++checked;
    if (a.motivation === 'describing') ++claims;
  }
  assert.ok(checked === items.length && claims > 0, `claims exported too (${claims})`);
  return items;
}

test('the export button downloads the open article\'s annotations as W3C Web Annotation JSON', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url, { width: 1400, height: 800 });
  await settle(page);
  // Open the third article through the list, then press the toolbar's export button.
  let s = await state(page);
  const r = s.ui.article_list[2];
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await page.waitForFunction(() => window.isnad.state().open === 2);
  await settle(page);
  s = await state(page);
  const b = s.ui.export_annotations;
  assert.ok(b.w > 0 && b.h > 0, 'the export button is on screen');
  const [download] = await Promise.all([page.waitForEvent('download'), page.mouse.click(b.x + b.w / 2, b.y + b.h / 2)]);
  const { name, json } = await readDownload(download);
  const file = s.articles[2].file;
  assert.equal(name, file.replace(/\.txt$/, '') + '.annotations.json');
  const text = fs.readFileSync(path.join(ROOT, 'web/corpus', file), 'utf8');
  const items = checkCollection(json, text, file);
  // Every highlight of the open article is there, at its place.
  const tagged = new Set(items.filter((a) => a.motivation === 'highlighting').map((a) => {
    const p = a.target.selector.find((x) => x.type === 'TextPositionSelector');
    return `${p.start}-${p.end}`;
  }));
  for (const h of s.highlights) assert.ok(tagged.has(`${h.start}-${h.end}`), `highlight ${h.start}-${h.end} exported`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('window.isnad.exportAnnotations exports whichever article is open', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await page.evaluate(() => window.isnad.openArticle(4));
  const [download, answer] = await Promise.all([page.waitForEvent('download'),
    page.evaluate(() => window.isnad.exportAnnotations())]);
  assert.equal(answer.ok, true);
  const { name, json } = await readDownload(download);
  const file = (await state(page)).articles[4].file;
  assert.equal(name, answer.file);
  assert.equal(json.total, answer.total);
  checkCollection(json, fs.readFileSync(path.join(ROOT, 'web/corpus', file), 'utf8'), file);
  assert.ok(json.first.items.every((a) => a.target.source === json.first.items[0].target.source));
  assert.deepEqual(errors, []);
  await context.close();
});
