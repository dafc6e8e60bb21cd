import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { minifyCssLiteralsPlugin } from '../../tools/build/minify-css-literals.js';
import { stripMessageDescriptions, stripMessageDescriptionsPlugin } from '../../tools/build/strip-msg-descriptions.js';

/** Runs a plugin's transform hook as Vite would for one module. */
function transform(plugin: Plugin, code: string, id: string): { code: string } | null | Promise<{ code: string } | null> {
  const hook = plugin.transform;
  const handler = typeof hook === 'function' ? hook : hook?.handler;
  if (!handler) throw new Error(`${plugin.name} has no transform hook`);
  return handler.call({} as never, code, id) as { code: string } | null | Promise<{ code: string } | null>;
}

/** `text` as a single-quoted JavaScript string literal. */
function singleQuoted(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `'${escaped}'`;
}

/** Evaluates `msg(…)` code and returns the options object it passes. */
function optionsPassedBy(code: string): Record<string, unknown> {
  return new Function('msg', `return ${code};`)((_text: string, options: Record<string, unknown>) => options);
}

function syntaxErrors(code: string, fileName: string): string[] {
  const { diagnostics = [] } = ts.transpileModule(code, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, experimentalDecorators: true },
  });
  return diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const localizedSources = sourceFiles('src').filter((path) => readFileSync(path, 'utf8').includes('@lit/localize'));
const stylesheets = sourceFiles('src').filter((path) => path.endsWith('.styles.ts'));

describe('stripMessageDescriptions', () => {
  it('removes a lone desc, leaving an empty options object', () => {
    const code = "msg('Reset', { desc: 'Button that clears all progress after confirmation.' })";
    expect(stripMessageDescriptions(code)).toBe("msg('Reset', { })");
  });

  it('keeps the id when desc follows it', () => {
    const code = "msg('January', { id: 'month-01', desc: 'Month name, used in dates such as \"3 January 2021\".' })";
    expect(stripMessageDescriptions(code)).toBe("msg('January', { id: 'month-01' })");
  });

  it('keeps the id when desc comes first, and the result is still valid code', () => {
    const stripped = stripMessageDescriptions("msg('January', { desc: 'Month name.', id: 'month-01' })");
    expect(stripped).not.toContain('desc');
    expect(optionsPassedBy(stripped)).toEqual({ id: 'month-01' });
  });

  it('removes a desc written on its own line with a trailing comma, leaving valid code', () => {
    const code = "msg('Reset', {\n  desc: 'Button that clears all progress.',\n})";
    const stripped = stripMessageDescriptions(code);
    expect(stripped).not.toContain('desc');
    expect(optionsPassedBy(stripped)).toEqual({});
  });

  it('reads past escaped quotes and double quotes inside the description', () => {
    const code =
      "msg('{month} {year}', { id: 'date-month-year', desc: 'A month and year, e.g. \"February 2021\". Keep {month} and {year} in your language\\'s order.' })";
    expect(stripMessageDescriptions(code)).toBe("msg('{month} {year}', { id: 'date-month-year' })");
  });

  it('reads past an escaped backslash at the end of the description', () => {
    const code = "msg('a', { desc: 'ends with a backslash \\\\' }); const next = 'kept';";
    expect(stripMessageDescriptions(code)).toBe("msg('a', { }); const next = 'kept';");
  });

  it('removes every desc in a file, however many', () => {
    const code = [
      "const a = msg('One', { desc: 'First.' });",
      "const b = msg(str`Two ${n}`, { desc: 'Second, with a \\'quote\\'.' });",
      "const c = msg('Three', { id: 'three', desc: 'Third.' });",
    ].join('\n');
    expect(stripMessageDescriptions(code)).toBe(
      ["const a = msg('One', { });", "const b = msg(str`Two ${n}`, { });", "const c = msg('Three', { id: 'three' });"].join('\n'),
    );
  });

  it.each([
    "const description = 'Not a message description';",
    "const sort = { order: 'desc', descending: true };",
    "const options = { nodesc: 'kept', 'desc-like': 'kept' };",
    "html`<p class=\"desc\">${msg('Text')}</p>`",
    "msg('Overall progress', { id: 'overall' })",
  ])('leaves code without a desc option untouched: %s', (code) => {
    expect(stripMessageDescriptions(code)).toBe(code);
  });

  it('leaves any text without "desc" in it exactly as it was', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }).filter((code) => !code.includes('desc')), (code) => {
        expect(stripMessageDescriptions(code)).toBe(code);
      }),
    );
  });

  it('for any description and any order and layout of options, leaves valid code passing the other options unchanged', () => {
    const optionArb = fc.record({
      description: fc.string({ unit: 'binary', maxLength: 60 }),
      others: fc.subarray([['id', "'month-01'"], ['meaning', "'kept'"]] as const),
      descAt: fc.nat(),
      multiline: fc.boolean(),
      trailingComma: fc.boolean(),
    });
    fc.assert(
      fc.property(optionArb, ({ description, others, descAt, multiline, trailingComma }) => {
        const entries: string[] = others.map(([key, value]) => `${key}: ${value}`);
        entries.splice(descAt % (entries.length + 1), 0, `desc: ${singleQuoted(description)}`);
        const body = multiline
          ? `{\n    ${entries.join(',\n    ')}${trailingComma ? ',' : ''}\n  }`
          : `{ ${entries.join(', ')}${trailingComma ? ',' : ''} }`;
        const code = `msg('Text', ${body})`;
        expect(optionsPassedBy(code).desc).toBe(description);
        const stripped = stripMessageDescriptions(code);
        expect(optionsPassedBy(stripped)).toEqual(Object.fromEntries(others.map(([key, value]) => [key, value.slice(1, -1)])));
        expect(stripped.startsWith("msg('Text', {")).toBe(true);
      }),
    );
  });

  it('finds the source files that use lit-localize', () => {
    expect(localizedSources.length).toBeGreaterThanOrEqual(5);
    expect(localizedSources.some((path) => path.endsWith(join('i18n', 'format.ts')))).toBe(true);
  });

  it.each(localizedSources)('strips every description from %s, keeping its ids, messages and valid syntax', (path) => {
    const code = readFileSync(path, 'utf8');
    const stripped = stripMessageDescriptions(code);
    expect(stripped).not.toMatch(/\bdesc:/);
    expect(stripped.match(/\bmsg\(/g)?.length).toBe(code.match(/\bmsg\(/g)?.length);
    expect(stripped.match(/\bid: '[^']*'/g)).toEqual(code.match(/\bid: '[^']*'/g));
    expect(syntaxErrors(stripped, path)).toEqual([]);
  });
});

