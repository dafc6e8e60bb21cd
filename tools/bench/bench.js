// npm run bench: measures load, readiness, click-to-saved and heap against a plain HTML page (not a test).
// npm run bench — not part of the tests. Needs `npm run build` first.
//
// Part 1, side by side in one run: the widget with the bundled NCVO framework
// (30 practices) against the limit, a plain HTML page of the same checklist
// (30 labelled checkboxes and 15 lines of JS keeping ticks in localStorage):
//   first load:      gzip bytes of everything the page fetched before the
//                    checklist showed (the page itself and every script)
//   ready:           from the start of navigation to every practice on screen,
//                    checked at every animation frame from the first (start.js)
//   click → stored:  from a click on a checkbox to the tick being in localStorage
//   JS heap:         used JS heap after a garbage collection, once ready
// Part 2, a generated framework of 5,000 practices in five behaviours:
//   first behaviour: from the start of navigation to the first behaviour's heading
//                    and first 10 practices on screen (framework fetch and checks included)
//   all practices:   to every practice in the page
//   tick / keystroke → painted frame: from a click (or a note's input event)
//                    to the next frame after it was painted (requestAnimationFrame,
//                    then a task after it), not merely to Lit's updateComplete.
// Medians of BENCH_LOADS page loads (7) and BENCH_TICKS ticks (21).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../browsers/chromium.js';

const PAGE_LOADS = Number(process.env.BENCH_LOADS ?? 7);
const TICKS = Number(process.env.BENCH_TICKS ?? 21);
const LARGE = 5000;

if (!existsSync('dist/collab-checklist.js')) {
  console.error('Run "npm run build" first: the benchmark measures dist/collab-checklist.js.');
  process.exit(1);
}

const ncvo = JSON.parse(readFileSync('framework/ncvo-collaborative-behaviours.json', 'utf8'));

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

/**
 * Loaded before anything else on every page: checks at every animation
 * frame, from the very first, for the first behaviour (title and 10
 * practices) and for every practice being on screen, and records when, in
 * ms from the start of navigation (performance.now()).
 */
const START_JS = `const expected = Number(document.currentScript.dataset.practices);
function check() {
  const root = document.querySelector('collab-checklist')?.shadowRoot ?? document;
  const first = root.querySelector('.behaviour, body > fieldset');
  if (window.benchFirst === undefined && first?.querySelector('.behaviour-title, h3') && first.querySelectorAll('.practice-main input, input').length >= 10) {
    window.benchFirst = performance.now();
  }
  if (root.querySelectorAll('.practice-main input, fieldset.levels, body > fieldset input').length >= expected) {
    window.benchReady = performance.now();
    return;
  }
  requestAnimationFrame(check);
}
requestAnimationFrame(check);`;

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The limit: the same checklist as plain HTML, ticks kept in localStorage by 15 lines of JS. */
const plainPage = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench</title>
<script src="/start.js" data-practices="30"></script></head><body>
<h2>${escape(ncvo.title)}</h2>
${ncvo.behaviours
  .map(
    (behaviour) => `<fieldset><legend><h3>${escape(behaviour.title)}</h3></legend>
${behaviour.practices.map((practice) => `<div><input type="checkbox" id="${practice.id}"><label for="${practice.id}">${escape(practice.text)}</label></div>`).join('\n')}
</fieldset>`,
  )
  .join('\n')}
<p id="progress"></p>
<script>
const KEY = 'plain-checklist';
const boxes = [...document.querySelectorAll('input[type=checkbox]')];
const progress = document.getElementById('progress');
let ticked = {};
try { ticked = JSON.parse(localStorage.getItem(KEY)) || {}; } catch {}
function show() {
  const count = boxes.filter((box) => box.checked).length;
  progress.textContent = count + ' of ' + boxes.length + ' in place';
}
for (const box of boxes) {
  box.checked = ticked[box.id] === true;
  box.addEventListener('change', () => {
    ticked[box.id] = box.checked;
    localStorage.setItem(KEY, JSON.stringify(ticked));
    show();
  });
}
show();
</script></body></html>`;

const widgetPage = (src, practices) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench</title>
<script src="/start.js" data-practices="${practices}"></script><script type="module" src="/dist/collab-checklist.js"></script></head>
<body><collab-checklist${src ? ` framework-src="${src}"` : ''}></collab-checklist></body></html>`;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const bodies = new Map();

