import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * Where the packed package is unpacked (into its node_modules) and the apps
 * are copied: inside the repository, so the apps' other dependencies
 * resolve from its node_modules, and not under a node_modules folder, which
 * svelte-check skips. Ignored by git.
 */
export const PACKED_ROOT = join(ROOT, 'test/package/.packed');
export const INSTALLED = join(PACKED_ROOT, 'node_modules/collab-checklist');
const APPS = join(ROOT, 'test/package/apps');

/** Host toolchains on a loaded two-core machine: generous, but bounded. */
export const TOOL_TIMEOUT = 180_000;

export interface Run {
  readonly status: number | null;
  readonly output: string;
}

/**
 * Copies one of test/package/apps into the packed package's folder, as an app
 * that installed it, optionally with more files (wrong usages), and returns
 * its folder.
 */
export function appFrom(name: string, extraFiles: Record<string, string> = {}, as = name): string {
  const folder = join(PACKED_ROOT, as);
  cpSync(join(APPS, name), folder, { recursive: true });
  for (const [file, text] of Object.entries(extraFiles)) writeFileSync(join(folder, file), text);
  return folder;
}

/** The app's usage file with one change, failing loudly if the text to change is not there. */
export function variantOf(name: string, file: string, from: string, to: string): string {
  const text = readFileSync(join(APPS, name, file), 'utf8');
  if (!text.includes(from)) throw new Error(`test/package/apps/${name}/${file} has no ${from}`);
  return text.replace(from, to);
}

/** Runs a dev dependency's command line in `cwd`, never longer than TOOL_TIMEOUT. */
export function run(cwd: string, command: string, args: readonly string[]): Run {
  const result = spawnSync(join(ROOT, 'node_modules/.bin', command), args, { cwd, encoding: 'utf8', timeout: TOOL_TIMEOUT });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * tsc's, vue-tsc's and ngc's report, as each file's errors (an error's lines
 * that follow it included). ngc always writes tsc's coloured `--pretty` form.
 */
export function errorsByFile(output: string): Map<string, string> {
  const errors = new Map<string, string>();
  let file = '';
  for (const line of stripVTControlCharacters(output).split('\n')) {
    file = line.match(/^(\S+?)(?:\(\d+,\d+\):|:\d+:\d+ -) error/)?.[1] ?? file;
    if (file) errors.set(file, `${errors.get(file) ?? ''}${line}\n`);
  }
  return errors;
}

/** svelte-check's `--output machine` report, as each file's errors. */
export function svelteErrorsByFile(output: string): Map<string, string> {
  const errors = new Map<string, string>();
  for (const [, file, message] of output.matchAll(/^\d+ ERROR "([^"]+)" \d+:\d+ (.*)$/gm)) errors.set(file!, `${errors.get(file!) ?? ''}${message}\n`);
  return errors;
}
