// The story at a glance: the overview tab (the story's facts against its outlets, disputes first,
// each outlet's own words, agree / differ / silent), reached by keyboard, in both interface
// languages; a cell opens its passage (two panes when the open article reports the fact too); the
// table exports as CSV and Markdown; with twenty articles the columns narrow to initials. Also the
// real titles of the article list and the header above the article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openPage, state, settle, clickRect, addPasted, analysed, ROOT } from '../browser.mjs';
import { shoot } from '../screenshots.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const until = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 15000 });
const cellRect = (s, cluster, article) => {
  const i = s.ui.panel_row_ids.indexOf(`cell:${cluster}:${article}`);
  return i < 0 ? null : s.ui.panel_rows[i];
};
// The rows of the two disputes the seed story is known for: when the second stage of the withdrawal
// ends (2026-09 against 2026-12) and when the talks began (January 2024 against January 2023).
const deadlineRow = (o) => o.rows.find((r) => r.relation === 'disagree' && /2026-(09|12)/.test(r.note));
const talksRow = (o) => o.rows.find((r) => r.relation === 'disagree' && /202[34]-01/.test(r.note));

// A small CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF).
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; ++i; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

for (const lang of ['ar', 'en'])
  for (const dpr of [1, 2])
    test(`overview (${lang}, DPR ${dpr}): reached by keyboard, disputes first, each outlet's value`, async () => {
      const { context, page, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800, deviceScaleFactor: dpr });
      await settle(page);
      if (lang === 'en') { await page.evaluate(() => window.isnad.setLanguage('en')); await settle(page); }
      // F2 gives the panel the keyboard; the overview is the last tab: the previous one from the first.
      await page.keyboard.press('F2');
      await page.keyboard.press(lang === 'ar' ? 'ArrowRight' : 'ArrowLeft');
      await until(page, () => window.isnad.state().panel === 'overview');
      await settle(page);
      const s = await state(page);
      const o = s.overview;
      assert.equal(o.columns.length, 5, 'a column per article of the story');
      const rank = { disagree: 0, partial: 1, agree: 2 };
      for (let i = 1; i < o.rows.length; ++i) assert.ok(rank[o.rows[i - 1].relation] <= rank[o.rows[i].relation], 'disputes first');
      for (let i = 1; i < o.rows.length; ++i)
        if (o.rows[i - 1].relation === o.rows[i].relation) assert.ok(o.rows[i - 1].outlets >= o.rows[i].outlets, 'then by number of outlets');
      for (const r of o.rows) {
        assert.equal(r.cells.length, 5);
        assert.ok(r.cells.filter((c) => c.relation !== 'silent').length >= 2, 'a fact of two sources at least');
        for (const c of r.cells) assert.ok(c.relation === 'silent' ? c.value === '—' : c.value.length > 0);
        assert.match(r.sources_line, lang === 'ar' ? /منافذ|منفذ/ : /outlets?, \d+ independent sources?/);
      }
      for (const [name, row] of [['second-stage deadline', deadlineRow(o)], ['start of talks', talksRow(o)]]) {
        assert.ok(row, `the ${name} is a disputed row`);
        const said = row.cells.filter((c) => c.relation !== 'silent');
        assert.ok(said.length >= 3, `${name}: three outlets at least give a value (${said.map((c) => c.value).join(' | ')})`);
        assert.ok(said.some((c) => c.relation === 'differ'), `${name}: an outlet differs`);
        assert.ok(cellRect(s, row.cluster, said[0].article), `${name}: its cells are drawn`);
      }
      assert.ok(deadlineRow(o).cells.some((c) => /2026|التالي/.test(c.value)), 'the deadline row gives the end of 2026');
      assert.ok(talksRow(o).cells.some((c) => /يناير|كانون/.test(c.value)), 'the talks row gives January');
      // The text layer carries the table: a row per fact, a cell per outlet with its relation.
      const layer = await page.$$eval('#overview-layer tr[data-relation]', (trs) => trs.map((tr) => ({
        relation: tr.dataset.relation, cells: [...tr.querySelectorAll('td')].map((td) => td.dataset.relation) })));
      assert.equal(layer.length, o.rows.length);
      assert.deepEqual(layer.map((r) => r.relation), o.rows.map((r) => r.relation));
      assert.deepEqual(layer[0].cells, o.rows[0].cells.map((c) => c.relation));
      await shoot(page, `overview-${lang}`);
      // Another tab removes the table from the layer.
      await page.evaluate(() => window.isnad.showPanel('claims'));
      await until(page, () => !document.getElementById('overview-layer'));
      assert.deepEqual(errors, []);
      await context.close();
    });

