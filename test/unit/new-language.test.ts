// TRANSLATING.md's promise: a translator adds a language by its steps alone,
// editing only JSON and XLIFF, and it passes translations:check and the tests
// that go through every language. Proved on a copy of the project in a
// temporary folder, so no pretend language is ever left in the repository.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localize } from '../../tools/localize/localize-step.js';
import { translationsCheck } from '../../tools/localize/translation-completeness.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * Scottish Gaelic: plural forms unlike English's and Welsh's (one, two, few,
 * other: "1 chleachdadh", "2 chleachdadh", "3 cleachdaidhean", "20
 * cleachdadh"), the language whose first volunteer found the mistakes the
 * last test makes.
 */
const LOCALE = 'gd';
const FRAMEWORK_FILE = `framework/translations/ncvo-collaborative-behaviours.${LOCALE}.json`;
/** Each step compiles the project or starts Vitest: minutes on a loaded 2-core machine, never hours. */
const SLOW = 600_000;

/**
 * `npm run localize` and `npm run translations:check` in the copy, run
 * in-process (the functions their commands call, in the copy's folder), so
 * the sources are scanned once for every step; the commands themselves are
 * run by the build and by translation-completeness.test.ts.
 */
let copy: string;
async function inCopy<T>(step: () => T | Promise<T>): Promise<T> {
  const here = process.cwd();
  process.chdir(copy);
  try {
    return await step();
  } finally {
    process.chdir(here);
  }
}

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: SLOW, env: { ...process.env, VITEST: undefined, FORCE_COLOR: '0', NO_COLOR: '1' } });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const editJson = (file: string, edit: (value: any) => void) => {
  const value = JSON.parse(readFileSync(file, 'utf8'));
  edit(value);
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
};

/** A fingerprint of every TypeScript file a person writes (not the generated ones). */
function typescriptFingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const folder of ['src', 'tools', 'test']) {
    for (const name of (readdirSync(join(dir, folder), { recursive: true }) as string[]).sort()) {
      if (name.endsWith('.ts') && !name.startsWith('generated')) hash.update(name).update(readFileSync(join(dir, folder, name)));
    }
  }
  return hash.digest('hex');
}

