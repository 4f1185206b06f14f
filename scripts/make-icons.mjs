// Renders the app icons (public/icons/*.png) from SVG with Chromium. Run once after changing the
// artwork and commit the PNGs: `npx node scripts/make-icons.mjs` (uses CHROMIUM_PATH or
// /usr/bin/chromium). The mark is the favicon's: a warning sign on the site's red.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const red = '#a3241f';
// The warning sign drawn in a 64-unit box, centred on (32, 32).
const mark = `<path d="M32 12 52 48H12Z" fill="none" stroke="#fff" stroke-width="5" stroke-linejoin="round"/>
<rect x="29.5" y="24" width="5" height="13" rx="2" fill="#fff"/><circle cx="32" cy="42" r="3" fill="#fff"/>`;

/** `rounded`: the favicon's rounded square; otherwise full bleed with the mark in the safe zone. */
function svg(size, { rounded, scale }) {
  const background = rounded
    ? `<rect width="64" height="64" rx="12" fill="${red}"/>`
    : `<rect width="64" height="64" fill="${red}"/>`;
  const offset = 32 - 32 * scale;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">${background}
<g transform="translate(${offset} ${offset}) scale(${scale})">${mark}</g></svg>`;
}

const icons = [
  { file: 'icon-192.png', size: 192, rounded: true, scale: 1 },
  { file: 'icon-512.png', size: 512, rounded: true, scale: 1 },
  // Maskable icons may be cut to a circle of 80% of the width: keep the mark inside it.
  { file: 'icon-maskable-512.png', size: 512, rounded: false, scale: 0.72 },
  // iOS rounds the corners itself and shows transparency as black.
  { file: 'apple-touch-icon.png', size: 180, rounded: false, scale: 0.86 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ],
});
try {
  mkdirSync('public/icons', { recursive: true });
  const page = await browser.newPage();
  for (const icon of icons) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg(icon.size, icon)}</body></html>`,
    );
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(`public/icons/${icon.file}`, png);
    console.log(`public/icons/${icon.file}  ${icon.size}×${icon.size}  ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
