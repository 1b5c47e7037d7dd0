// A SaudiNewsNet article whose people are in none of core/data's lists (name_auto.txt included: the
// article is past the 10,000 its list was made from), added as a reader adds one: the learned tagger
// highlights them as people. The article is read from ../shared at run time (no corpus text in the
// repository); without ../shared the test is skipped. Screenshot: SHOTS/unlisted-names.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { launch, state, ready, addPasted, ROOT, SHOTS } from '../browser.mjs';

const CORPUS = path.join(ROOT, '../shared/bench/saudinewsnet/articles_all.jsonl.gz');
const ID = 'snn-10148';   // a football report: Milan, Inter and their players and coaches
// family names in no list: the tagger alone finds them
const PEOPLE = ['بيرتولاتشي', 'مانشيني', 'ادريانو', 'ماوري', 'ميهايلوفيتش'];

async function article(id) {
  const lines = readline.createInterface({ input: fs.createReadStream(CORPUS).pipe(zlib.createGunzip()) });
  for await (const line of lines) {
    if (!line.includes(`"${id}"`)) continue;
    const a = JSON.parse(line);
    if (a.id === id) { lines.close(); return a; }
  }
  return null;
}

const skip = fs.existsSync(CORPUS) ? false : 'needs ../shared/bench/saudinewsnet';
let env;
before(async () => { if (!skip) env = await launch(); });
after(async () => { await env?.close(); });

test('people no list knows are highlighted in an added SaudiNewsNet article', { skip }, async () => {
  const a = await article(ID);
  assert.ok(a, `${ID} is in ${CORPUS}`);
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(env.url);
  await ready(page);
  await addPasted(page, { text: a.text, title: a.title, outlet: a.source });
  await page.waitForFunction(() => window.isnad.state().articles.length === 6);
  await ready(page);
  const people = (await state(page)).highlights.filter((h) => h.type === 'person').map((h) => h.text);
  for (const name of PEOPLE) assert.ok(people.some((p) => p.includes(name)), `${name} among ${people.join(' | ')}`);
  fs.writeFileSync(path.join(SHOTS, 'unlisted-names.json'), JSON.stringify(people, null, 1));
  await page.screenshot({ path: path.join(SHOTS, 'unlisted-names.png') });
  await context.close();
});
