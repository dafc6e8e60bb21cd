import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INSTALLED, PACKED_ROOT, ROOT } from './packed-package.js';

/**
 * Packs the package as `npm publish` would (`npm pack`, without the prepack
 * build: `npm test` has just built it) and unpacks it where the host apps in
 * test/package/apps find it as an installed dependency. Their other
 * dependencies (react types, vue, svelte) resolve from this repository's
 * node_modules, further up. The folder gets a package.json of its own:
 * without it, `collab-checklist` named from inside this repository resolves
 * to the repository itself (Node's and TypeScript's package self-reference),
 * not to the packed copy.
 */
export default function setup(): void {
  if (!existsSync(join(ROOT, 'dist/types/hosts/react.d.ts'))) throw new Error('dist/ is missing or old: run npm run build first');
  rmSync(PACKED_ROOT, { recursive: true, force: true });
  mkdirSync(INSTALLED, { recursive: true });
  writeFileSync(join(PACKED_ROOT, 'package.json'), JSON.stringify({ name: 'host-apps', private: true, type: 'module' }));
  const scratch = mkdtempSync(join(tmpdir(), 'collab-checklist-pack-'));
  try {
    const [{ filename }] = JSON.parse(
      execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 }),
    );
    execFileSync('tar', ['-xzf', join(scratch, filename), '-C', INSTALLED, '--strip-components=1'], { timeout: 60_000 });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
