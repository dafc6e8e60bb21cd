import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileTemplate, parse } from 'vue/compiler-sfc';

// docs/hosts/ has a page per kind of host, each naming the tests that check
// it. These tests keep the pages honest: every test a page names exists, the
// code the React, Next.js, Vue, Svelte and Angular pages show is the code those tests
// type-check, and the Vue page's compiler option does what the page says.
// The WordPress and Drupal code cannot run here (no PHP, WordPress or
// Drupal in the tooling), so it is checked as text: each way it loads the
// file is a module script with no query string, as the README's "Load it by
// one URL" needs, from the folder the page tells people to copy it to.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const HOSTS = 'docs/hosts';

/** The code blocks of a page in one language, in order. */
const blocks = (page: string, language: string) =>
  [...read(`${HOSTS}/${page}`).matchAll(new RegExp(`^\`\`\`${language}\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map(([, code]) => code!);

/** The src of each module script tag in some HTML, failing on a script tag that is not a module. */
function moduleScripts(markup: string): string[] {
  return [...markup.matchAll(/<script\b([^>]*)>/g)].map(([, attributes]) => {
    expect(attributes, 'a module script').toMatch(/\btype="module"/);
    return attributes!.match(/\bsrc="([^"]+)"/)![1]!;
  });
}

/** A path that names the main file itself, with no query string or fragment. */
const PLAIN_MAIN_FILE = /^[^?#]*\/collab-checklist\.js$/;

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

  describe('wordpress.md (not run: no PHP or WordPress here)', () => {
    const page = read(`${HOSTS}/wordpress.md`);

    it('gives a Custom HTML block that loads the file from the upload folder it names as a module, then holds the element', () => {
      const [block] = blocks('wordpress.md', 'html');
      const [src] = moduleScripts(block!);
      expect(src).toMatch(PLAIN_MAIN_FILE);
      const folder = src!.replace(/^\//, '').replace(/collab-checklist\.js$/, '');
      expect(page).toContain(`\`${folder}\``);
      expect(block).toContain('<collab-checklist></collab-checklist>');
    });

    it('enqueues the file as a script module with no version, from the theme folder it names, on wp_enqueue_scripts', () => {
      const [php] = blocks('wordpress.md', 'php');
      expect(php).toMatch(/^add_action\( 'wp_enqueue_scripts', function \(\) \{\n/);
      const args = php!.match(/wp_enqueue_script_module\(\s*'collab-checklist',\s*get_theme_file_uri\( '([^']+)' \),\s*array\(\),\s*null\b/);
      expect(args, 'wp_enqueue_script_module( id, get_theme_file_uri( path ), array(), null )').not.toBeNull();
      expect(`/${args![1]}`).toMatch(PLAIN_MAIN_FILE);
      expect(page).toContain(`\`${args![1]!.replace(/collab-checklist\.js$/, '')}\``);
      for (const [open, close] of ['()', '{}']) expect(php!.split(open).length, `balanced ${open}${close}`).toBe(php!.split(close).length);
    });
  });

  describe('drupal.md (not run: no PHP or Drupal here)', () => {
    const page = read(`${HOSTS}/drupal.md`);
    const [library] = blocks('drupal.md', 'yaml');
    const [template] = blocks('drupal.md', 'twig');

    it("defines a library that loads the file from the theme folder it names as a module, external so Drupal adds no query string", () => {
      const entry = library!.match(/^([\w-]+):\n {2}js:\n {4}(\S+): \{ type: external, attributes: \{ type: module \} \}\n$/);
      expect(entry, 'one library with one external module file').not.toBeNull();
      const [, , path] = entry!;
      expect(path).toMatch(PLAIN_MAIN_FILE);
      const folder = path!.replace(/^\//, '').replace(/collab-checklist\.js$/, '');
      expect(page).toContain(`\`${folder}\``);
    });

    it("attaches that library, by the theme's name, in the template that holds the element", () => {
      const [, name] = library!.match(/^([\w-]+):/)!;
      const theme = library!.match(/\/themes\/custom\/([\w-]+)\//)![1];
      expect(page).toContain(`\`${theme}.libraries.yml\``);
      expect(template).toBe(`{{ attach_library('${theme}/${name}') }}\n<collab-checklist></collab-checklist>\n`);
    });
  });
});
