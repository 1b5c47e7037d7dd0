// tests/e2e/browser.mjs — shared helpers for the browser tests: Debian's Chromium through
// playwright-core (headless, no background networking: the machine reaches only the registries),
// the built site served from a local static server, and pixel checks on screenshots.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const SITE = process.env.ISNAD_SITE || path.join(ROOT, 'build/wasm/site');
export const SHOTS = process.env.ISNAD_SHOTS || path.join(ROOT, 'build/e2e');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export async function launch() {
  if (!fs.existsSync(path.join(SITE, 'index.html'))) throw new Error(`${SITE} has no built page: run scripts/build`);
  fs.mkdirSync(SHOTS, { recursive: true });
  const { server, url } = await startServer(SITE, 0);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
  });
  const close = async () => { await browser.close(); await new Promise((r) => server.close(r)); };
  return { browser, url, server, close };
}

// A fresh context (fresh profile) and page; console and page errors are collected in `errors`.
export async function openPage(browser, url, { width = 1280, height = 800, deviceScaleFactor = 1, permissions = [] } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor });
  if (permissions.length) await context.grantPermissions(permissions);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  await page.goto(url);
  await page.evaluate(() => window.isnad.ready);
  return { context, page, errors };
}

export const state = (page) => page.evaluate(() => window.isnad.state());

// Waits until the analysis worker has answered every request the reader sent (adding, importing or
// removing articles; web/analyser.js): the page stays usable meanwhile, but highlights come after.
export async function analysed(page, timeout = 120000) {
  await page.waitForFunction(() => window.isnad.state().analysing === false, null, { timeout, polling: 50 });
}

// Waits until the analysis (if any is out) is in and the app has drawn a frame after whatever just
// happened. The app draws on input, so
// the mouse is moved to wake it — to a corner other than the one it was last moved to, because
// Chromium sends no mousemove for a move to where the pointer already is (a settle right after
// another one would then wait for a frame that never comes).
const lastCorner = new WeakMap();
export async function settle(page) {
  let s = await state(page);
  if (s.analysing) { await analysed(page); s = await state(page); }
  const before = s.frames_drawn;
  const x = lastCorner.get(page) === 2 ? 3 : 2;
  lastCorner.set(page, x);
  // Below the message strip when one is shown (it takes the pointer unless it is a progress note).
  const y = await page.evaluate(() => {
    const m = document.getElementById('message');
    return m && !m.hidden && !m.classList.contains('progress') ? Math.ceil(m.getBoundingClientRect().bottom) + 2 : 2;
  });
  await page.mouse.move(x, y);
  await page.waitForFunction((n) => window.isnad.state().frames_drawn > n, before);
  await page.waitForTimeout(100);
}

// Waits for the app (and the reader's stored articles) to be ready and for a frame after it.
export async function ready(page) { await page.evaluate(() => window.isnad.ready); await settle(page); }

// Clicks the middle of a rectangle from state() ({x, y, w, h}, CSS pixels).
export async function clickRect(page, r) { await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2); }

// Adds an article through the page's own dialog, as a reader pastes one: text and title, and the
// outlet and URL when given.
export async function addPasted(page, { text, title, outlet, url }) {
  await clickRect(page, (await state(page)).ui.add_button);
  await page.locator('#add-dialog').waitFor({ state: 'visible' });
  await page.fill('#add-form textarea[name=text]', text);
  await page.fill('#add-form input[name=title]', title);
  if (outlet !== undefined) await page.fill('#add-form input[name=outlet]', outlet);
  if (url !== undefined) await page.fill('#add-form input[name=url]', url);
  await page.click('#add-submit');
}

// Counts the pixels of a PNG screenshot that are far from the background, by decoding it in the
// page (the CSP allows data: images) — no image library needed.
export async function inkPixels(page, png) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 300) ++ink;
    return { ink, total: d.length / 4 };
  }, png.toString('base64'));
}
