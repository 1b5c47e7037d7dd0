// Screenshots of every view at devicePixelRatio 1 and 2, under build/screenshots/, for a person to
// look at: the article, find, two panes, each side panel, the dark theme, the English interface.
// Each view is also checked for what it must show, and the page must be idle again after each.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, state, settle, inkPixels } from '../browser.mjs';
import { shoot } from '../screenshots.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

for (const dpr of [1, 2]) {
  test(`every view at devicePixelRatio ${dpr}`, async () => {
    const { context, page, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800, deviceScaleFactor: dpr });
    await settle(page);
    assert.equal((await state(page)).viewport.dpr, dpr);
    const shot = async (name) => {
      const file = await shoot(page, name);
      const { ink, total } = await inkPixels(page, await page.screenshot());
      assert.ok(ink > total * 0.004, `${name}: something is drawn (${ink} of ${total})`);
      return file;
    };
    await shot('article');
    await page.evaluate(() => window.isnad.find('الانسحاب'));
    await page.waitForFunction(() => window.isnad.state().find?.current_rect);
    await shot('find');
    await page.evaluate(() => window.isnad.closeFind());
    const k = (await state(page)).clusters.findIndex((c) => c.relation === 'disagree');
    const members = (await state(page)).clusters[k].claims;
    const to = members.findIndex((m) => m.article !== members[0].article);
    await page.evaluate(([c, t]) => window.isnad.openXref({ cluster: c, to: t, from: 0 }), [k, to]);
    await page.waitForFunction(() => window.isnad.state().xref?.rects.every((r) => r));
    await shot('two-panes-disagree');
    await page.evaluate(() => window.isnad.closePane());
    for (const p of ['sources', 'claims', 'entities', 'timeline']) {
      await page.evaluate((n) => window.isnad.showPanel(n), p);
      await page.waitForFunction((n) => window.isnad.state().panel === n, p);
      await shot(`panel-${p}`);
    }
    await page.evaluate(() => { window.isnad.showPanel('articles'); window.isnad.setTheme('dark'); });
    await shot('dark');
    await page.evaluate(() => window.isnad.openXref({ cluster: 0, to: 1, from: 0 }));
    await page.evaluate(() => window.isnad.showPanel('claims'));
    await shot('dark-two-panes-claims');
    await page.evaluate(() => { window.isnad.closePane(); window.isnad.setTheme('light'); window.isnad.setLanguage('en'); window.isnad.showPanel('timeline'); });
    await shot('english');
    // Idle again: nothing is drawn while nothing changes.
    await page.waitForTimeout(500);
    const before = (await state(page)).frames_drawn;
    await page.waitForTimeout(1500);
    assert.equal((await state(page)).frames_drawn, before, 'no frames while idle');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
