// npm run bench: how long a visitor waits for the checklist, against a plain HTML page and SurveyJS (not a test).
// npm run bench — not part of the tests. Needs `npm run build` first.
//
// Part 1, the slow phone, side by side in one run: the plain page (the
// limit: the NCVO framework's 30 practices as labelled checkboxes and 15
// lines of JS keeping ticks in localStorage), this widget (English, and
// Welsh on a first visit), and SurveyJS (survey-core and survey-js-ui, the
// same checklist as five checkbox questions). Chromium's network emulation
// (BENCH_RTT ms round trip, BENCH_DOWN kbit/s down: Slow 4G) and CPU
// throttling (BENCH_CPU×), every file compressed as a host would serve it
// (gzip level 9, and brotli quality 11: BENCH_ENCODINGS), each load in a
// fresh browser context with nothing cached (the files are sent no-store).
//   first visit:  nothing stored
//   returning:    3 ticks stored by an earlier, unthrottled visit; ready also
//                 waits for those ticks to show
//   ready:        from the start of navigation to the frame that painted every
//                 practice, checked at every animation frame from the first
//                 (a script inline at the top of each page)
//   requests, KiB: the page and every file it had received by then, and
//                 their compressed bytes
// Loads are interleaved (each round loads every page once, in turn), so a
// machine's changing load falls on all of them alike; medians.
// Part 2, unthrottled: ready, click → stored (from a click on a checkbox to
// the tick being in localStorage), JS heap after a garbage collection.
// Part 3, a generated framework of 5,000 practices in five behaviours:
//   first behaviour: from the start of navigation to the first behaviour's heading
//                    and first 10 practices on screen (framework fetch and checks included)
//   all practices:   to every practice in the page
//   tick / keystroke → painted frame: from a click (or a note's input event)
//                    to the next frame after it was painted (requestAnimationFrame,
//                    then a task after it), not merely to Lit's updateComplete.
// Knobs: BENCH_PHONE_LOADS (5) throttled loads of each page and visit,
// BENCH_LOADS (7) unthrottled loads, BENCH_TICKS (21), BENCH_PARTS
// (phone,desktop,large), BENCH_ENCODINGS (gzip,br), BENCH_RTT (150),
// BENCH_DOWN (1600), BENCH_CPU (4).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../browsers/chromium.js';

const PAGE_LOADS = Number(process.env.BENCH_LOADS ?? 7);
const PHONE_LOADS = Number(process.env.BENCH_PHONE_LOADS ?? 5);
const TICKS = Number(process.env.BENCH_TICKS ?? 21);
const PARTS = (process.env.BENCH_PARTS ?? 'phone,desktop,large').split(',');
const ENCODINGS = (process.env.BENCH_ENCODINGS ?? 'gzip,br').split(',');
const PHONE = {
  latency: Number(process.env.BENCH_RTT ?? 150),
  download: (Number(process.env.BENCH_DOWN ?? 1600) * 1000) / 8,
  upload: (750 * 1000) / 8,
  cpu: Number(process.env.BENCH_CPU ?? 4),
};
const LARGE = 5000;
const SURVEY = existsSync('node_modules/survey-js-ui/survey-js-ui.min.js');

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

/** Where each page keeps its practices' checkboxes (in the widget's shadow root, or the document). */
const PRACTICE_INPUTS = '.practice-main input, fieldset.levels, body > fieldset input, .sd-root-modern input[type=checkbox]';

/**
 * Inline at the top of every page, so it costs no request: checks at every
 * animation frame, from the very first, for the first behaviour (title and
 * 10 practices) and for every practice being in the page (and, for a
 * returning visitor, the stored ticks shown), and records when that frame
 * has been laid out and painted, in ms from the start of navigation
 * (performance.now()). A requestAnimationFrame callback runs before the
 * frame's style and layout, so the ready time waits for a task after it.
 */
