/**
 * Print never overprints (issue 22): Print, Print a plan and the comparison's
 * Print, each printed to PDF by Chromium and by Firefox at page margins from
 * 6 to 20 mm, with and without the browser's own headers and footers; then
 * poppler's `pdftotext -bbox` gives every word's box, and no two boxes on a
 * page may intersect. The words of key texts (the organisation's long name,
 * who prepared it, a long note, the people compared) must all be there, in
 * order: nothing cut off.
 *
 * The page (pages/report.js) fills a realistic record, presses the button,
 * and lets the widget's report-rendering function render the report into
 * the page's own document instead of its print frame, so page.pdf() prints
 * exactly the report the frame would.
 *
 * Firefox prints over WebDriver BiDi (browsingContext.print), which has no
 * headers-and-footers option: there each margin is printed once, without
 * them. WebKit has no print-to-PDF over WebDriver and is not tested here
 * (README, Browser support).
 *
 * Needs `npm run build` first (dist/), and poppler-utils (pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../tools/browsers/chromium.js';
import { firefoxArgs, firefoxPath } from '../../tools/browsers/firefox.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The bundle under test: dist/, or another build's (PRINT_DIST=/path/to/dist), to see an older widget fail. */
const dist = resolve(process.env.PRINT_DIST ?? join(root, 'dist'));
const MARGINS_MM = [6, 8, 10, 12, 15, 20];
const PRINTOUTS = ['record', 'plan', 'compare'] as const;
/**
 * Chromium's own headers and footers, as its print dialog draws them when a
 * person turns them on (page.pdf() draws nothing without templates): the
 * date and the title at the top, the address and "page/pages" at the foot,
 * in 8px text. Chromium sets these bands 15 pt in from the paper's edge, so
 * below about 8 mm of margin they reach into the page area, over whatever
 * any page prints there: at such margins only the report's own words are
 * checked against each other (the bands' words are left out).
 */
const cell = (content: string, align: string) => `<span style="flex:1;text-align:${align};overflow:hidden;white-space:nowrap;text-overflow:ellipsis">${content}</span>`;
const band = (cells: string) => `<div style="font:8px sans-serif;width:100%;margin:0 5mm;display:flex;gap:1em">${cells}</div>`;
/** The smallest margin that holds Chromium's header and footer bands: 15 pt in, 8px text. */
const BANDS_FIT_MM = 8;
const BROWSER_HEADER = band(cell('<span class="date"></span>', 'left') + cell('<span class="title"></span>', 'center') + cell('', 'right'));
const BROWSER_FOOTER = band(cell('<span class="url"></span>', 'left') + cell('', 'center') + cell('<span class="pageNumber"></span>/<span class="totalPages"></span>', 'right'));
/** Boxes may touch, or overlap by a rounding error, but not by more (PDF points). */
const EPSILON = 0.5;

interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

let server: Server;
let origin: string;
let scratch: string;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.css': 'text/css', '.woff2': 'font/woff2' };

