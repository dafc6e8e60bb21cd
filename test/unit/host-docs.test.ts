import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileTemplate, parse } from 'vue/compiler-sfc';

// docs/hosts/ has a page per kind of host, each naming the tests that check
// it. These tests keep the pages honest: every test a page names exists, the
// code the React, Next.js, Vue, Svelte and Angular pages show is the code those tests
// type-check, and the Vue page's compiler option does what the page says.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const HOSTS = 'docs/hosts';

describe('docs/hosts', () => {
  it('lists pages that exist, each naming tests that exist', () => {
    const rows = [...read(`${HOSTS}/README.md`).matchAll(/^\| [^|]+ \| \[[^\]]+\]\(([\w.-]+)\) \| ([^|]+) \|$/gm)];
    expect(rows.length).toBeGreaterThanOrEqual(9);
    for (const [, page, checkedBy] of rows) {
      expect(existsSync(join(root, HOSTS, page!)), page).toBe(true);
      for (const [, test] of checkedBy!.matchAll(/`(test\/[^`]+)`/g)) expect(existsSync(join(root, test!)), `${page}: ${test}`).toBe(true);
    }
  });

  it.each([
    ['react.md', 'test/package/apps/react/app.tsx'],
    ['nextjs.md', 'test/package/apps/react/nextjs-checklist.tsx'],
    ['vue.md', 'test/package/apps/vue/App.vue'],
    ['svelte.md', 'test/package/apps/svelte/App.svelte'],
    ['angular.md', 'test/package/apps/angular/checklist.component.ts'],
  ])('%s shows %s, the code its test checks, whole', (page, app) => {
    expect(read(`${HOSTS}/${page}`)).toContain(`\n${read(app).trimEnd()}\n\`\`\``);
  });

  it("vue.md's isCustomElement makes Vue's compiler treat the tag as an element; without it Vue resolves a component", () => {
    const option = read(`${HOSTS}/vue.md`).match(/isCustomElement: (\(tag\) => .+),$/m)?.[1];
    expect(option, 'vue.md shows an isCustomElement function').toBeDefined();
    const isCustomElement = new Function(`return ${option}`)() as (tag: string) => boolean;
    const template = parse(read('test/package/apps/vue/App.vue')).descriptor.template!.content;
    const compile = (compilerOptions: { isCustomElement?: (tag: string) => boolean }) =>
      compileTemplate({ source: template, filename: 'App.vue', id: 'app', compilerOptions }).code;
    expect(compile({})).toContain('resolveComponent("collab-checklist")');
    const code = compile({ isCustomElement });
    expect(code).not.toContain('resolveComponent');
    expect(code).toContain('"collab-checklist"');
  });
});
