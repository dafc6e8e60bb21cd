import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { minifyCss, minifyCssLiteralsPlugin } from '../../scripts/build/minify-css-literals.js';
import { stripMessageDescriptions, stripMessageDescriptionsPlugin } from '../../scripts/build/strip-msg-descriptions.js';

/** Runs a plugin's transform hook as Vite would for one module. */
function transform(plugin: Plugin, code: string, id: string): { code: string } | null {
  const hook = plugin.transform;
  const handler = typeof hook === 'function' ? hook : hook?.handler;
  if (!handler) throw new Error(`${plugin.name} has no transform hook`);
  return handler.call({} as never, code, id) as { code: string } | null;
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

  it('strips descriptions from source files that use lit-localize', () => {
    expect(transform(plugin, code, '/work/project/src/templates/reset.ts')?.code).toBe(
      "import { msg } from '@lit/localize';\nexport const reset = () => msg('Reset', { });\n",
    );
  });

  it.each([
    ['a file outside src/', '/work/project/node_modules/@lit/localize/lit-localize.ts'],
    ['a JavaScript file', '/work/project/src/templates/reset.js'],
  ])('leaves %s alone', (_name, id) => {
    expect(transform(plugin, code, id)).toBeNull();
  });

  it('leaves source files that do not use lit-localize alone', () => {
    expect(transform(plugin, "const sort = { desc: 'kept' };", '/work/project/src/core/sort.ts')).toBeNull();
  });
});

