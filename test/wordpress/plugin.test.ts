/**
 * The plugin as a WordPress site runs it: Debian's WordPress 6.1 with
 * MariaDB and PHP (test/wordpress/site.ts starts them on 127.0.0.1), the
 * plugin installed from dist-wordpress/collab-checklist.zip (`npm run build`),
 * pages saved through the REST API as the block editor saves them, and the
 * published pages in Chromium.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWordPress, type WordPressSite } from './site.js';
import { chromiumArgs, chromiumPath } from '../../tools/browsers/chromium.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const BLOCK = 'collab-checklist/checklist';
const block = (attributes: object = {}) => `<!-- wp:${BLOCK} ${JSON.stringify(attributes)} /-->`;
/** A request for the main file, by any address. */
const MAIN_FILE = /\/collab-checklist\.js(\?|#|$)/;

let site: WordPressSite;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(chromiumPath)) throw new Error(`The WordPress tests need Chromium at ${chromiumPath}: run "apt-get install -y chromium", or set CHROME_PATH.`);
  site = await startWordPress(join(root, 'dist-wordpress/collab-checklist.zip'));
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}, 180_000);

afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    await site?.stop();
  }
});

interface Visit {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every request for collab-checklist.js. */
  mainFileRequests: string[];
}

/** Opens a published page in a fresh tab, recording errors and loads of the main file. */
async function visit(url: string): Promise<Visit> {
  const page = await browser.newPage();
  const visit: Visit = { page, errors: [], mainFileRequests: [] };
  page.on('console', (message) => message.type() === 'error' && visit.errors.push(`${message.text()} ${message.location().url ?? ''}`));
  page.on('pageerror', (error) => visit.errors.push(String(error)));
  page.on('request', (request) => MAIN_FILE.test(request.url()) && visit.mainFileRequests.push(request.url()));
  await page.goto(url, { waitUntil: 'load' });
  return visit;
}

