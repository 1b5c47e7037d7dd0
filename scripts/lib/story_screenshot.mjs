#!/usr/bin/env node
// scripts/lib/story_screenshot.mjs SITE BUNDLE OUT.png — opens a story bundle of an archive run in the
// built page as a reader would (index.html?story=stories/<file>, served from the site's own origin),
// opens a disputed fact of the story beside its other source, and saves a screenshot. SITE: a
// published site (build/wasm/site); the bundle is copied into its stories/ folder.
import fs from 'node:fs';
import path from 'node:path';

const [site, bundle, out] = process.argv.slice(2);
if (!site || !bundle || !out) { console.error('usage: story_screenshot.mjs SITE BUNDLE OUT.png'); process.exit(2); }
process.env.ISNAD_SITE = path.resolve(site);   // read by browser.mjs when it loads
const { launch, openPage, state, settle } = await import('../../tests/e2e/browser.mjs');
fs.mkdirSync(path.join(site, 'stories'), { recursive: true });
const name = path.basename(bundle);
fs.copyFileSync(bundle, path.join(site, 'stories', name));
const story = JSON.parse(fs.readFileSync(bundle, 'utf8'));

const env = await launch();
try {
  const { context, page, errors } = await openPage(env.browser, `${env.url}?story=stories/${name}`);
  page.setDefaultTimeout(180000);   // a loaded machine
  await settle(page);
  const s = await state(page);
  const ours = new Set(story.articles.map((a) => a.title));
  const inStory = s.articles.map((a, i) => (ours.has(a.title) ? i : -1)).filter((i) => i >= 0);
  console.log(`story ${name}: ${story.articles.length} articles in the bundle, ${inStory.length} in the reader; message: ${await page.locator('#message').textContent()}`);
  // A cluster between two of the story's articles, a disputed one first.
  const clusters = s.clusters.map((c, i) => ({ ...c, i }))
    .filter((c) => c.claims.filter((m) => inStory.includes(m.article)).length >= 2)
    .sort((a, b) => (b.relation === 'disagree') - (a.relation === 'disagree') || b.claims.length - a.claims.length);
  if (clusters.length) {
    const k = clusters[0];
    const from = k.claims.findIndex((m) => inStory.includes(m.article));
    const to = k.claims.findIndex((m, j) => j !== from && inStory.includes(m.article) && m.article !== k.claims[from].article);
    await page.evaluate(([c, t, f]) => window.isnad.openXref({ cluster: c, to: t, from: f }), [k.i, to, from]);
    await page.waitForFunction(() => window.isnad.state().xref?.rects.every((r) => r));
    console.log(`opened cluster ${k.i} (${k.relation}, ${k.claims.length} claims) of ${clusters.length} across the story's articles`);
  } else {
    await page.evaluate((i) => window.isnad.openArticle(i), inStory[0]);
    console.log('no cluster across the story\'s articles: its first article is shown');
  }
  await page.mouse.move(640, 780);   // off the text: no hover card
  await page.waitForTimeout(2000);
  await page.screenshot({ path: out });
  const after = await state(page);
  console.log(`highlights in the open article: ${after.highlights.length}; errors: ${JSON.stringify(errors)}`);
  await context.close();
} finally {
  await env.close();
}
