// npm run bench — not part of the tests. Times, in headless Chromium, for the
// NCVO framework and generated frameworks of 100, 1,000 and 5,000 practices:
//   render: from the moment the bundle starts loading to every practice on screen
//   tick:   from a click on a practice to the change saved and shown
// Reports medians and how cost grows with size. Needs `npm run build` first.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.js';

const SIZES = [30, 100, 1000, 5000];
const PAGE_LOADS = Number(process.env.BENCH_LOADS ?? 7);
const TICKS = Number(process.env.BENCH_TICKS ?? 21);

if (!existsSync('dist/collab-checklist.js')) {
  console.error('Run "npm run build" first: the benchmark measures dist/collab-checklist.js.');
  process.exit(1);
}

/** A framework of `count` practices in 5 behaviours, in the documented format. */
function generatedFramework(count) {
  const behaviours = Array.from({ length: 5 }, (_, b) => ({
    id: `behaviour-${b}`,
    title: `Behaviour ${b + 1} of a generated framework`,
    practices: [],
  }));
  for (let p = 0; p < count; p += 1) {
    behaviours[p % 5].practices.push({ id: `practice-${p}`, text: `Practice ${p + 1}: a sentence about as long as a real one, describing what the organisation does.` });
  }
  return { formatVersion: 1, id: `generated-${count}`, version: '1', lang: 'en-GB', title: `Generated framework of ${count} practices`, behaviours };
}

const pageFor = (count) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench</title>
<script src="/start.js"></script><script type="module" src="/dist/collab-checklist.js"></script></head>
<body><collab-checklist ${count === 30 ? '' : `framework-src="/framework-${count}.json"`}></collab-checklist></body></html>`;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const send = (body, type) => {
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };
  const page = /^\/page-(\d+)\.html$/.exec(url.pathname);
  if (page) return send(pageFor(Number(page[1])), 'text/html');
  const framework = /^\/framework-(\d+)\.json$/.exec(url.pathname);
  if (framework) return send(JSON.stringify(generatedFramework(Number(framework[1]))), 'application/json');
  if (url.pathname === '/start.js') return send('window.benchStart = performance.now();', 'text/javascript');
  const file = normalize(join('.', url.pathname));
  if (file.startsWith('dist/') && existsSync(file)) return send(readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(count) {
  const renders = [];
  const ticks = [];
  for (let load = 0; load < PAGE_LOADS; load += 1) {
    const page = await browser.newPage();
    await page.goto(`${origin}/page-${count}.html`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const rendered = await page.waitForFunction(
      (expected) => {
        const root = document.querySelector('collab-checklist')?.shadowRoot;
        const shown = root?.querySelectorAll('.practice-main input, fieldset.levels').length ?? 0;
        return shown === expected ? performance.now() - window.benchStart : false;
      },
      { polling: 'raf', timeout: 120_000 },
      count,
    );
    renders.push(await rendered.jsonValue());
    if (load === 0) {
      ticks.push(
        ...(await page.evaluate(async (times) => {
          const element = document.querySelector('collab-checklist');
          const boxes = [...element.shadowRoot.querySelectorAll('.practice-main input')];
          const key = Object.keys(localStorage).find((each) => each.startsWith('collab-checklist:'));
          const results = [];
          for (let i = 0; i < times; i += 1) {
            const box = boxes[Math.floor((i * boxes.length) / times)];
            const started = performance.now();
            box.click();
            await element.updateComplete;
            const saved = JSON.parse(localStorage.getItem(key) ?? localStorage.getItem(Object.keys(localStorage).find((each) => each.startsWith('collab-checklist:'))));
            if (!saved) throw new Error('nothing saved');
            results.push(performance.now() - started);
          }
          return results;
        }, TICKS)),
      );
    }
    await page.close();
  }
  return { count, render: median(renders), tick: median(ticks) };
}

const version = await browser.version();
const results = [];
for (const count of SIZES) results.push(await measure(count));
await browser.close();
server.close();

console.log(`\n${version}, ${(await import('node:os')).cpus().length} cores, ${PAGE_LOADS} page loads and ${TICKS} ticks per size (medians)\n`);
console.log('| Practices | Render (ms) | ms per practice | Tick to saved (ms) |');
console.log('| ---: | ---: | ---: | ---: |');
for (const { count, render, tick } of results) {
  console.log(`| ${count.toLocaleString('en-GB')} | ${render.toFixed(1)} | ${(render / count).toFixed(3)} | ${tick.toFixed(2)} |`);
}
const [, small, , large] = results;
console.log(`\nFrom 100 to 5,000 practices (×50): render ×${(large.render / small.render).toFixed(1)}, tick ×${(large.tick / small.tick).toFixed(1)}.`);