test('a cell opens its passage: beside the open article when it reports the fact, else in the pane', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  await page.evaluate(() => window.isnad.showPanel('overview'));
  await settle(page);
  let s = await state(page);
  const row = deadlineRow(s.overview);
  const other = row.cells.find((c) => c.relation !== 'silent' && c.article !== s.open);
  const mine = row.cells.find((c) => c.article === s.open);
  assert.ok(mine.relation !== 'silent', 'the open article (000) reports the deadline');
  await clickRect(page, cellRect(s, row.cluster, other.article));
  await until(page, (a) => window.isnad.state().panes.length === 2 && window.isnad.state().panes[1].article === a, other.article);
  s = await state(page);
  assert.equal(s.xref.cluster, row.cluster);
  assert.equal(s.xref.to.article, other.article);
  await until(page, () => window.isnad.state().xref.rects[1] !== null);
  await shoot(page, 'overview-cell-two-panes');
  // A fact the open article does not report opens alone, its passage marked.
  const lone = s.overview.rows.find((r) => r.cells.find((c) => c.article === s.open).relation === 'silent');
  const cell = lone.cells.find((c) => c.relation !== 'silent');
  await page.evaluate(() => window.isnad.closePane());
  await settle(page);
  // Its row is further down: the panel scrolls (the wheel over it) until the cell is in view.
  s = await state(page);
  for (let i = 0; i < 20 && cellRect(s, lone.cluster, cell.article).y + 40 > 800; ++i) {
    const r = cellRect(s, lone.cluster, cell.article);
    await page.mouse.move(r.x + r.w / 2, 400);
    await page.mouse.wheel(0, 200);
    await settle(page);
    s = await state(page);
  }
  await clickRect(page, cellRect(s, lone.cluster, cell.article));
  await until(page, (a) => window.isnad.state().open === a && window.isnad.state().spot?.article === a, cell.article);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the overview exports as CSV and as a Markdown table through the download', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  await page.evaluate(() => window.isnad.showPanel('overview'));
  await settle(page);
  const s = await state(page);
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), clickRect(page, s.ui.overview_csv)]);
  assert.match(csvDownload.suggestedFilename(), /^000_64500c877a054f3f\.overview\.csv$/);
  const csv = parseCsv(fs.readFileSync(await csvDownload.path(), 'utf8').replace(/^\uFEFF/, ''));
  assert.equal(csv[0].length, 4 + s.overview.columns.length);
  assert.deepEqual(csv[0].slice(0, 4), ['fact', 'relation', 'outlets', 'independent_sources']);
  assert.equal(csv.length, 1 + s.overview.rows.length);
  const d = deadlineRow(s.overview), line = csv[1 + s.overview.rows.indexOf(d)];
  assert.equal(line[1], 'disagree');
  assert.deepEqual(line.slice(4), d.cells.map((c) => c.value));
  const [mdDownload, answer] = await Promise.all([page.waitForEvent('download'), page.evaluate(() => window.isnad.exportOverview('md'))]);
  assert.equal(answer.ok, true);
  assert.match(mdDownload.suggestedFilename(), /\.overview\.md$/);
  const md = fs.readFileSync(await mdDownload.path(), 'utf8').trim().split('\n');
  assert.equal(md.length, 2 + s.overview.rows.length, 'a header, its rule and a line per fact');
  const cols = (l) => l.replace(/\\\|/g, '¦').split('|').slice(1, -1);
  assert.equal(cols(md[0]).length, 3 + s.overview.columns.length);
  for (const l of md.slice(2)) assert.equal(cols(l).length, 3 + s.overview.columns.length, 'every line has every column');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the article list and the header show each article\'s real title, outlet, date and link', async () => {
  for (const lang of ['ar', 'en']) {
    const { context, page, errors } = await openPage(env.browser, env.url);
    await settle(page);
    if (lang === 'en') { await page.evaluate(() => window.isnad.setLanguage('en')); await settle(page); }
    const s = await state(page);
    for (const a of s.articles) {
      assert.ok(a.title.length > 20, `${a.file}: a title of words (${a.title})`);
      assert.doesNotMatch(a.title, /المصدر|الرابط|تحليلاتخاصرئيسية|^https?:/, `${a.file}: no boilerplate or metadata`);
      assert.notEqual(a.title_kind, 'none');
    }
    assert.equal(s.articles[1].title_kind, 'headline');
    assert.equal(s.articles[1].title, 'واشنطن تريد الانسحاب من العراق.. لكن بصيغة رابح – رابح!!');
    assert.equal(s.articles[2].header_source, 'The Sun');
    // The text layer's header: the title, the outlet and the (estimated) date.
    const header = await page.$eval('#textlayer header', (h) => h.textContent);
    assert.ok(header.includes(s.articles[0].title) && header.includes('2024-09-09'));
    await shoot(page, `article-list-titles-${lang}`);
    // 002 has an http(s) link: the header shows it as a link.
    await page.evaluate(() => window.isnad.openArticle(2));
    await settle(page);
    const t = await state(page);
    assert.ok(t.ui.header_link && t.ui.header_link.w > 0, 'the header links to the article');
    assert.equal(await page.$eval('#textlayer header a', (a) => a.protocol), 'https:');
    await shoot(page, `article-header-${lang}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('twenty articles: the overview scrolls and its columns narrow to initials', async () => {
  const { context, page, errors } = await openPage(env.browser, env.url);
  await settle(page);
  const seeds = fs.readdirSync(`${ROOT}/web/corpus`).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(`${ROOT}/web/corpus/${f}`, 'utf8'));
  for (let i = 0; i < 15; ++i) {
    const n = (await state(page)).articles.length;
    await addPasted(page, { text: `${seeds[i % 5]}\nنسخة ${i + 1}.`, title: `نسخة ${i + 1}`, outlet: `وكالة رقم ${i + 1}` });
    await until(page, (k) => window.isnad.state().articles.length === k, n + 1);
    await analysed(page);   // the worker's answer, before the next click (a click during its adoption can be lost)
  }
  await page.evaluate(() => window.isnad.openArticle(0));
  await page.evaluate(() => window.isnad.showPanel('overview'));
  await settle(page);
  const s = await state(page);
  assert.equal(s.articles.length, 20);
  assert.ok(s.overview.columns.length >= 15, `most of the twenty are one story (${s.overview.columns.length})`);
  assert.equal(s.overview_narrow, true, 'the columns show initials');
  const cells = s.ui.panel_rows.filter((r, i) => s.ui.panel_row_ids[i].startsWith('cell:'));
  assert.ok(cells.every((r) => r.w >= 20), 'every cell keeps some width');
  assert.ok(Math.max(...cells.map((r) => r.y)) > 800, 'the rows go on below the window: the panel scrolls');
  await shoot(page, 'overview-20-articles');
  assert.deepEqual(errors, []);
  await context.close();
});
