// tests/e2e/screenshots.mjs — screenshots of each view for a person to look at, written under
// build/screenshots/ (ISNAD_SCREENSHOTS to move them) as <name>-dpr<N>.png. The view is shot at
// the page's own devicePixelRatio; tests that want both ratios open a page at each.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, settle } from './browser.mjs';

export const SCREENSHOTS = process.env.ISNAD_SCREENSHOTS || path.join(ROOT, 'build/screenshots');

// settle: false keeps the mouse where it is (a hover card), without waiting for a frame.
export async function shoot(page, name, { settle: wait = true } = {}) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  if (wait) await settle(page);
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  const file = path.join(SCREENSHOTS, `${name}-dpr${dpr}.png`);
  await page.screenshot({ path: file });
  return file;
}