describe(`a new language (${LOCALE}) added by TRANSLATING.md's steps alone`, () => {
  let before: string;
  let check: ReturnType<typeof translationsCheck>;
  /** The translator's files once the language is complete, to start each broken case from. */
  let goodFiles: Map<string, string>;

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'collab-new-language-'));
    for (const entry of ['src', 'tools', 'test', 'framework', 'xliff', 'lit-localize.json', 'package.json', 'tsconfig.json', 'vite.config.ts']) {
      cpSync(join(root, entry), join(copy, entry), { recursive: true, filter: (path) => !path.includes(`${'/'}generated`) });
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    before = typescriptFingerprint(copy);

    // 1. Add your language: lit-localize.json, xliff/locales.json, then npm run localize.
    editJson(join(copy, 'lit-localize.json'), (config) => config.targetLocales.push(LOCALE));
    editJson(join(copy, 'xliff/locales.json'), (about) => {
      about[LOCALE] = { name: 'Gàidhlig', englishName: 'Scottish Gaelic', review: { status: 'draft' } };
    });
    expect(await inCopy(localize)).toEqual([]);
    // 2. Translate the interface: here, every <target> of the Welsh file stands in for the translator's.
    const created = readFileSync(join(copy, `xliff/${LOCALE}.xlf`), 'utf8');
    expect(created).toContain(`target-language="${LOCALE}"`);
    expect(created).not.toContain('<target>');
    writeFileSync(join(copy, `xliff/${LOCALE}.xlf`), readFileSync(join(copy, 'xliff/cy.xlf'), 'utf8').replace('target-language="cy"', `target-language="${LOCALE}"`));
    // 3. Translate the checklist: copy the Welsh file, set lang and review.
    cpSync(join(copy, 'framework/translations/ncvo-collaborative-behaviours.cy.json'), join(copy, FRAMEWORK_FILE));
    editJson(join(copy, FRAMEWORK_FILE), (translation) => {
      translation.lang = LOCALE;
      translation.review = { status: 'draft' };
    });
    // 4. Check what is missing.
    expect(await inCopy(localize)).toEqual([]);
    check = await inCopy(() => translationsCheck([LOCALE]));
    goodFiles = new Map(['lit-localize.json', 'xliff/locales.json', `xliff/${LOCALE}.xlf`, FRAMEWORK_FILE].map((file) => [join(copy, file), readFileSync(join(copy, file), 'utf8')]));
  }, SLOW);

  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('passes npm run translations:check, which reports its review status', () => {
    expect(check.lines).toEqual([
      expect.stringMatching(new RegExp(`^${LOCALE}: complete: all \\d+ interface messages and every text of framework "ncvo-collaborative-behaviours" are translated\\.$`)),
      `${LOCALE}: review status "draft" (xliff/locales.json)`,
      `${LOCALE}: Scottish Gaelic (gd) uses the plural forms one (1, 11), two (2, 12), few (3, 4, 5, 6…), other (0, 20, 21, 22…): try those numbers of applicable practices in the preview. zero, many never show: copy one of your forms into each, so nothing is left untranslated`,
    ]);
    expect(check.ok).toBe(true);
  });

  it('is built into the widget as a language of its own', () => {
    expect(readFileSync(join(copy, 'src/generated/locale-codes.ts'), 'utf8')).toContain(`\`${LOCALE}\``);
    expect(readdirSync(join(copy, 'src/generated/locales'))).toContain(`${LOCALE}.ts`);
  });

  // translations:check above is what the completeness tests run for every language; this is the other per-language test.
  it('passes the unit tests of the supported languages, with no TypeScript file changed', () => {
    const tests = run(copy, 'node_modules/vitest/vitest.mjs', 'run', '--reporter=verbose', 'test/unit/locales.test.ts');
    expect(tests.output).toMatch(/Test Files +1 passed \(1\)/);
    expect(tests.output).toContain('supports the source language and every target language of lit-localize.json');
    expect(tests.status).toBe(0);
    expect(typescriptFingerprint(copy)).toBe(before);
  }, SLOW);

  // Last, as it breaks the copy's files.
  it('reports a broken placeholder, a JSON syntax error and a misspelt tag each in one line with file and line, in the check and the build', async () => {
    const xliff = join(copy, `xliff/${LOCALE}.xlf`);
    const good = readFileSync(xliff, 'utf8');
    writeFileSync(xliff, good.replace(/(<trans-unit id="practices-in-place-other">\n.*\n  <target>.*?)<x id="1" equiv-text="\$\{applicable\}"\/>/, '$1${applicable}'));
    const json = join(copy, FRAMEWORK_FILE);
    writeFileSync(json, readFileSync(json, 'utf8').replace(/,(\n\s*"buys-in-services":)/, '$1'));
    const broken = await inCopy(() => translationsCheck([LOCALE]));
    const brokenOutput = broken.lines.join('\n');
    expect(broken.ok).toBe(false);
    expect(brokenOutput).toMatch(
      new RegExp(`^${LOCALE}: xliff/${LOCALE}\\.xlf:\\d+: practices-in-place-other "\\$\\{inPlace\\} of \\$\\{applicable\\} practices in place": \\$\\{applicable\\} is typed as text`, 'm'),
    );
    expect(brokenOutput).toMatch(new RegExp(`^${LOCALE}: ${FRAMEWORK_FILE.replace(/\./g, '\\.')}:\\d+:5: a comma "," is missing before this`, 'm'));

    writeFileSync(xliff, good.replace(/<\/target>/, '</traget>'));
    const steps = {
      'npm run translations:check': async () => {
        const { lines, ok } = await inCopy(() => translationsCheck([LOCALE]));
        return { failed: !ok, output: lines.join('\n') };
      },
      'npm run localize': async () => {
        const problems = await inCopy(localize);
        return { failed: problems.length > 0, output: problems.join('\n') };
      },
    };
    for (const [script, step] of Object.entries(steps)) {
      const { failed, output } = await step();
      expect(failed, script).toBe(true);
      expect(output, script).toMatch(new RegExp(`xliff/${LOCALE}\\.xlf:\\d+:\\d+: Expected closing tag 'target' \\(opened in line \\d+, col \\d+\\) instead of closing tag 'traget'\\.`));
      expect(output, script).not.toMatch(/^\s+at |position \d+/m);
    }
  }, SLOW);

  // After the test above, which leaves the copy's files broken; each case starts from the good files.
  it('stops the check and the build, naming file, line, text and language, on the mistakes a Gaelic volunteer found', async () => {
    const files = [...goodFiles.keys()];
    const good = goodFiles;
    const cases: [string, (text: string) => string, string, RegExp][] = [
      ['a plural form left out', (xliff) => xliff.replace(/(<trans-unit id="practices-in-place-few">\n.*\n)  <target>.*<\/target>\n/, '$1'), files[2],
        /xliff\/gd\.xlf:\d+: practices-in-place-few "\$\{inPlace\} of \$\{applicable\} practices in place": Scottish Gaelic \(gd\) needs the "few" form \(counts such as 3, 4, 5, 6\)/m],
      ['a missing comma in lit-localize.json', (json) => json.replace(/("sourceLocale": "en"),/, '$1'), files[0], /^lit-localize\.json:\d+:\d+: a comma "," is missing before this/m],
      ['a missing comma in xliff/locales.json', (json) => json.replace(/("name": "Gàidhlig"),/, '$1'), files[1], /^xliff\/locales\.json:\d+:\d+: a comma "," is missing before this/m],
      ['an HTML entity', (xliff) => xliff.replace(/<target>Ychwanegu nodiadau<\/target>/, '<target>Cuir&nbsp;nòtaichean ris</target>'), files[2], /xliff\/gd\.xlf:\d+:\d+: s0afd4906bacb05e1: "&nbsp;" would show as typed/m],
    ];
    for (const [mistake, change, file, expected] of cases) {
      for (const [each, text] of good) writeFileSync(each, text);
      writeFileSync(file, change(good.get(file)!));
      expect(readFileSync(file, 'utf8'), mistake).not.toBe(good.get(file));
      const check = await inCopy(() => translationsCheck([LOCALE]));
      const build = await inCopy(localize);
      expect(check.ok, `translations:check on ${mistake}`).toBe(false);
      expect(check.lines.join('\n'), `translations:check on ${mistake}`).toMatch(expected);
      expect(build.join('\n'), `npm run localize on ${mistake}`).toMatch(expected);
      expect(`${check.lines.join('\n')}\n${build.join('\n')}`, mistake).not.toMatch(/^\s+at |position \d+/m);
    }
  }, SLOW);
});
