import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileTemplate, parse } from 'vue/compiler-sfc';

// docs/hosts/ has a page per kind of host, each naming the tests that check
// it. These tests keep the pages honest: every test a page names exists, the
// code the React, Next.js, Vue, Svelte and Angular pages show is the code those tests
// type-check, and the Vue page's compiler option does what the page says.
// The Drupal code cannot run here (no Drupal in the tooling), so it is
// checked as text: each way it loads the file is a module script with no
// query string, as the README's "Load it by one URL" needs, from the folder
// the page tells people to copy it to. WordPress's plugin and policy run in
// test/wordpress; here its page is checked against the plugin's source.
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

  describe('wordpress.md (its plugin and policy are run by test/wordpress/plugin.test.ts; here, the text)', () => {
    const page = read(`${HOSTS}/wordpress.md`);
    const plugin = read('wordpress/collab-checklist.php');

    it('leads with the plugin: the zip the build writes, the upload, the block by its title, the settings the sidebar shows', () => {
      const start = page.indexOf('\n## ');
      const lead = page.slice(start, page.indexOf('\n## ', start + 1));
      expect(lead).toMatch(/^\n## Install the plugin, add the block\n/);
      expect(read('tools/wordpress/build-plugin.js')).toContain("join(root, 'dist-wordpress')");
      expect(lead).toContain('`dist-wordpress/collab-checklist.zip`');
      expect(lead).toContain('Plugins → Add New → Upload Plugin');
      expect(lead).toContain(`**${JSON.parse(read('wordpress/block/block.json')).title}**`);
      const editor = read('wordpress/block/editor.js');
      const settings = [...new Set([...lead.matchAll(/\*\*(Storage key|Language|Heading\s+level|Colours)\*\*/g)].map(([, setting]) => setting!.replace(/\s+/, ' ')))];
      expect(settings).toEqual(['Storage key', 'Language', 'Heading level', 'Colours']);
      for (const setting of settings) expect(editor, setting).toContain(`label: __( '${setting}'`);
      expect(plugin).toMatch(/^ \* Requires at least: 6\.1$/m);
    });

    it("gives a shortcode whose attributes are the plugin's", () => {
      const [shortcode] = blocks('wordpress.md', 'text');
      const [, name, attributes] = shortcode!.match(/^\[(\w+)((?: \w+="[^"]*")*)\]\n$/)!;
      expect(plugin).toContain(`add_shortcode( '${name}', `);
      for (const [, attribute] of attributes!.matchAll(/ (\w+)="/g)) expect(plugin, attribute).toMatch(new RegExp(`^\\s+'${attribute}'\\s+=> '',$`, 'm'));
    });

    it('gives a Custom HTML block that loads the file from the upload folder it names as a module, then holds the element', () => {
      const [block] = blocks('wordpress.md', 'html');
      const [src] = moduleScripts(block!);
      expect(src).toMatch(PLAIN_MAIN_FILE);
      const folder = src!.replace(/^\//, '').replace(/collab-checklist\.js$/, '');
      expect(page).toContain(`\`${folder}\``);
      expect(block).toContain('<collab-checklist></collab-checklist>');
    });

    it("sends its Content Security Policy on the front end only, allowing the checklist's Trusted Types policy twice", () => {
      const [php] = blocks('wordpress.md', 'php');
      expect(php).toMatch(/^<\?php\n/);
      // send_headers runs in WP::main, for front-end requests; the dashboard and editor never see the policy.
      expect(php).toMatch(/^add_action\( 'send_headers', function \(\) \{\n\theader\( "Content-Security-Policy: [^"]+" \);\n\} \);$/m);
      const policy = php!.match(/Content-Security-Policy: ([^"]+)"/)![1]!;
      const directives = new Map(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('script-src')).toContain("'self'");
      expect(directives.get('trusted-types')).toEqual(['lit-html', "'allow-duplicates'"]);
      // Enforcing Trusted Types would break WordPress's own scripts.
      expect(directives.has('require-trusted-types-for')).toBe(false);
      expect(page).toContain('`wp-content/mu-plugins/collab-checklist-csp.php`');
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