const START_JS = `const expected = Number(document.currentScript.dataset.practices);
const ticked = Number(document.currentScript.dataset.ticked);
function check() {
  const root = document.querySelector('collab-checklist')?.shadowRoot ?? document;
  const first = root.querySelector('.behaviour');
  if (window.benchFirst === undefined && first?.querySelector('.behaviour-title') && first.querySelectorAll('.practice-main input').length >= 10) {
    window.benchFirst = performance.now();
  }
  const inputs = [...root.querySelectorAll(${JSON.stringify(PRACTICE_INPUTS)})];
  if (inputs.length >= expected && inputs.filter((input) => input.checked).length >= ticked) {
    // After this frame's style, layout and paint: a task queued now runs once they are done.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.benchReady = performance.now(); };
    channel.port2.postMessage(undefined);
    return;
  }
  requestAnimationFrame(check);
}
requestAnimationFrame(check);`;

// In a block of its own: its names must not clash with the page's.
const startScript = (practices, ticked) => `<script data-practices="${practices}" data-ticked="${ticked}">{${START_JS}}</script>`;

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The limit: the same checklist as plain HTML, ticks kept in localStorage by 15 lines of JS. */
const plainPage = (ticked) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench</title>
${startScript(30, ticked)}</head><body>
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

const widgetPage = ({ src, practices, ticked, lang = 'en-GB' }) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>bench</title>
${startScript(practices, ticked)}<script type="module" src="/dist/collab-checklist.js"></script></head>
<body><collab-checklist${src ? ` framework-src="${src}"` : ''}></collab-checklist></body></html>`;

/** SurveyJS with its default theme (without its web font): each behaviour a checkbox question, all on one page, answers kept in localStorage. */
const surveyModel = {
  title: ncvo.title,
  showCompleteButton: false,
  pages: [{ elements: ncvo.behaviours.map((behaviour) => ({ type: 'checkbox', name: behaviour.id, title: behaviour.title, choices: behaviour.practices.map((practice) => ({ value: practice.id, text: practice.text })) })) }],
};
const surveyPage = (ticked) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench</title>
${startScript(30, ticked)}<link rel="stylesheet" href="/survey/survey-core.min.css">
<script src="/survey/survey.core.min.js"></script><script src="/survey/survey-js-ui.min.js"></script></head>
<body><div id="survey"></div><script>
const KEY = 'survey-checklist';
const survey = new Survey.Model(${JSON.stringify(surveyModel).replace(/</g, '\\u003c')});
try { survey.data = JSON.parse(localStorage.getItem(KEY)) || {}; } catch {}
survey.onValueChanged.add((sender) => localStorage.setItem(KEY, JSON.stringify(sender.data)));
SurveyUI.renderSurvey(survey, document.getElementById('survey'));
</script></body></html>`;

