#!/usr/bin/env node
/**
 * Builds the WordPress plugin zip from wordpress/ and the built dist/ files
 * (run `vite build` first; `npm run build` does both):
 *
 *   dist-wordpress/collab-checklist.zip
 *     collab-checklist/collab-checklist.php, readme.txt, LICENSE
 *     collab-checklist/block/            block.json, editor.js, editor.css
 *     collab-checklist/dist/<version>/   the .js files of dist/ (no maps, no types)
 *
 * The version in the plugin header, its constant and readme.txt's Stable
 * tag are package.json's. The zip is written with fflate (no system `zip`),
 * with fixed dates, so the same sources give the same bytes.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const source = join(root, 'wordpress');
const outDir = join(root, 'dist-wordpress');
export const zipPath = join(outDir, 'collab-checklist.zip');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const SLUG = 'collab-checklist';
// 1 January 2026: zip dates are local time with no zone; any fixed date will do.
const mtime = new Date(2026, 0, 1);

/** Replaces exactly one match of a pattern, failing if the file no longer has it. */
function stamp(text, pattern, replacement, file) {
  if (!pattern.test(text)) throw new Error(`${file}: no ${pattern} to write the version into`);
  return text.replace(pattern, replacement);
}

const files = {};
const add = (path, data) => (files[`${SLUG}/${path}`] = [data, { mtime, level: 9 }]);

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
for (const file of walk(source).sort()) {
  const path = relative(source, file);
  let data = readFileSync(file);
  if (path === 'collab-checklist.php') {
    let text = data.toString('utf8');
    text = stamp(text, /^( \* Version:\s+).*$/m, `$1${version}`, path);
    text = stamp(text, /^(const COLLAB_CHECKLIST_VERSION = ').*(';)$/m, `$1${version}$2`, path);
    data = Buffer.from(text);
  } else if (path === 'readme.txt') {
    data = Buffer.from(stamp(data.toString('utf8'), /^(Stable tag: ).*$/m, `$1${version}`, path));
  }
  add(path, data);
}
add('LICENSE', readFileSync(join(root, 'LICENSE')));

const scripts = readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js')).sort();
if (!scripts.includes('collab-checklist.js')) throw new Error('No dist/collab-checklist.js: run `vite build` first.');
for (const name of scripts) add(`dist/${version}/${name}`, readFileSync(join(root, 'dist', name)));

const zip = zipSync(files);
mkdirSync(outDir, { recursive: true });
writeFileSync(zipPath, zip);
console.log(`${relative(root, zipPath)}: ${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(1)} KiB`);