/** Waits for the first checklist on the page to show its practices; returns how many checkboxes it shows. */
async function practices(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => document.querySelector('collab-checklist')?.shadowRoot?.querySelectorAll('.practice-main input[type="checkbox"]').length || false,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** The one copy of the main file every page with the checklist loads: the plugin's, with no query string. */
function expectOneCopy({ errors, mainFileRequests }: Visit) {
  expect(mainFileRequests).toEqual([`${site.url}/wp-content/plugins/collab-checklist/dist/${version}/collab-checklist.js`]);
  expect(errors).toEqual([]);
}

/** The files where docs/hosts/wordpress.md's manual way puts them, as an old page would load them. */
function uploadManualCopy() {
  const uploads = join(site.dir, 'wordpress/wp-content/uploads/collab-checklist');
  mkdirSync(uploads, { recursive: true });
  for (const name of readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js'))) copyFileSync(join(root, 'dist', name), join(uploads, name));
}

describe('the WordPress plugin on WordPress 6.1 (Debian)', () => {
  it('shows an Administrator\'s block with all 30 practices, its settings, one copy of the module, a tick kept across a reload', async () => {
    const created = await site.rest(site.admin, 'POST', '/wp/v2/pages', {
      title: 'Our partnership checklist',
      status: 'publish',
      content: `<!-- wp:paragraph --><p>Work through it together.</p><!-- /wp:paragraph -->\n${block({ storageKey: 'board', headingLevel: 3, theme: 'auto' })}`,
    });
    const visited = await visit(created.link);
    const { page } = visited;
    expect(await practices(page)).toBe(30);
    expect(await page.$eval('collab-checklist', (element) => [element.getAttribute('storage-key'), element.getAttribute('heading-level'), element.getAttribute('theme')])).toEqual(['board', '3', 'auto']);
    expect(await page.$eval('collab-checklist', (element) => element.shadowRoot!.querySelectorAll('h3').length)).toBeGreaterThan(0);

    await page.$eval('collab-checklist', (element) => element.shadowRoot!.querySelector<HTMLInputElement>('.practice-main input')!.click());
    await page.reload({ waitUntil: 'load' });
    await practices(page);
    expect(await page.$eval('collab-checklist', (element) => element.shadowRoot!.querySelector<HTMLInputElement>('.practice-main input')!.checked)).toBe(true);
    // Once per page load: two loads, one copy each.
    expect(visited.mainFileRequests).toHaveLength(2);
    visited.mainFileRequests.pop();
    expectOneCopy(visited);
    await page.close();
  });

  it('lets an Author place the block, in Welsh, and keeps it when the Author later changes only the title', async () => {
    // Authors may publish posts, not pages; their content goes through kses (no unfiltered_html).
    const created = await site.rest(site.author, 'POST', '/wp/v2/posts', { title: 'Ein rhestr', status: 'publish', content: block({ storageKey: 'team-a', lang: 'cy' }) });
    expect(created.content.raw).toBe(block({ storageKey: 'team-a', lang: 'cy' }));

    // The block editor saves the whole content with a new title.
    const { content } = await site.rest(site.author, 'GET', `/wp/v2/posts/${created.id}?context=edit`);
    const edited = await site.rest(site.author, 'POST', `/wp/v2/posts/${created.id}`, { title: 'Ein rhestr wirio', content: content.raw });
    expect(edited.content.raw).toBe(created.content.raw);

    const visited = await visit(edited.link);
    expect(await practices(visited.page)).toBe(30);
    expect(await visited.page.$eval('collab-checklist', (element) => element.lang)).toBe('cy');
    expectOneCopy(visited);
    await visited.page.close();
  });

  it("keeps a Contributor's block in the draft they submit for review", async () => {
    const created = await site.rest(site.contributor, 'POST', '/wp/v2/posts', { title: 'For review', status: 'pending', content: block({ storageKey: 'review', headingLevel: 4 }) });
    expect(created.content.raw).toBe(block({ storageKey: 'review', headingLevel: 4 }));
  });

  it('is why the plugin exists: an Author\'s Custom HTML loses its script tag and the element when saved', async () => {
    const html = '<!-- wp:html -->\n<script type="module" src="/wp-content/uploads/collab-checklist/collab-checklist.js"></script>\n<collab-checklist></collab-checklist>\n<!-- /wp:html -->';
    const created = await site.rest(site.author, 'POST', '/wp/v2/posts', { title: 'Custom HTML', status: 'draft', content: html });
    expect(created.content.raw).not.toContain('<script');
    expect(created.content.raw).not.toContain('<collab-checklist');
  });

  it('loads one copy where an old Custom HTML block still has its own script tag for the file', async () => {
    uploadManualCopy();
    const html = '<!-- wp:html -->\n<script type="module" src="/wp-content/uploads/collab-checklist/collab-checklist.js"></script>\n<collab-checklist storage-key="old"></collab-checklist>\n<!-- /wp:html -->';
    const created = await site.rest(site.admin, 'POST', '/wp/v2/pages', { title: 'Old page', status: 'publish', content: `${html}\n${block({ storageKey: 'new' })}` });
    const visited = await visit(created.link);
    expect(await practices(visited.page)).toBe(30);
    expect(await visited.page.$$eval('collab-checklist', (elements) => elements.map((element) => element.shadowRoot?.querySelectorAll('.practice-main input').length))).toEqual([30, 30]);
    expectOneCopy(visited);
    await visited.page.close();
  });

  it('renders the shortcode, leaving out settings that are not valid', async () => {
    const created = await site.rest(site.admin, 'POST', '/wp/v2/pages', {
      title: 'Classic page',
      status: 'publish',
      content: '[collab_checklist storage_key="classic" heading_level="4" theme="dark" lang="en"]\n\n[collab_checklist storage_key="a b&quot;><script>" heading_level="9" theme="purple" lang="x"]',
    });
    const html = await (await fetch(created.link)).text();
    expect(html).toContain('<collab-checklist storage-key="classic" lang="en" heading-level="4" theme="dark"></collab-checklist>');
    expect(html).toContain('<collab-checklist></collab-checklist>');
    const visited = await visit(created.link);
    expect(await practices(visited.page)).toBe(30);
    expectOneCopy(visited);
    await visited.page.close();
  });

  it('does not load the module on a page without the block or shortcode', async () => {
    const created = await site.rest(site.admin, 'POST', '/wp/v2/pages', { title: 'About us', status: 'publish', content: '<!-- wp:paragraph --><p>No checklist here.</p><!-- /wp:paragraph -->' });
    const visited = await visit(created.link);
    expect(await visited.page.content()).not.toContain('collab-checklist');
    expect(visited.mainFileRequests).toEqual([]);
    await visited.page.close();
  });

  it("works under docs/hosts/wordpress.md's Content Security Policy, with a second copy from another address, without errors", async () => {
    // The page's must-use plugin, as the page says to save it; from now on every front-end page sends the policy.
    const [csp] = [...readFileSync(join(root, 'docs/hosts/wordpress.md'), 'utf8').matchAll(/^```php\n([\s\S]*?)^```$/gm)].map(([, code]) => code!);
    mkdirSync(join(site.dir, 'wordpress/wp-content/mu-plugins'), { recursive: true });
    writeFileSync(join(site.dir, 'wordpress/wp-content/mu-plugins/collab-checklist-csp.php'), csp!);

    uploadManualCopy();
    // Classic content (not a Custom HTML block, so the plugin leaves its script tag), saved by an Administrator.
    const created = await site.rest(site.admin, 'POST', '/wp/v2/pages', {
      title: 'Two copies',
      status: 'publish',
      content: '<script type="module" src="/wp-content/uploads/collab-checklist/collab-checklist.js"></script>\n[collab_checklist storage_key="csp"]',
    });
    const response = await fetch(created.link);
    expect(response.headers.get('content-security-policy')).toContain("trusted-types lit-html 'allow-duplicates'");
    const visited = await visit(created.link);
    expect(await practices(visited.page)).toBe(30);
    expect(visited.mainFileRequests.map((url) => new URL(url).pathname).sort()).toEqual([
      `/wp-content/plugins/collab-checklist/dist/${version}/collab-checklist.js`,
      '/wp-content/uploads/collab-checklist/collab-checklist.js',
    ]);
    // Both copies ran; the element is the first one's, and the second defined nothing and logged no error.
    expect(await visited.page.evaluate(() => (window as { litHtmlVersions?: string[] }).litHtmlVersions?.length)).toBe(2);
    expect(visited.errors).toEqual([]);
    await visited.page.close();
  });

  it('shows the block in the block editor, with its settings (with the front-end policy in place)', async () => {
    const created = await site.rest(site.admin, 'POST', '/wp/v2/pages', { title: 'In the editor', status: 'draft', content: block({ storageKey: 'editor' }) });
    const page = await browser.newPage();
    // The block editor is dozens of PHP requests to one `php -S`: on a busy machine it takes its time.
    page.setDefaultTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${site.url}/wp-login.php`);
    // Set, not typed: wp-login.php selects the user name field 200 ms after loading, and typing into a selection replaces it.
    await page.$eval('#user_login', (input, value) => ((input as HTMLInputElement).value = value), site.admin.login);
    await page.$eval('#user_pass', (input, value) => ((input as HTMLInputElement).value = value), site.admin.password);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    await page.goto(`${site.url}/wp-admin/post.php?post=${created.id}&action=edit`);
    const placeholder = await page.waitForSelector('.wp-block-collab-checklist-checklist .components-placeholder');
    expect(await placeholder!.evaluate((element) => element.textContent)).toContain('under the key "editor"');
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('logs no PHP notice, warning or misuse from the plugin', () => {
    expect(site.debugLog().split('\n').filter((line) => /collab[-_]checklist/i.test(line))).toEqual([]);
  });
});