const SURVEY_FILES = {
  // The theme without its web font, which it would fetch from a font host: this machine has no network, and the page would wait.
  '/survey/survey-core.min.css': 'node_modules/survey-core/survey-core.fontless.min.css',
  '/survey/survey.core.min.js': 'node_modules/survey-core/survey.core.min.js',
  '/survey/survey-js-ui.min.js': 'node_modules/survey-js-ui/survey-js-ui.min.js',
};

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.css': 'text/css' };
/** Each body served, by path, for the byte counts. */
const bodies = new Map();
/** How the server compresses what it sends: changed between loads (they run one at a time). */
let encoding = 'identity';
const compressed = new Map();
function encode(body, how) {
  const key = `${how}\n${typeof body === 'string' ? body : body.length + body.subarray(0, 64).toString('hex')}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      how === 'gzip'
        ? gzipSync(body, { level: 9 })
        : how === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
          : Buffer.from(body),
    );
  }
  return compressed.get(key);
}

const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const ticked = Number(url.searchParams.get('ticked') ?? 0);
  const send = (body, type) => {
    bodies.set(url.pathname, body);
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (encoding !== 'identity') headers['content-encoding'] = encoding;
    response.writeHead(200, headers);
    response.end(encode(body, encoding));
  };
  if (url.pathname === '/plain.html') return send(plainPage(ticked), 'text/html');
  if (url.pathname === '/widget.html') return send(widgetPage({ practices: 30, ticked }), 'text/html');
  if (url.pathname === '/widget-cy.html') return send(widgetPage({ practices: 30, ticked, lang: 'cy' }), 'text/html');
  if (url.pathname === '/survey.html') return send(surveyPage(ticked), 'text/html');
  if (url.pathname === '/widget-large.html') return send(widgetPage({ src: `/framework-${LARGE}.json`, practices: LARGE, ticked: 0 }), 'text/html');
  if (url.pathname === `/framework-${LARGE}.json`) return send(JSON.stringify(generatedFramework(LARGE)), 'application/json');
  if (SURVEY_FILES[url.pathname]) return send(readFileSync(SURVEY_FILES[url.pathname]), TYPES[extname(url.pathname)]);
  const file = normalize(join('.', url.pathname));
  if (file.startsWith('dist/') && existsSync(file)) return send(readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** What the inline script recorded: ms from the start of navigation to `name` (benchReady: every practice on screen; benchFirst: the first behaviour). */
async function recorded(page, name) {
  const handle = await page.waitForFunction((key) => window[key], { polling: 100, timeout: 120_000 }, name);
  return handle.jsonValue();
}

/** The page and every file it had received by `ready`, with their bytes as sent with `how`. */
async function receivedBy(page, ready, path, how) {
  const fetched = await page.evaluate(
    (until) => performance.getEntriesByType('resource').filter((entry) => entry.responseEnd <= until).map((entry) => new URL(entry.name).pathname),
    ready,
  );
  const files = [path, ...fetched];
  const missing = files.filter((file) => !bodies.has(file));
  if (missing.length > 0) console.error(`not served: ${missing.join(', ')}`);
  return { bytes: files.reduce((sum, file) => sum + (bodies.has(file) ? encode(bodies.get(file), how).length : 0), 0), files };
}

async function heapAfterGc(page) {
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

/** The key each page saves its ticks under. */
const storageKey = () => Object.keys(localStorage).find((each) => each.startsWith('collab-checklist:') || each === 'plain-checklist' || each === 'survey-checklist');

/** Ticks the first `count` practices and waits until the last is stored, as a visitor would before leaving. */
async function tickFirst(page, count) {
  await page.evaluate(
    async (selector, many, keyOf) => {
      const findKey = new Function(`return (${keyOf})()`);
      const root = document.querySelector('collab-checklist')?.shadowRoot ?? document;
      const boxes = [...root.querySelectorAll(selector)].slice(0, many);
      for (const box of boxes) {
        const before = localStorage.getItem(findKey() ?? '');
        box.click();
        for (let wait = 0; localStorage.getItem(findKey() ?? '') === before; wait += 1) {
          if (wait > 500) throw new Error(`a tick on ${location.pathname} was not stored`);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      }
    },
    PRACTICE_INPUTS,
    count,
    storageKey.toString(),
  );
}

/** Click → the change in localStorage: checked straight after the click, then after each microtask and task. */
async function clickToStored(page, times) {
  return page.evaluate(
    async (count, selector, keyOf) => {
      const root = document.querySelector('collab-checklist')?.shadowRoot ?? document;
      const boxes = [...root.querySelectorAll(selector)];
      // A first tick, not timed, shows which key the checklist saves under.
      boxes[0].click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const key = new Function(`return (${keyOf})()`)();
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
    },
    times,
    PRACTICE_INPUTS,
    storageKey.toString(),
  );
}

/** What `path` keeps in localStorage once a visitor has ticked its first `ticked` practices (an unthrottled visit of its own). */
const storedAfter = new Map();
async function storedTicks(path, ticked) {
  if (!storedAfter.has(path)) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    await recorded(page, 'benchReady');
    await tickFirst(page, ticked);
    storedAfter.set(path, await page.evaluate(() => JSON.stringify({ ...localStorage })));
    await context.close();
  }
  return storedAfter.get(path);
}

/**
 * One load of `path` in a fresh browser context (nothing cached, no
 * connection open), on the slow phone. A returning visitor's ticks are put
 * in localStorage before the page's first script runs.
 */
async function phoneLoad(path, ticked, how) {
  const stored = ticked > 0 ? await storedTicks(path, ticked) : undefined;
  const context = await browser.createBrowserContext();
  try {
    encoding = how;
    const page = await context.newPage();
    if (stored) await page.evaluateOnNewDocument((entries) => Object.entries(JSON.parse(entries)).forEach(([key, value]) => localStorage.setItem(key, value)), stored);
    await page.emulateNetworkConditions({ download: PHONE.download, upload: PHONE.upload, latency: PHONE.latency });
    await page.emulateCPUThrottling(PHONE.cpu);
    // Not waiting for the load event: ready is what counts, and it may come first.
    await page.goto(`${origin}${path}?ticked=${ticked}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    const ready = await recorded(page, 'benchReady');
    const { bytes, files } = await receivedBy(page, ready, path, how);
    return { ready, bytes, requests: files.length, files };
  } finally {
    encoding = 'identity';
    await context.close();
  }
}