describe('minifyCss', () => {
  it('removes comments, including ones over several lines', () => {
    expect(minifyCss('/* Colours */\n.a {\n  /* A comment\n     over two lines */\n  color: red; /* trailing */\n}\n')).toBe('.a{color:red}');
  });

  it('collapses whitespace and drops the last semicolon of each block', () => {
    expect(minifyCss('\n  .a   .b {\n    color:   red;\n    margin:\t0;\n  }\n\n  .c { display: none; }\n')).toBe('.a .b{color:red;margin:0}.c{display:none}');
  });

  it('keeps the spaces calc() needs around operators', () => {
    expect(minifyCss('.a {\n  gap: calc(var(--_space) * 1.5);\n  inline-size: calc(var(--_fraction, 0) * 100%);\n  max-inline-size: min(32em, calc(100vw - 2em));\n  padding: calc(1em + 2px);\n}')).toBe(
      '.a{gap:calc(var(--_space) * 1.5);inline-size:calc(var(--_fraction,0) * 100%);max-inline-size:min(32em,calc(100vw - 2em));padding:calc(1em + 2px)}',
    );
  });

  it('keeps the spaces between shorthand values', () => {
    expect(minifyCss(':focus-visible {\n  box-shadow: 0 0 0 0.375em var(--_focus);\n  border: 0.125em solid transparent;\n  margin-block: 0.5em 0.25em;\n}')).toBe(
      ':focus-visible{box-shadow:0 0 0 0.375em var(--_focus);border:0.125em solid transparent;margin-block:0.5em 0.25em}',
    );
  });

  it('keeps descendant selectors, !important and spaces inside colour functions', () => {
    expect(minifyCss('.is-not-applicable .practice-text {\n  position: absolute !important;\n  background: rgb(11 12 12 / 0.6);\n}')).toBe(
      '.is-not-applicable .practice-text{position:absolute !important;background:rgb(11 12 12 / 0.6)}',
    );
  });

  it('keeps at-rules readable: a space after the keyword and nested blocks intact', () => {
    expect(minifyCss('@media (prefers-reduced-motion: no-preference) {\n  .a {\n    transition: inline-size 0.2s ease-out;\n  }\n}\n@media print {\n  .b,\n  .c {\n    display: none;\n  }\n}')).toBe(
      '@media (prefers-reduced-motion:no-preference){.a{transition:inline-size 0.2s ease-out}}@media print{.b,.c{display:none}}',
    );
  });

  it('tightens child combinators and selector lists, keeping sibling combinators apart', () => {
    expect(minifyCss('.dialog > * + * {\n  margin-block-start: var(--_space);\n}\n*,\n*::before {\n  box-sizing: border-box;\n}')).toBe(
      '.dialog>* + *{margin-block-start:var(--_space)}*,*::before{box-sizing:border-box}',
    );
  });

  it('writes any rule, however it is spaced and commented, as selector{property:value;…} with each value intact', () => {
    const valueArb = fc.constantFrom(
      'calc(var(--_space) * 1.5)',
      'calc(100vw - 2em)',
      'calc(1em + 2px)',
      '0 0 0 0.375em var(--_focus)',
      '0.125em solid var(--_text)',
      'rgb(11 12 12 / 0.6)',
      'inline-size 0.2s ease-out',
      'absolute !important',
      '1 1 14em',
      'none',
    );
    const propertyArb = fc.constantFrom('gap', 'padding', 'box-shadow', 'border', 'background', 'transition', 'flex', 'position', '--_custom');
    const selectorArb = fc.constantFrom('.a', '.a .b', ':host([hidden])', '.practice-text', 'summary:focus-visible', '.dialog::backdrop');
    const spaceArb = fc.constantFrom('', ' ', '  ', '\n', '\n    ', '\t', ' /* note */ ', '\n  /* a\n     comment */\n  ');
    fc.assert(
      fc.property(
        selectorArb,
        fc.array(fc.tuple(propertyArb, valueArb, spaceArb, spaceArb, spaceArb), { minLength: 1, maxLength: 5 }),
        spaceArb,
        fc.boolean(),
        (selector, declarations, outer, lastSemicolon) => {
          const body = declarations.map(([property, value, s1, s2, s3]) => `${s1}${property}:${s2 || ' '}${value}${s3}`).join(';');
          const css = `${outer}${selector}${outer}{${body}${lastSemicolon ? ';' : ''}${outer}}${outer}`;
          expect(minifyCss(css)).toBe(`${selector}{${declarations.map(([property, value]) => `${property}:${value}`).join(';')}}`);
        },
      ),
    );
  });

  it.each(stylesheets)('minifies %s to one line without comments, keeping every calc() and shorthand value', (path) => {
    const literal = /css`([^`]*)`/.exec(readFileSync(path, 'utf8'))?.[1];
    if (literal === undefined) throw new Error(`${path} has no css literal`);
    const minified = minifyCss(literal);
    expect(minified).not.toMatch(/\/\*|\*\/|\n|\s{2}/);
    expect(minifyCss(minified)).toBe(minified);
    const withoutComments = literal.replace(/\/\*[\s\S]*?\*\//g, '');
    // Every value as written, with whitespace collapsed and the spaces after commas dropped.
    const values = [...withoutComments.matchAll(/:\s*([^;{}]+);/g)].map(([, value]) => value.replace(/\s+/g, ' ').replace(/\s*,\s*/g, ',').trim());
    expect(values.length).toBeGreaterThan(100);
    for (const value of values) expect(minified).toContain(`:${value}`);
    expect(minified.match(/calc\(/g)?.length).toBe(withoutComments.match(/calc\(/g)?.length);
  });
});

describe('minifyCssLiteralsPlugin', () => {
  const plugin = minifyCssLiteralsPlugin();

  it('runs only in builds, before other transforms', () => {
    expect(plugin.apply).toBe('build');
    expect(plugin.enforce).toBe('pre');
  });

  it('minifies the css literals of a styles module and leaves the rest of the code alone', () => {
    const code = "import { css } from 'lit';\n\n// Styles.\nexport const styles = css`\n  .a {\n    gap: calc(var(--x) * 1.5);\n  }\n`;\nexport const other = css`  .b { color: red; }  `;\n";
    expect(transform(plugin, code, '/work/project/src/widget.styles.ts')?.code).toBe(
      "import { css } from 'lit';\n\n// Styles.\nexport const styles = css`.a{gap:calc(var(--x) * 1.5)}`;\nexport const other = css`.b{color:red}`;\n",
    );
  });

  it('leaves modules that are not styles modules alone', () => {
    expect(transform(plugin, 'export const styles = css`  .a { color: red; }  `;', '/work/project/src/widget.ts')).toBeNull();
  });
});
