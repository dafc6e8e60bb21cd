/**
 * Screenshots of the plugin in Debian's WordPress on Twenty Twenty-Three, to
 * look at as a person would: the block in the block editor and the published
 * page, 1280 and 375 pixels wide.
 *
 *   npm run build && npx tsx test/wordpress/screenshots.ts [out-dir]
 *
 * Writes editor-<width>.png, page-<width>.png (the first screen) and
 * page-<width>-full.png and page-<width>-practices.png to out-dir (default /tmp/wp-shots).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../tools/browsers/chromium.js';
import { startWordPress } from './site.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = resolve(process.argv[2] ?? '/tmp/wp-shots');
mkdirSync(out, { recursive: true });

const site = await startWordPress(join(root, 'dist-wordpress/collab-checklist.zip'));
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
try {
  const created = await site.rest(site.admin, 'POST', '/wp/v2/pages', {
    title: 'How well do we work together?',
    status: 'publish',
    content: [
      '<!-- wp:paragraph --><p>Work through NCVO\'s collaborative behaviours with your partners. Your answers stay in this browser.</p><!-- /wp:paragraph -->',
      '<!-- wp:collab-checklist/checklist {"storageKey":"partnership"} /-->',
    ].join('\n'),
  });
  const page = await browser.newPage();
  const visitor = await (await browser.createBrowserContext()).newPage();
  await page.goto(`${site.url}/wp-login.php`);
  await page.$eval('#user_login', (input, value) => ((input as HTMLInputElement).value = value), site.admin.login);
  await page.$eval('#user_pass', (input, value) => ((input as HTMLInputElement).value = value), site.admin.password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);

  for (const width of [1280, 375]) {
    await page.setViewport({ width, height: 900 });
    await page.goto(`${site.url}/wp-admin/post.php?post=${created.id}&action=edit`);
    const block = await page.waitForSelector('.wp-block-collab-checklist-checklist', { timeout: 60_000 });
    await block!.click();
    await new Promise((r) => setTimeout(r, 1000));
    await page.screenshot({ path: join(out, `editor-${width}.png`) });

    // The published page as a visitor sees it: not logged in, so no admin bar.
    await visitor.setViewport({ width, height: 900 });
    await visitor.goto(created.link, { waitUntil: 'networkidle0' });
    await visitor.waitForFunction(() => document.querySelector('collab-checklist')?.shadowRoot?.querySelector('.practice-main input'));
    await visitor.screenshot({ path: join(out, `page-${width}.png`) });
    await visitor.screenshot({ path: join(out, `page-${width}-full.png`), fullPage: true });
    // The practices, with the first one ticked.
    await visitor.evaluate(() => {
      const tick = document.querySelector('collab-checklist')!.shadowRoot!.querySelector<HTMLInputElement>('.practice-main input')!;
      if (!tick.checked) tick.click();
      tick.scrollIntoView({ block: 'center' });
    });
    await visitor.screenshot({ path: join(out, `page-${width}-practices.png`) });
  }
  console.log(`Screenshots in ${out}`);
} finally {
  await browser.close();
  await site.stop();
}
