import { launch, openPage, state, settle } from './browser.mjs';
const env = await launch();
const { page } = await openPage(env.browser, env.url);
await settle(page);
const tree = await page.locator('#textlayer article').ariaSnapshot();
console.log(tree.slice(0, 800));
console.log([...new Set((await state(page)).highlights.map(h=>h.type))]);
await env.close();
