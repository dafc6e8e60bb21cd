#!/usr/bin/env node
// npm run screenshot: retakes docs/screenshot.png from the running demo page.
/**
 * Takes a full-page screenshot of the demo page.
 *
 *   node tools/screenshot/screenshot.js [url] [out.png] [width] [--ticked]
 *
 * Defaults: http://localhost:5173/ (start it with `npm start`),
 * docs/screenshot.png, 1024 pixels wide. With --ticked, a few practices
 * are ticked, one is marked not applicable and one note is opened, so the
 * screenshot shows progress. Each run starts from a fresh browser profile,
 * so nothing saved earlier leaks in.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumAvailable, chromiumPath } from '../browsers/chromium.js';

const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith('-')));
const [url = 'http://localhost:5173/', out = 'docs/screenshot.png', widthArg = '1024'] = args.filter(
  (arg) => !arg.startsWith('-'),
);
const ticked = flags.has('--ticked');
const width = Number.parseInt(widthArg, 10);

if (flags.has('--help') || flags.has('-h')) {
  console.log('Usage: node tools/screenshot/screenshot.js [url] [out.png] [width] [--ticked]');
  process.exit(0);
}
if (!Number.isInteger(width) || width < 200 || width > 4000) {
  console.error(`Width must be a whole number of pixels between 200 and 4000, not "${widthArg}".`);
  process.exit(2);
}
if (!chromiumAvailable()) {
  console.error(`No Chromium at ${chromiumPath}. Install it or set CHROME_PATH.`);
  process.exit(2);
}

/** With --ticked: how many practices to tick in each behaviour, by position, starting from the first. */
const TICK_COUNT = { 0: 1, 1: 4, 2: 2, 3: 1 };

const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  protocolTimeout: 60_000,
  args: chromiumArgs,
});

const problems = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`Page error: ${error.message}`));
  page.on('console', (message) => {
    const type = message.type();
    if ((type === 'error' || type === 'warn') && !message.text().startsWith('Lit is in dev mode')) {
      problems.push(`Console ${type}: ${message.text()}`);
    }
  });

  await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);

  const response = await page.goto(url, { waitUntil: 'networkidle0', timeout: 30_000 });
  if (!response || response.status() >= 400) {
    throw new Error(`Could not load ${url}: ${response ? `HTTP ${response.status()}` : 'no response'}. Is the dev server running (npm start)?`);
  }

  // Wait until the element is defined and has rendered its checklist.
  await page.waitForFunction(
    () => {
      const element = document.querySelector('collab-checklist');
      return Boolean(element?.shadowRoot?.querySelector('.practice input[type="checkbox"]'));
    },
    { timeout: 15_000 },
  );

  if (ticked) {
    const result = await page.evaluate(async (tickCount) => {
      const element = document.querySelector('collab-checklist');
      const root = element.shadowRoot;
      const groups = [...root.querySelectorAll('.behaviour')];
      let count = 0;
      for (const [index, group] of groups.entries()) {
        const boxes = [...group.querySelectorAll('.practice-main input[type="checkbox"]')];
        for (const box of boxes.slice(0, tickCount[index] ?? 0)) {
          if (!box.checked) box.click();
          count++;
        }
      }
      // Mark the last practice of the fourth behaviour not applicable.
      const naBoxes = groups[3]?.querySelectorAll('.not-applicable input[type="checkbox"]');
      const na = naBoxes?.[naBoxes.length - 1];
      if (na && !na.checked) na.click();
      // Open one note and write a next step, as a person would.
      const note = groups[1]?.querySelector('.practice:nth-child(2) details.note');
      if (note) {
        note.querySelector('summary').click();
        // The notes field is built once the disclosure has opened.
        while (!note.querySelector('textarea')) await new Promise((done) => requestAnimationFrame(done));
        const field = note.querySelector('textarea');
        field.value = 'Talk to Northbridge Food Bank about a joint volunteer induction. Sam to call by end of May.';
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await element.updateComplete;
      return count;
    }, TICK_COUNT);
    console.log(`Ticked ${result} practices, marked 1 not applicable and wrote 1 note.`);
    // Let the progress bars settle.
    await new Promise((done) => setTimeout(done, 300));
  }

  // Blur whatever was clicked so no focus ring shows in the screenshot.
  await page.evaluate(() => {
    const element = document.querySelector('collab-checklist');
    element?.shadowRoot?.activeElement?.blur();
    document.activeElement?.blur?.();
  });

  const path = resolve(out);
  await mkdir(dirname(path), { recursive: true });
  // Grow the viewport to the whole page and capture that: steadier than
  // fullPage's capture-beyond-viewport on a long page. The page uses no vh
  // units, so its layout does not change.
  const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path, type: 'png' });
  console.log(`Wrote ${path} (${width}px wide).`);
} finally {
  if (problems.length) console.warn(problems.join('\n'));
  await browser.close();
}
