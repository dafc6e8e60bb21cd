import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { previewStepFor, translationPreviewPlugin, type LocalizeOutcome } from '../../tools/build/translation-preview.js';

describe('previewStepFor', () => {
  it.each([
    ['xliff/pl.xlf', 'localize'],
    ['xliff/pa-Arab.xlf', 'localize'],
    ['lit-localize.json', 'localize'],
    ['framework/translations/ncvo-collaborative-behaviours.pl.json', 'check-json'],
    ['xliff/en-XA.xlf', undefined],
    ['xliff/ar-XB.xlf', undefined],
    ['framework/translations/ncvo-collaborative-behaviours.en-XA.json', undefined],
    ['xliff/locales.json', 'localize'],
    ['src/generated/locales/pl.ts', undefined],
    ['framework/ncvo-collaborative-behaviours.json', undefined],
  ])('%s needs %s', (path, step) => {
    expect(previewStepFor(path)).toBe(step);
  });
});

/** The parts of Vite's dev server the plugin uses, recording what it sends to the page. */
function fakeServer() {
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  const sockets = new EventEmitter();
  const sent: { type: string; err?: { message: string } }[] = [];
  const logged: string[] = [];
  const server = {
    watcher,
    ws: { send: (payload: (typeof sent)[number]) => sent.push(payload), on: (event: string, listener: () => void) => sockets.on(event, listener) },
    config: { logger: { info: (line: string) => logged.push(line), error: (line: string) => logged.push(line) } },
  };
  /** A page connecting: loaded, or reloaded by hand. */
  const connect = () => sockets.emit('connection');
  return { server: server as unknown as ViteDevServer, watcher, sent, logged, connect };
}

