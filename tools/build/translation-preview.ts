// Vite dev plugin for translators: re-localizes and reloads the demo as translation files are saved.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { isPseudoLocale } from '../localize/pseudo-locales.js';
import { jsonSyntaxProblems } from '../localize/translation-syntax.js';

/**
 * A translator's preview: while `npm start` runs, saving an XLIFF file (or
 * lit-localize.json) re-runs `npm run localize` and reloads the demo, and
 * saving a framework translation checks its JSON and reloads. A mistake is
 * shown on the page and in the terminal, one line each, instead of a reload.
 */
export interface TranslationPreviewOptions {
  /** The project folder (where lit-localize.json is). */
  readonly root: string;
  /** Runs the localize step; resolves with whether it worked and what it printed. */
  readonly localize?: () => Promise<LocalizeOutcome>;
}

export interface LocalizeOutcome {
  readonly ok: boolean;
  readonly output: string;
}

const XLIFF_FILE = /^xliff\/([^/]+)\.xlf$/;
const FRAMEWORK_TRANSLATION_FILE = /^framework\/translations\/[^/]+\.([^./]+)\.json$/;

/**
 * What a saved file (relative to the project) needs before the preview can
 * show it; `undefined` for files that are not a translator's, including the
 * pseudo-locales the localize step writes itself.
 */
export function previewStepFor(path: string): 'localize' | 'check-json' | undefined {
  const file = path.split(sep).join('/');
  // xliff/locales.json too: the localize step checks its JSON first.
  if (file === 'lit-localize.json' || file === 'xliff/locales.json') return 'localize';
  const xliff = XLIFF_FILE.exec(file);
  if (xliff) return isPseudoLocale(xliff[1]) ? undefined : 'localize';
  const translation = FRAMEWORK_TRANSLATION_FILE.exec(file);
  if (translation) return isPseudoLocale(translation[1]) ? undefined : 'check-json';
  return undefined;
}

export function translationPreviewPlugin(options: TranslationPreviewOptions): Plugin {
  const root = resolve(options.root);
  const localize = options.localize ?? (() => runLocalize(root));
  return {
    name: 'collab-translation-preview',
    // The dev server only: Vitest also serves, but runs no preview.
    apply: (_config, { command }) => command === 'serve' && !process.env.VITEST,
    configureServer(server) {
      // Contents last acted on, so the localize step's own rewrite of a file does not start it again.
      const seen = new Map<string, string>();
      // What is still wrong, by step ('localize', or the framework file checked): shown until fixed, across reloads and other files' saves.
      const wrong = new Map<string, string>();
      const show = (key: string, outcome: LocalizeOutcome) => {
        if (outcome.ok) wrong.delete(key);
        else wrong.set(key, outcome.output);
        showState(server, wrong, outcome.ok ? undefined : outcome.output);
      };
      // A page reloaded by hand (or a new tab) would otherwise lose the error and show the last good text.
      server.ws.on('connection', () => {
        if (wrong.size) showState(server, wrong);
      });
      // Once at the start too: `npm start` built the languages without marking the English still in them.
      let queue = localize()
        .then((outcome) => show('localize', outcome))
        .catch((error: unknown) => server.config.logger.error(String(error)));
      server.watcher.add([resolve(root, 'xliff'), resolve(root, 'framework/translations'), resolve(root, 'lit-localize.json')]);
      const onSave = (file: string) => {
        const step = previewStepFor(relative(root, file));
        if (!step) return;
        // One step at a time, in the order the files were saved; a failed step must not stop later ones.
        queue = queue
          .then(async () => {
            // Read once the step before has finished, not when the watcher calls: the localize step
            // empties an XLIFF file before writing it again, and that empty file, read mid-step, looked
            // like a translator's save, which started the step again, and so on: the page reloaded
            // every few seconds for as long as `npm start` ran.
            if (!existsSync(file)) return;
            const text = readFileSync(file, 'utf8');
            if (seen.get(file) === text) return;
            seen.set(file, text);
            if (step === 'check-json') {
              const problems = jsonSyntaxProblems(relative(root, file), text);
              return show(file, { ok: problems.length === 0, output: problems.join('\n') });
            }
            server.config.logger.info(`${relative(root, file)} changed: updating the translations…`);
            const outcome = await localize();
            for (const each of seen.keys()) if (existsSync(each)) seen.set(each, readFileSync(each, 'utf8'));
            show('localize', outcome);
          })
          .catch((error: unknown) => server.config.logger.error(String(error)));
      };
      server.watcher.on('change', onSave);
      server.watcher.on('add', onSave);
    },
  };
}

/**
 * Reloads the page when nothing is wrong, else shows every mistake still
 * outstanding on it (Vite's error overlay); `fresh`, the mistakes just
 * found, also go to the terminal.
 */
function showState(server: ViteDevServer, wrong: ReadonlyMap<string, string>, fresh?: string): void {
  if (fresh) server.config.logger.error(fresh);
  if (!wrong.size) {
    server.ws.send({ type: 'full-reload' });
    return;
  }
  server.ws.send({ type: 'error', err: { message: [...wrong.values()].join('\n'), stack: '' } });
}

function runLocalize(root: string): Promise<LocalizeOutcome> {
  return new Promise((done) => {
    // Texts a language lacks show as marked English here, so a translator sees what is left.
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/localize/localize.ts', '--mark-english'], { cwd: root });
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ ok: code === 0, output: output.trim() }));
  });
}