const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const send = (body, type) => {
    bodies.set(url.pathname, body);
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };
  if (url.pathname === '/plain.html') return send(plainPage, 'text/html');
  if (url.pathname === '/widget.html') return send(widgetPage(undefined, 30), 'text/html');
  if (url.pathname === '/widget-large.html') return send(widgetPage(`/framework-${LARGE}.json`, LARGE), 'text/html');
  if (url.pathname === `/framework-${LARGE}.json`) return send(JSON.stringify(generatedFramework(LARGE)), 'application/json');
  if (url.pathname === '/start.js') return send(START_JS, 'text/javascript');
  const file = normalize(join('.', url.pathname));
  if (file.startsWith('dist/') && existsSync(file)) return send(readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** Gzip bytes of what the server sent for `path` (nothing for a 404). */
const gzipBytes = (path) => (bodies.has(path) ? gzipSync(bodies.get(path), { level: 9 }).length : 0);

async function openFresh(page, path) {
  await page.goto(`${origin}${path}`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
}

/** What start.js recorded: ms from the start of navigation to `name` (benchReady: every practice on screen; benchFirst: the first behaviour). */
async function recorded(page, name) {
  const handle = await page.waitForFunction((key) => window[key], { polling: 100, timeout: 120_000 }, name);
  return handle.jsonValue();
}

/** Gzip bytes of the page and of every resource it had received by `ready` (less the bench's own start.js). */
async function firstLoadBytes(page, ready, path) {
  const fetched = await page.evaluate(
    (until) => performance.getEntriesByType('resource').filter((entry) => entry.responseEnd <= until).map((entry) => new URL(entry.name).pathname),
    ready,
  );
  const files = [path, ...fetched.filter((each) => each !== '/start.js')];
  if (files.some((file) => !bodies.has(file))) console.error(`not served: ${files.filter((file) => !bodies.has(file)).join(", ")}`);
  return { bytes: files.reduce((sum, file) => sum + gzipBytes(file), 0), files };
}

async function heapAfterGc(page) {
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

/** Click → the change in localStorage: checked straight after the click, then after each microtask and task. */
async function clickToStored(page, times) {
  return page.evaluate(async (count) => {
    const root = document.querySelector('collab-checklist')?.shadowRoot ?? document;
    const boxes = [...root.querySelectorAll('.practice-main input, body > fieldset input')];
    // A first tick, not timed, shows which key the checklist saves under.
    boxes[0].click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const key = Object.keys(localStorage).find((each) => each.startsWith('collab-checklist:') || each === 'plain-checklist');
    const snapshot = () => localStorage.getItem(key);
    const results = [];
    for (let i = 0; i < count; i += 1) {
      const box = boxes[Math.floor((i * boxes.length) / count)];
      const before = snapshot();
      const started = performance.now();
      box.click();
      let stored = snapshot() !== before;
      for (let microtask = 0; !stored && microtask < 100; microtask += 1) {
        await Promise.resolve();
        stored = snapshot() !== before;
      }
      while (!stored) {
        await new Promise((resolve) => setTimeout(resolve));
        stored = snapshot() !== before;
      }
      results.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return results;
  }, times);
}

async function measureSmall(path) {
  const ready = [];
  const bytes = [];
  const heap = [];
  let ticks = [];
  let files = [];
  for (let load = 0; load < PAGE_LOADS; load += 1) {
    const page = await browser.newPage();
    await openFresh(page, path);
    const time = await recorded(page, 'benchReady');
    ready.push(time);
    const first = await firstLoadBytes(page, time, path);
    bytes.push(first.bytes);
    files = first.files;
    heap.push(await heapAfterGc(page));
    if (load === 0) ticks = await clickToStored(page, TICKS);
    await page.close();
  }
  return { ready: median(ready), bytes: median(bytes), heap: median(heap), tick: median(ticks), files };
}

/** From an input (a click, or a note's input event) to the next frame after the one that painted it. */
async function toPaintedFrame(page, kind, times) {
  return page.evaluate(
    async (what, count) => {
      const element = document.querySelector('collab-checklist');
      const root = element.shadowRoot;
      const nextPaintedFrame = () =>
        new Promise((resolve) => requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(undefined);
        }));
      const boxes = [...root.querySelectorAll('.practice-main input')];
      const results = [];
      for (let i = 0; i < count; i += 1) {
        const index = Math.floor((i * boxes.length) / count);
        let act;
        if (what === 'tick') act = () => boxes[index].click();
        else {
          const practice = boxes[index].closest('.practice');
          const details = practice.querySelector('details.note');
          if (!details.open) {
            details.open = true;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          const field = practice.querySelector('textarea');
          act = () => {
            field.value += 'a';
            field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          };
        }
        await nextPaintedFrame();
        const started = performance.now();
        act();
        await nextPaintedFrame();
        results.push(performance.now() - started);
      }
      return results;
    },
    kind,
    times,
  );
}

async function measureLarge() {
  const first = [];
  const all = [];
  let ticks = [];
  let keys = [];
  for (let load = 0; load < PAGE_LOADS; load += 1) {
    const page = await browser.newPage();
    await openFresh(page, '/widget-large.html');
    first.push(await recorded(page, 'benchFirst'));
    all.push(await recorded(page, 'benchReady'));
    if (load === 0) {
      ticks = await toPaintedFrame(page, 'tick', TICKS);
      keys = await toPaintedFrame(page, 'keystroke', TICKS);
    }
    await page.close();
  }
  return { first: median(first), all: median(all), tick: median(ticks), key: median(keys) };
}

const version = await browser.version();
const plain = await measureSmall('/plain.html');
const widget = await measureSmall('/widget.html');
const large = await measureLarge();
await browser.close();
server.close();

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const ms = (value, digits = 1) => `${value.toFixed(digits)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(1)}×`;

console.log(`\n${version}, ${cpus().length} cores, ${PAGE_LOADS} fresh page loads and ${TICKS} ticks each (medians)\n`);
console.log('| | first load (gzip) | ready (all practices visible) | click → stored | JS heap |');
console.log('| --- | ---: | ---: | ---: | ---: |');
console.log(`| plain HTML page (the limit) | ${kib(plain.bytes)} | ${ms(plain.ready)} | ${ms(plain.tick, 2)} | ${mib(plain.heap)} |`);
console.log(`| this widget | ${kib(widget.bytes)} | ${ms(widget.ready)} | ${ms(widget.tick, 2)} | ${mib(widget.heap)} |`);
console.log(`| ratio | ${ratio(widget.bytes, plain.bytes)} | ${ratio(widget.ready, plain.ready)} | ${ratio(widget.tick, plain.tick)} | ${ratio(widget.heap, plain.heap)} |`);
console.log(`\nFetched before the widget showed: ${widget.files.join(', ')}`);
console.log(`\n${LARGE.toLocaleString('en-GB')} practices (five behaviours of 1,000):\n`);
console.log('| first behaviour on screen | all practices in the page | tick → painted frame | keystroke → painted frame |');
console.log('| ---: | ---: | ---: | ---: |');
console.log(`| ${ms(large.first)} | ${ms(large.all)} | ${ms(large.tick)} | ${ms(large.key)} |`);
