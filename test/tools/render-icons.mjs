#!/usr/bin/env node
// Renders icons/icon.svg to the PNG sizes the manifest names, with Debian's headless Chromium.
// Run after editing the SVG: `node test/tools/render-icons.mjs`. The PNGs are committed, so the
// build needs no browser.
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const ICONS = fileURLToPath(new URL('../../icons/', import.meta.url));
const SIZES = [16, 32, 48, 128];
const svg = await readFile(`${ICONS}icon.svg`, 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: `${ICONS}icon-${size}.png`, omitBackground: true });
    await page.close();
    console.log(`icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