const PHONE_PAGES = [
  { name: 'plain HTML, same checklist (the limit)', path: '/plain.html', plain: true },
  { name: 'this widget', path: '/widget.html' },
  { name: 'this widget, Welsh', path: '/widget-cy.html', firstOnly: true },
  ...(SURVEY ? [{ name: 'SurveyJS 2.5 (survey-core + survey-js-ui, default theme without its web font)', path: '/survey.html' }] : []),
];
const VISITS = [
  { name: 'first visit', ticked: 0 },
  { name: 'returning (3 ticks stored)', ticked: 3 },
];

async function measurePhone() {
  const runs = new Map();
  for (let round = 0; round < PHONE_LOADS; round += 1) {
    for (const how of ENCODINGS) {
      for (const visit of VISITS) {
        for (const page of PHONE_PAGES) {
          if (page.firstOnly && visit.ticked > 0) continue;
          const key = `${page.path} ${visit.ticked} ${how}`;
          if (!runs.has(key)) runs.set(key, []);
          runs.get(key).push(await phoneLoad(page.path, visit.ticked, how));
        }
      }
    }
  }
  const result = (page, visit, how) => {
    const loads = runs.get(`${page.path} ${visit.ticked} ${how}`);
    return loads && { ready: median(loads.map((each) => each.ready)), fastest: Math.min(...loads.map((each) => each.ready)), bytes: median(loads.map((each) => each.bytes)), requests: median(loads.map((each) => each.requests)), files: loads.at(-1).files };
  };
  return { result };
}