describe('translationPreviewPlugin on the dev server', () => {
  let root: string;
  let fake: ReturnType<typeof fakeServer>;
  let localize: ReturnType<typeof vi.fn<() => Promise<LocalizeOutcome>>>;

  function save(path: string, text: string) {
    writeFileSync(join(root, path), text);
    fake.watcher.emit('change', join(root, path));
  }

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'collab-preview-'));
    mkdirSync(join(root, 'xliff'));
    mkdirSync(join(root, 'framework/translations'), { recursive: true });
    fake = fakeServer();
    localize = vi.fn(async () => ({ ok: true, output: '' }));
    // Called the way Vite calls it; the plugin uses only the server.
    const plugin = translationPreviewPlugin({ root, localize }) as { configureServer: (server: ViteDevServer) => void };
    plugin.configureServer(fake.server);
  });

  /** The localize step the plugin runs when the server starts, done and forgotten. */
  async function started() {
    await vi.waitFor(() => expect(fake.sent).toEqual([{ type: 'full-reload' }]));
    localize.mockClear();
    fake.sent.length = 0;
  }

  it('runs the localize step once when the server starts, so the page shows the English still to translate marked', async () => {
    await vi.waitFor(() => expect(fake.sent).toEqual([{ type: 'full-reload' }]));
    expect(localize).toHaveBeenCalledTimes(1);
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('watches the XLIFF and framework translation folders and lit-localize.json', () => {
    expect(fake.watcher.add).toHaveBeenCalledWith([join(root, 'xliff'), join(root, 'framework/translations'), join(root, 'lit-localize.json')]);
  });

  it('re-runs the localize step and reloads the page when a translator saves their XLIFF file, once per change', async () => {
    await started();
    save('xliff/pl.xlf', '<xliff>one</xliff>');
    await vi.waitFor(() => expect(fake.sent).toEqual([{ type: 'full-reload' }]));
    expect(localize).toHaveBeenCalledTimes(1);
    save('xliff/pl.xlf', '<xliff>one</xliff>'); // the localize step writing the same text back
    save('xliff/en-XA.xlf', '<xliff>pseudo</xliff>'); // a pseudo-locale the localize step writes
    save('xliff/pl.xlf', '<xliff>two</xliff>');
    await vi.waitFor(() => expect(fake.sent).toHaveLength(2));
    expect(localize).toHaveBeenCalledTimes(2);
  });

  it('runs the localize step once for a save, though the step empties the XLIFF file before writing it back', async () => {
    await started();
    // As the real step writes (writeFileSync truncates first): the watcher may see the file empty.
    localize.mockImplementation(async () => {
      await new Promise((done) => setImmediate(done));
      save('xliff/pl.xlf', '');
      save('xliff/pl.xlf', '<xliff>one</xliff>');
      return { ok: true, output: '' };
    });
    save('xliff/pl.xlf', '<xliff>one</xliff>');
    await vi.waitFor(() => expect(fake.sent).toEqual([{ type: 'full-reload' }]));
    // A framework file's check queues behind anything the step's own writes started.
    const file = 'framework/translations/ncvo-collaborative-behaviours.pl.json';
    save(file, '{"lang": "pl"}');
    await vi.waitFor(() => expect(fake.sent).toHaveLength(2));
    expect(localize).toHaveBeenCalledTimes(1);
  });

  it('shows what the localize step reports on the page instead of reloading, and carries on after it', async () => {
    await started();
    const mistake = 'xliff/pl.xlf:22:18: Expected closing tag \'target\' (opened in line 22, col 3) instead of closing tag \'traget\'.';
    localize.mockResolvedValueOnce({ ok: false, output: mistake });
    save('xliff/pl.xlf', '<target>x</traget>');
    await vi.waitFor(() => expect(fake.sent).toEqual([{ type: 'error', err: { message: mistake, stack: '' } }]));
    expect(fake.logged).toContain(mistake);
    save('xliff/pl.xlf', '<target>x</target>');
    await vi.waitFor(() => expect(fake.sent.at(-1)).toEqual({ type: 'full-reload' }));
  });

  it('checks a saved framework translation for JSON mistakes, showing them or reloading, without the localize step', async () => {
    await started();
    const file = 'framework/translations/ncvo-collaborative-behaviours.pl.json';
    save(file, '{\n  "lang": "pl"\n  "title": "Tytuł"\n}\n');
    await vi.waitFor(() =>
      expect(fake.sent).toEqual([{ type: 'error', err: { message: `${file}:3:3: a comma "," is missing before this (between two entries)`, stack: '' } }]),
    );
    save(file, '{\n  "lang": "pl",\n  "title": "Tytuł"\n}\n');
    await vi.waitFor(() => expect(fake.sent.at(-1)).toEqual({ type: 'full-reload' }));
    expect(localize).not.toHaveBeenCalled();
  });

  it('keeps a mistake on the page when it is reloaded by hand, until the file is fixed', async () => {
    await started();
    const mistake = 'xliff/pl.xlf:22:18: a mistake';
    localize.mockResolvedValueOnce({ ok: false, output: mistake });
    save('xliff/pl.xlf', '<target>x</traget>');
    await vi.waitFor(() => expect(fake.sent).toHaveLength(1));
    fake.connect();
    expect(fake.sent).toEqual([1, 2].map(() => ({ type: 'error', err: { message: mistake, stack: '' } })));
    save('xliff/pl.xlf', '<target>x</target>');
    await vi.waitFor(() => expect(fake.sent.at(-1)).toEqual({ type: 'full-reload' }));
    fake.connect();
    expect(fake.sent).toHaveLength(3);
  });

  it("keeps one file's mistake on the page while another file is saved without one", async () => {
    await started();
    const file = 'framework/translations/ncvo-collaborative-behaviours.pl.json';
    save(file, '{\n  "lang": "pl"\n  "title": "Tytuł"\n}\n');
    await vi.waitFor(() => expect(fake.sent).toHaveLength(1));
    save('xliff/pl.xlf', '<target>x</target>');
    await vi.waitFor(() => expect(fake.sent).toHaveLength(2));
    expect(fake.sent[1]).toEqual({ type: 'error', err: { message: `${file}:3:3: a comma "," is missing before this (between two entries)`, stack: '' } });
  });
});