/** dist/ at /dist, the framework at /framework, and the test page. */
function serve(): Promise<string> {
  const places: Record<string, string> = { dist, framework: join(root, 'framework'), pages: join(root, 'test/print/pages') };
  server = createServer((request, response) => {
    const [, place, ...rest] = decodeURIComponent(new URL(request.url!, 'http://x').pathname).split('/');
    const base = places[place!];
    const file = base && normalize(join(base, ...rest));
    if (!file || !file.startsWith(base) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

beforeAll(async () => {
  if (!existsSync(join(dist, 'collab-checklist.js'))) throw new Error(`The print test needs the built widget in ${dist}: run "npm run build" first.`);
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('The print test reads PDFs with poppler’s pdftotext: on Debian run "apt-get install -y poppler-utils".');
  }
  origin = await serve();
  scratch = mkdtempSync(join(tmpdir(), 'collab-print-'));
});

afterAll(async () => {
  await new Promise((done) => server?.close(done));
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Every word on every page, with its box, as poppler finds them; `margin` (points) leaves out the words in the page's margins. */
function wordsOf(pdf: Uint8Array, name: string, margin = 0): Word[][] {
  const file = join(scratch, `${name}.pdf`);
  writeFileSync(file, pdf);
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)![1]);
      return [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(([, x0, y0, x1, y1, text]) => ({
        text: text!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'"),
        xMin: Number(x0),
        yMin: Number(y0),
        xMax: Number(x1),
        yMax: Number(y1),
      })).filter((word) => word.yMin >= margin - EPSILON && word.yMax <= height - margin + EPSILON);
    });
}

const box = (word: Word) => `"${word.text}" [${[word.xMin, word.yMin, word.xMax, word.yMax].map((n) => n.toFixed(1)).join(', ')}]`;

/** Each pair of words on a page whose boxes intersect by more than EPSILON both ways. */
function overlaps(pages: Word[][]): string[] {
  const found: string[] = [];
  pages.forEach((words, index) => {
    const byX = [...words].sort((a, b) => a.xMin - b.xMin);
    for (let i = 0; i < byX.length; i += 1) {
      const a = byX[i]!;
      for (let j = i + 1; j < byX.length && byX[j]!.xMin < a.xMax - EPSILON; j += 1) {
        const b = byX[j]!;
        const high = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        const wide = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        if (high > EPSILON && wide > EPSILON) found.push(`page ${index + 1}: ${box(a)} overlaps ${box(b)}`);
      }
    }
  });
  return found;
}

/** The words of `text` that are not found, in order, among the printed words: empty when all printed. */
function missingWords(pages: Word[][], text: string): string[] {
  const printed = pages.flat().map((word) => word.text);
  const wanted = text.split(/\s+/).filter(Boolean);
  let at = 0;
  for (const [index, word] of wanted.entries()) {
    const found = printed.indexOf(word, at);
    if (found < 0) return wanted.slice(index);
    at = found + 1;
  }
  return [];
}

interface Engine {
  readonly name: 'chromium' | 'firefox';
  launch(): Promise<Browser>;
  /** Whether page.pdf() can add the browser's headers and footers. */
  readonly headersAndFooters: boolean;
}

const ENGINES: Engine[] = [
  { name: 'chromium', headersAndFooters: true, launch: () => puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs }) },
  { name: 'firefox', headersAndFooters: false, launch: () => puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true, args: firefoxArgs }) },
];

describe.each(ENGINES)('printed to PDF by $name', (engine) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await engine.launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(PRINTOUTS)('%s: no word on another at any margin, with or without headers, and nothing cut off', async (printout) => {
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}/pages/report.html?printout=${printout}`);
      await page.waitForFunction(() => (window as { printed?: boolean }).printed === true, { timeout: 60_000 });
      const keyText = await page.evaluate(() => (window as unknown as { keyText: Record<string, string | string[]> }).keyText);
      const problems: string[] = [];
      for (const margin of MARGINS_MM) {
        for (const headers of engine.headersAndFooters ? [false, true] : [false]) {
          const setting = `${engine.name}, ${printout}, ${margin} mm margins${headers ? ', browser headers and footers' : ''}`;
          const mm = `${margin}mm`;
          const pdf = await page.pdf({ format: 'A4', margin: { top: mm, right: mm, bottom: mm, left: mm }, displayHeaderFooter: headers, headerTemplate: BROWSER_HEADER, footerTemplate: BROWSER_FOOTER, printBackground: true, timeout: 60_000 });
          const bandsOverPage = headers && margin < BANDS_FIT_MM;
          const pages = wordsOf(pdf, `${engine.name}-${printout}-${margin}-${headers}`, bandsOverPage ? (margin / 25.4) * 72 : 0);
          problems.push(...overlaps(pages).map((overlap) => `${setting}: ${overlap}`));
          for (const [what, texts] of Object.entries(keyText)) {
            for (const text of [texts].flat()) {
              const missing = missingWords(pages, text);
              if (missing.length) problems.push(`${setting}: ${what} is not all printed: missing from "${missing.join(' ')}"`);
            }
          }
        }
      }
      expect(problems, `${problems.length} problems:\n${problems.slice(0, 40).join('\n')}`).toEqual([]);
    } finally {
      await page.close();
    }
  }, 300_000);
});