async function measureSmall(path) {
  const ready = [];
  const heap = [];
  let ticks = [];
  for (let load = 0; load < PAGE_LOADS; load += 1) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    ready.push(await recorded(page, 'benchReady'));
    heap.push(await heapAfterGc(page));
    if (load === 0) ticks = await clickToStored(page, TICKS);
    await context.close();
  }
  return { ready: median(ready), heap: median(heap), tick: median(ticks) };
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
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${origin}/widget-large.html`);
    first.push(await recorded(page, 'benchFirst'));
    all.push(await recorded(page, 'benchReady'));
    if (load === 0) {
      ticks = await toPaintedFrame(page, 'tick', TICKS);
      keys = await toPaintedFrame(page, 'keystroke', TICKS);
    }
    await context.close();
  }
  return { first: median(first), all: median(all), tick: median(ticks), key: median(keys) };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const ms = (value, digits = 0) => `${value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

const version = await browser.version();
const loadBefore = loadavg();
console.log(`\n${version}, ${cpus().length} cores, load average ${loadBefore.map((each) => each.toFixed(1)).join(' ')} at the start`);

if (PARTS.includes('phone')) {
  const { result } = await measurePhone();
  console.log(`\nSlow phone: ${PHONE.latency} ms round trip, ${(PHONE.download * 8) / 1000} kbit/s down, CPU ${PHONE.cpu}× slower; ${PHONE_LOADS} interleaved fresh loads of each (medians)\n`);
  const [main, ...others] = ENCODINGS;
  const names = { gzip: 'gzip', br: 'brotli', identity: 'uncompressed' };
  // The fastest load too: on a busy machine it is the one least slowed by waiting for a core.
  console.log(`| page | visit | ready (${names[main]}) | × plain | fastest | × plain | requests before ready | KiB on the wire (${names[main]}) |${others.map((how) => ` ready (${names[how]}) | × plain | KiB (${names[how]}) |`).join('')}`);
  console.log(`| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |${others.map(() => ' ---: | ---: | ---: |').join('')}`);
  for (const visit of VISITS) {
    for (const page of PHONE_PAGES) {
      if (page.firstOnly && visit.ticked > 0) continue;
      const cells = ENCODINGS.map((how) => ({ how, own: result(page, visit, how), plain: result(PHONE_PAGES[0], visit, how) }));
      const [first, ...rest] = cells;
      console.log(
        `| ${page.name} | ${visit.name} | ${ms(first.own.ready)} | ${ratio(first.own.ready, first.plain.ready)} | ${ms(first.own.fastest)} | ${ratio(first.own.fastest, first.plain.fastest)} | ${first.own.requests} | ${kib(first.own.bytes)} |${rest.map((cell) => ` ${ms(cell.own.ready)} | ${ratio(cell.own.ready, cell.plain.ready)} | ${kib(cell.own.bytes)} |`).join('')}`,
      );
    }
  }
  for (const page of PHONE_PAGES.slice(1)) console.log(`\nBefore ${page.name} showed (first visit): ${result(page, VISITS[0], main).files.join(', ')}`);
}

if (PARTS.includes('desktop')) {
  const pages = [
    { name: 'plain HTML page (the limit)', path: '/plain.html' },
    { name: 'this widget', path: '/widget.html' },
    ...(SURVEY ? [{ name: 'SurveyJS', path: '/survey.html' }] : []),
  ];
  const results = [];
  for (const page of pages) results.push(await measureSmall(page.path));
  console.log(`\nUnthrottled, uncompressed, ${PAGE_LOADS} fresh loads and ${TICKS} ticks each (medians)\n`);
  console.log('| | ready (all practices visible) | × plain | click → stored | − plain | JS heap | × plain |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  pages.forEach((page, index) => {
    const own = results[index];
    const plain = results[0];
    console.log(`| ${page.name} | ${ms(own.ready, 1)} | ${ratio(own.ready, plain.ready)} | ${ms(own.tick, 2)} | ${ms(own.tick - plain.tick, 2)} | ${mib(own.heap)} | ${ratio(own.heap, plain.heap)} |`);
  });
}

if (PARTS.includes('large')) {
  const large = await measureLarge();
  console.log(`\n${LARGE.toLocaleString('en-GB')} practices (five behaviours of 1,000), unthrottled:\n`);
  console.log('| first behaviour on screen | all practices in the page | tick → painted frame | keystroke → painted frame |');
  console.log('| ---: | ---: | ---: | ---: |');
  console.log(`| ${ms(large.first)} | ${ms(large.all)} | ${ms(large.tick)} | ${ms(large.key)} |`);
}
console.log(`\nLoad average at the end: ${loadavg().map((each) => each.toFixed(1)).join(' ')}`);
await browser.close();
server.close();
