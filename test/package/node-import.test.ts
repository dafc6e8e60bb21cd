import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTALLED, PACKED_ROOT, TOOL_TIMEOUT } from './packed-package.js';

// Server rendering (Next.js, Astro, any SSR) and Node scripts import the
// package where there is no DOM: that must never throw, and defines nothing.
describe('the packed package in Node', () => {
  it('imports without a DOM, exports the class and its version, and puts nothing on the global object', { timeout: TOOL_TIMEOUT }, () => {
    const { version } = JSON.parse(readFileSync(join(INSTALLED, 'package.json'), 'utf8'));
    const script = `
      const m = await import('collab-checklist');
      console.log(JSON.stringify({
        classVersion: m.CollabChecklist.version,
        version: m.VERSION,
        event: m.COLLAB_CHANGE,
        customElements: typeof globalThis.customElements,
        HTMLElement: typeof globalThis.HTMLElement,
        document: typeof globalThis.document,
      }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: PACKED_ROOT, encoding: 'utf8', timeout: TOOL_TIMEOUT });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      classVersion: version,
      version,
      event: 'collab-change',
      customElements: 'undefined',
      HTMLElement: 'undefined',
      document: 'undefined',
    });
  });
});