describe('stripMessageDescriptionsPlugin', () => {
  const plugin = stripMessageDescriptionsPlugin();
  const code = "import { msg } from '@lit/localize';\nexport const reset = () => msg('Reset', { desc: 'Button.' });\n";

  it('runs only in builds, before other transforms', () => {
    expect(plugin.apply).toBe('build');
    expect(plugin.enforce).toBe('pre');
  });

  it('strips descriptions from source files that use lit-localize', async () => {
    expect((await transform(plugin, code, '/work/project/src/templates/reset.ts'))?.code).toBe(
      "import { msg } from '@lit/localize';\nexport const reset = () => msg('Reset', { });\n",
    );
  });

  it.each([
    ['a file outside src/', '/work/project/node_modules/@lit/localize/lit-localize.ts'],
    ['a JavaScript file', '/work/project/src/templates/reset.js'],
  ])('leaves %s alone', async (_name, id) => {
    expect(await transform(plugin, code, id)).toBeNull();
  });

  it('leaves source files that do not use lit-localize alone', async () => {
    expect(await transform(plugin, "const sort = { desc: 'kept' };", '/work/project/src/core/sort.ts')).toBeNull();
  });
});

describe('minifyCssLiteralsPlugin', () => {
  const plugin = minifyCssLiteralsPlugin();
  const minified = async (code: string, id = '/work/project/src/widget.styles.ts') => (await transform(plugin, code, id))?.code;

  it('runs only in builds, before other transforms', () => {
    expect(plugin.apply).toBe('build');
    expect(plugin.enforce).toBe('pre');
  });

  it('minifies the css literals of a styles module and leaves the rest of the code alone', async () => {
    const code = "import { css } from 'lit';\n\n// Styles.\nexport const styles = css`\n  /* Spacing */\n  .a {\n    gap: calc(var(--x) * 1.5);\n  }\n`;\nexport const other = css`  .b { color: red; }  `;\n";
    expect(await minified(code)).toBe("import { css } from 'lit';\n\n// Styles.\nexport const styles = css`.a{gap:calc(var(--x) * 1.5)}`;\nexport const other = css`.b{color:red}`;\n");
  });

  it('keeps what regular expressions would break: semicolons and braces in strings, comment-like text in URLs', async () => {
    const code = 'export const styles = css`\n  .a::before { content: "a; b { c }"; }\n  .b { background: url("/*not-a-comment*/.png"); }\n`;';
    expect(await minified(code)).toBe('export const styles = css`.a:before{content:"a; b { c }"}.b{background:url(/*not-a-comment*/.png)}`;');
  });

  it('minifies the real stylesheet, keeping every custom property the element reads', async () => {
    for (const path of stylesheets) {
      const cssOf = (code: string) => [...code.matchAll(/css`([^`]*)`/g)].map(([, body]) => body!).join('');
      const source = cssOf(readFileSync(path, 'utf8'));
      const code = cssOf((await minified(readFileSync(path, 'utf8'), path))!);
      expect(code.length, path).toBeLessThan(source.length * 0.8);
      expect(code, path).not.toMatch(/\/\*|\n/);
      for (const [property] of source.matchAll(/--collab-[\w-]+/g)) expect(code, `${path}: ${property}`).toContain(property);
    }
  });

  it('leaves modules that are not styles modules alone', async () => {
    expect(await transform(plugin, 'export const styles = css`  .a { color: red; }  `;', '/work/project/src/widget.ts')).toBeNull();
  });
});
