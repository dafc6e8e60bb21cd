import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ncvo from '../../framework/ncvo-collaborative-behaviours.json';
import localizeConfig from '../../lit-localize.json';
import welsh from '../../framework/translations/ncvo-collaborative-behaviours.cy.json';
import { checkTranslations, isComplete, translationsCheck, type FrameworkReport, type Gap, type LocaleReport } from '../../tools/localize/translation-completeness.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FRAMEWORK_ID = 'ncvo-collaborative-behaviours';
const FIXTURES = 'test/fixtures/i18n';
/** Reading the source messages compiles the project with TypeScript: a few seconds. */
const SLOW = 60_000;

const byKey = (gaps: readonly Gap[]) => [...gaps].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

function frameworkReportOf(report: LocaleReport): FrameworkReport {
  expect(report.frameworks.map((framework) => framework.frameworkId)).toEqual([FRAMEWORK_ID]);
  return report.frameworks[0];
}

function practiceText(id: string): string {
  const practice = ncvo.behaviours.flatMap((behaviour) => behaviour.practices).find((each) => each.id === id);
  if (!practice) throw new Error(`no practice ${id}`);
  return practice.text;
}

function leadInOf(id: string): string {
  const behaviour = ncvo.behaviours.find((each) => each.id === id);
  if (!behaviour || !('leadIn' in behaviour) || behaviour.leadIn === undefined) throw new Error(`no lead-in for ${id}`);
  return behaviour.leadIn;
}

function runCli(...locales: string[]) {
  const result = spawnSync('npx', ['tsx', 'tools/localize/check-translations.ts', ...locales], { cwd: root, encoding: 'utf8', timeout: SLOW });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('checkTranslations on the shipped languages', () => {
  let reports: LocaleReport[];

  beforeAll(() => {
    reports = checkTranslations();
  }, SLOW);

  it('checks every target locale of lit-localize.json, in order', () => {
    expect(reports.map((report) => report.locale)).toEqual(localizeConfig.targetLocales);
    expect(localizeConfig.targetLocales).toEqual(expect.arrayContaining(['cy', 'en-XA', 'ar-XB']));
  });

  it('counts the interface messages, the same number for every locale', () => {
    expect(reports[0].interfaceMessages).toBeGreaterThan(30);
    expect(new Set(reports.map((report) => report.interfaceMessages)).size).toBe(1);
  });

  // Every language the build ships, so a language added half-translated fails here.
  it.each(localizeConfig.targetLocales)('finds %s complete: every message and framework text translated, nothing stale', (locale) => {
    const report = reports.find((each) => each.locale === locale)!;
    // Each problem line names the file, line, text and (for a missing plural form) the language: shown when this fails.
    expect(report.problems, `${locale}: mistakes in ${report.file}:\n${report.problems.join('\n')}`).toEqual([]);
    expect(report.missingMessages, `${locale}: untranslated in ${report.file}`).toEqual([]);
    const framework = frameworkReportOf(report);
    expect(framework.file).toBe(`framework/translations/${FRAMEWORK_ID}.${locale}.json`);
    expect(framework.problems).toEqual([]);
    expect(framework.missing).toEqual([]);
    expect(framework.stale).toEqual([]);
    expect(isComplete(report)).toBe(true);
  });
});

/**
 * The incomplete interface file is made from the Welsh one each run (Welsh
 * less the "Add notes" and "Reset" translations), so it never goes stale
 * when messages change.
 */
function writeIncompleteXliff(): string {
  const dir = mkdtempSync(join(tmpdir(), 'collab-xliff-'));
  const incomplete = readFileSync('xliff/cy.xlf', 'utf8')
    .replace('target-language="cy"', 'target-language="xx"')
    .replace(/\n {2}<target>(Ailosod|Ychwanegu nodiadau)<\/target>/g, '');
  writeFileSync(join(dir, 'xx.xlf'), incomplete);
  return dir;
}

describe('checkTranslations on a deliberately incomplete locale (test/fixtures/i18n)', () => {
  let report: LocaleReport;
  let xliffDir: string;

  beforeAll(() => {
    xliffDir = writeIncompleteXliff();
    const reports = checkTranslations({ locales: ['xx'], xliffDir, translationsDir: `${FIXTURES}/translations` });
    expect(reports).toHaveLength(1);
    report = reports[0];
  }, SLOW);

  afterAll(() => rmSync(xliffDir, { recursive: true, force: true }));

  it('uses a fixture that is the Welsh translation less two practices and one lead-in, plus one retired practice', () => {
    const fixture = JSON.parse(readFileSync(`${FIXTURES}/translations/${FRAMEWORK_ID}.xx.json`, 'utf8'));
    const { 'buys-in-services': _buys, 'collaborative-leadership': _leadership, ...keptPractices } = welsh.practices;
    expect(fixture.lang).toBe('xx');
    expect(fixture.practices).toEqual({ ...keptPractices, 'retired-practice': fixture.practices['retired-practice'] });
    expect(fixture.behaviours['fair-and-equal-partnerships']).toEqual({ title: welsh.behaviours['fair-and-equal-partnerships'].title });
  });

  it('names exactly the two untranslated interface messages, with their English text', () => {
    expect(byKey(report.missingMessages)).toEqual(
      byKey([
        { key: 's0afd4906bacb05e1', source: 'Add notes' },
        { key: 's255857544a9d5ec0', source: 'Reset' },
      ]),
    );
    expect(report.interfaceMessages).toBeGreaterThan(report.missingMessages.length);
  });

  it('names exactly the untranslated framework texts by path, with their English text', () => {
    const framework = frameworkReportOf(report);
    expect(framework.file).toBe(`${FIXTURES}/translations/${FRAMEWORK_ID}.xx.json`);
    expect(framework.problems).toEqual([]);
    expect(byKey(framework.missing)).toEqual(
      byKey([
        { key: 'practices.buys-in-services', source: practiceText('buys-in-services') },
        { key: 'practices.collaborative-leadership', source: practiceText('collaborative-leadership') },
        { key: 'behaviours.fair-and-equal-partnerships.leadIn', source: leadInOf('fair-and-equal-partnerships') },
      ]),
    );
    expect(framework.missing.find((gap) => gap.key === 'practices.buys-in-services')?.source).toBe('Buying in the services of other organisations.');
  });

  it('does not report the proper names the translation keeps in English (null publisher and report) as missing', () => {
    const keys = frameworkReportOf(report).missing.map((gap) => gap.key);
    expect(keys).not.toContain('source.publisher');
    expect(keys).not.toContain('source.report');
  });

  it('reports the practice the framework no longer has as stale', () => {
    expect(frameworkReportOf(report).stale).toEqual(['practices.retired-practice']);
  });

  it('is not complete', () => {
    expect(isComplete(report)).toBe(false);
  });
});

describe('checkTranslations on locales whose framework translation is absent or broken', () => {
  let dir: string;
  let reports: Map<string, LocaleReport>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'collab-translations-'));
    writeFileSync(join(dir, `${FRAMEWORK_ID}.yy.json`), '{ "formatVersion": 1, ');
    writeFileSync(join(dir, `${FRAMEWORK_ID}.ww.json`), JSON.stringify({ ...welsh, lang: 'ww', review: { status: 'finished' } }));
    writeFileSync(join(dir, `${FRAMEWORK_ID}.vv.json`), JSON.stringify({ ...welsh, lang: 'vv', frameworkId: 'another-framework' }));
    // As translate-toolkit leaves a file it edited: Python's None for null.
    writeFileSync(join(dir, `${FRAMEWORK_ID}.uu.json`), JSON.stringify({ ...welsh, lang: 'uu', source: { ...welsh.source, publisher: 'None' } }, null, 2));
    const checked = checkTranslations({ locales: ['zz', 'yy', 'ww', 'vv', 'uu'], xliffDir: dir, translationsDir: dir });
    reports = new Map(checked.map((report) => [report.locale, report]));
  }, SLOW);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the framework translation file a locale does not have yet', () => {
    const report = reports.get('zz')!;
    const framework = frameworkReportOf(report);
    expect(framework.problems).toEqual([`${dir}/${FRAMEWORK_ID}.zz.json does not exist yet`]);
    expect(framework.missing).toEqual([]);
    expect(isComplete(report)).toBe(false);
  });

  it('lists every interface message as missing for a locale with no XLIFF file', () => {
    const report = reports.get('zz')!;
    expect(report.missingMessages).toHaveLength(report.interfaceMessages);
    expect(report.missingMessages).toContainEqual({ key: 's255857544a9d5ec0', source: 'Reset' });
    expect(report.missingMessages.every((gap) => gap.source.length > 0)).toBe(true);
  });

  it('names a file that is not valid JSON, with where and what is wrong', () => {
    const [problem, ...rest] = frameworkReportOf(reports.get('yy')!).problems;
    expect(rest).toEqual([]);
    expect(problem).toBe(`${dir}/${FRAMEWORK_ID}.yy.json:1:23: the file ends too early: is its end missing (a closing "}" or "]")?`);
  });

  it('names the file and the path of each problem in an invalid translation', () => {
    expect(frameworkReportOf(reports.get('ww')!).problems).toEqual([
      `${dir}/${FRAMEWORK_ID}.ww.json: review.status must be one of "draft", "needs-native-review", "reviewed", "generated"`,
    ]);
  });

  it('refuses the text "None" a translation tool writes for null, with its line and what to do', () => {
    const report = reports.get('uu')!;
    const file = `${dir}/${FRAMEWORK_ID}.uu.json`;
    const line = lineOf(readFileSync(file, 'utf8'), '"None"');
    expect(frameworkReportOf(report).problems).toEqual([
      `${file}:${line}: "publisher" is the text "None", which a translation tool writes for null: put back null (to keep the English name) or write the text in your language`,
    ]);
    expect(isComplete(report)).toBe(false);
  });

  it('names a translation written for another framework', () => {
    const report = reports.get('vv')!;
    expect(frameworkReportOf(report).problems).toEqual([`${dir}/${FRAMEWORK_ID}.vv.json: frameworkId must be "${FRAMEWORK_ID}"`]);
    expect(frameworkReportOf(report).missing).toEqual([]);
    expect(isComplete(report)).toBe(false);
  });
});

/** Line (1-based) of the first line containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('checkTranslations on files with broken placeholders or syntax mistakes', () => {
  const welshXliff = readFileSync('xliff/cy.xlf', 'utf8');
  const welshJson = readFileSync(`framework/translations/${FRAMEWORK_ID}.cy.json`, 'utf8');
  const PROGRESS_OTHER = `<target><x id="0" equiv-text="\${inPlace}"/> o'r <x id="1" equiv-text="\${applicable}"/> arfer ar waith</target>`;
  let dir: string;
  let reports: Map<string, LocaleReport>;

  /** A copy of the Welsh files as locale `locale`, with `change` applied to the XLIFF text. */
  function writeLocale(locale: string, change: (xliff: string) => string, json = welshJson) {
    writeFileSync(join(dir, `${locale}.xlf`), change(welshXliff.replace('target-language="cy"', `target-language="${locale}"`)));
    writeFileSync(join(dir, `${FRAMEWORK_ID}.${locale}.json`), json.replace('"lang": "cy"', `"lang": "${locale}"`));
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'collab-broken-'));
    writeLocale('pa', (xliff) =>
      xliff
        .replace(PROGRESS_OTHER, `<target><x id="0" equiv-text="\${inPlace}"/> o'r \${applicable} arfer ar waith</target>`)
        .replace('<target>{month} {year}</target>', '<target>{mis} {year}</target>')
        .replace(/(<trans-unit id="practices-in-place-one">[^]*?<target>.*?)<x id="1" equiv-text="\$\{applicable\}"\/>/, '$1'),
    );
    writeLocale('tg', (xliff) => xliff.replace('<target>Ailosod</target>', '<target>Ailosod</traget>'));
    writeLocale('js', (xliff) => xliff, welshJson.replace(/,(\n\s*"buys-in-services":)/, '$1'));
    const checked = checkTranslations({ locales: ['pa', 'tg', 'js'], xliffDir: dir, translationsDir: dir });
    reports = new Map(checked.map((report) => [report.locale, report]));
  }, SLOW);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names each broken placeholder in one line: file and line of its <target>, the id, the English and what is wrong', () => {
    const file = join(dir, 'pa.xlf');
    const text = readFileSync(file, 'utf8');
    const report = reports.get('pa')!;
    expect(report.problems).toEqual([
      `${file}:${lineOf(text, "o'r ${applicable}")}: practices-in-place-other "\${inPlace} of \${applicable} practices in place": \${applicable} is typed as text: copy the whole <x id=… equiv-text="\${applicable}"/> from <source> instead`,
      `${file}:${lineOf(text, 'id="practices-in-place-one"') + 2}: practices-in-place-one "\${inPlace} of \${applicable} practice in place": \${applicable} is missing: copy it from <source> into <target>`,
      `${file}:${lineOf(text, '<target>{mis} {year}</target>')}: date-month-year "{month} {year}": {month} is missing: keep it exactly as in the English, untranslated`,
      `${file}:${lineOf(text, '<target>{mis} {year}</target>')}: date-month-year "{month} {year}": {mis} is not in the English: only {month}, {year} can be used`,
    ]);
    expect(report.missingMessages).toEqual([]);
    expect(isComplete(report)).toBe(false);
  });

  it('reports a misspelt closing tag as one line with file, line and column, instead of crashing', () => {
    const report = reports.get('tg')!;
    const line = lineOf(welshXliff, '<target>Ailosod</target>');
    expect(report.problems).toEqual([`${join(dir, 'tg.xlf')}:${line}:18: Expected closing tag 'target' (opened in line ${line}, col 3) instead of closing tag 'traget'.`]);
    expect(report.missingMessages).toEqual([]);
    expect(isComplete(report)).toBe(false);
  });

  it('reports a missing comma in the framework translation as one line with file, line and column', () => {
    const framework = frameworkReportOf(reports.get('js')!);
    const line = lineOf(welshJson, '"buys-in-services":');
    expect(framework.problems).toEqual([`${dir}/${FRAMEWORK_ID}.js.json:${line}:5: a comma "," is missing before this (between two entries)`]);
    expect(reports.get('js')!.problems).toEqual([]);
  });
});

describe('isComplete', () => {
  const gapArb = fc.record({ key: fc.string(), source: fc.string() });
  const frameworkReportArb = fc.record({
    frameworkId: fc.constant(FRAMEWORK_ID),
    file: fc.constant('framework.json'),
    problems: fc.array(fc.string(), { maxLength: 2 }),
    missing: fc.array(gapArb, { maxLength: 2 }),
    stale: fc.array(fc.string(), { maxLength: 2 }),
  });
  const reportArb = fc.record({
    locale: fc.constant('xx'),
    interfaceMessages: fc.nat(100),
    file: fc.constant('xliff/xx.xlf'),
    problems: fc.array(fc.string(), { maxLength: 2 }),
    missingMessages: fc.array(gapArb, { maxLength: 2 }),
    frameworks: fc.array(frameworkReportArb, { maxLength: 3 }),
  });

  it('is true exactly when no message, framework text or problem is outstanding; stale entries do not count', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const outstanding =
          report.problems.length +
          report.missingMessages.length +
          report.frameworks.reduce((sum, framework) => sum + framework.problems.length + framework.missing.length, 0);
        expect(isComplete(report)).toBe(outstanding === 0);
      }),
    );
  });
});

// The command itself is run once (the first test); the others call what it
// prints and its exit status (translationsCheck) in-process, without starting
// tsx and scanning the sources again.
describe('npm run translations:check (tools/localize/check-translations.ts)', () => {
  it(
    'exits with 0 and says each shipped language is complete',
    () => {
      const { status, output } = runCli();
      expect(status).toBe(0);
      for (const locale of ['cy', 'en-XA', 'ar-XB']) {
        expect(output).toMatch(
          new RegExp(`^${locale}: complete: all \\d+ interface messages and every text of framework "${FRAMEWORK_ID}" are translated\\.$`, 'm'),
        );
      }
      expect(output).not.toMatch(/not translated|does not exist/);
    },
    SLOW,
  );

  it(
    'checks only the languages it is given',
    () => {
      const { lines, ok } = translationsCheck(['cy']);
      expect(ok).toBe(true);
      expect(lines).toEqual([
        expect.stringMatching(/^cy: complete: /),
        'cy: review status "needs-native-review" (xliff/locales.json)',
        'cy: Welsh (cy) uses the plural forms zero (0), one (1), two (2), few (3), many (6), other (4, 5, 7, 8…): try those numbers of applicable practices in the preview',
      ]);
    },
    SLOW,
  );

  it(
    'exits with 1 for a language with no files, saying how to start the XLIFF file and naming the framework file',
    () => {
      const { lines, ok } = translationsCheck(['zz']);
      const output = lines.join('\n');
      expect(ok).toBe(false);
      expect(output).toMatch(/^zz: xliff\/zz\.xlf does not exist yet: add "zz" to targetLocales in lit-localize\.json and run "npm run localize"/m);
      expect(output).toMatch(new RegExp(`^zz: framework/translations/${FRAMEWORK_ID}\\.zz\\.json does not exist yet$`, 'm'));
      expect(output).not.toContain('complete');
    },
    SLOW,
  );
});

/** A copy of `text` with the <target> of unit `id` replaced by `target` ('' deletes it). */
function withTarget(text: string, id: string, target: string): string {
  const unit = new RegExp(`(<trans-unit id="${id}">\\n.*\\n)  <target>.*</target>\\n`);
  expect(text, `unit ${id} with a one-line <target>`).toMatch(unit);
  return text.replace(unit, target ? `$1  ${target}\n` : '$1');
}

// What a volunteer adding Scottish Gaelic found passing the check (issue 27), on copies of the Welsh files.
describe('checkTranslations on the mistakes that used to pass it', () => {
  const welshXliff = readFileSync('xliff/cy.xlf', 'utf8');
  const welshJson = readFileSync(`framework/translations/${FRAMEWORK_ID}.cy.json`, 'utf8');
  const ph = (id: number, name: string) => `<x id="${id}" equiv-text="\${${name}}"/>`;
  let dir: string;
  let reports: Map<string, LocaleReport>;
  let gaelic: string;
  let cornish: string;

  function writeLocale(locale: string, xliff: string) {
    writeFileSync(join(dir, `${locale}.xlf`), xliff.replace('target-language="cy"', `target-language="${locale}"`));
    writeFileSync(join(dir, `${FRAMEWORK_ID}.${locale}.json`), welshJson.replace('"lang": "cy"', `"lang": "${locale}"`));
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'collab-gaelic-'));
    let gd = withTarget(welshXliff, 'practices-in-place-other', `<target>${ph(0, 'inPlace')} à ${ph(7, 'applicable')} cleachdaidhean</target>`);
    gd = withTarget(gd, 'practices-in-place-one', `<target>${ph(1, 'inPlace')} à ${ph(0, 'applicable')} cleachdadh</target>`);
    gd = withTarget(gd, 'practices-in-place-few', '');
    gd = withTarget(gd, 's0afd4906bacb05e1', '<target></target>');
    gd = gd.replace('<trans-unit id="practices-in-place-many">', '<trans-unit id="practices-in-place-eleven">');
    gaelic = gd;
    writeLocale('gd', gd);
    let kw = withTarget(welshXliff, 's0afd4906bacb05e1', '<target>Cuir&nbsp;nòtaichean ris</target>');
    kw = withTarget(kw, 's255857544a9d5ec0', '<target>Ailosod</target><target>Ailosod eto</target>');
    kw = withTarget(kw, 's60c213168d2a5fcf', "<target>Mae'r <b>holl</b> gynnydd wedi'i glirio.</target>");
    cornish = kw;
    writeLocale('kw', kw);
    const checked = checkTranslations({ locales: ['gd', 'kw'], xliffDir: dir, translationsDir: dir });
    reports = new Map(checked.map((report) => [report.locale, report]));
  }, SLOW);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names a placeholder id the English does not have, and two swapped ids, with file, line and text id', () => {
    const file = join(dir, 'gd.xlf');
    const problems = reports.get('gd')!.problems;
    expect(problems).toContain(
      `${file}:${lineOf(gaelic, 'à <x id="7"')}: practices-in-place-other "\${inPlace} of \${applicable} practices in place": <x id="7" equiv-text="\${applicable}"/> has the wrong id: the English has <x id="1" equiv-text="\${applicable}"/>. Copy the whole <x …/> from <source>: the id, not equiv-text, decides which value is shown`,
    );
    const swapped = problems.filter((problem) => problem.includes(': practices-in-place-one "'));
    expect(swapped).toHaveLength(2);
    for (const problem of swapped) expect(problem).toMatch(new RegExp(`^${file}:${lineOf(gaelic, 'cleachdadh<')}: .* has the wrong id`));
  });

  it('names a unit named as a plural form no language has, with the forms the language uses', () => {
    expect(reports.get('gd')!.problems).toContain(
      `${join(dir, 'gd.xlf')}:${lineOf(gaelic, 'id="practices-in-place-eleven"') + 2}: practices-in-place-eleven: "eleven" is not a plural form. Scottish Gaelic (gd) uses practices-in-place-one, practices-in-place-two, practices-in-place-few, practices-in-place-other: rename this unit to the form it is for, or delete it`,
    );
  });

  it('names a plural form the language needs but lacks, with the language, the text and counts to try', () => {
    expect(reports.get('gd')!.problems).toContain(
      `${join(dir, 'gd.xlf')}:${lineOf(gaelic, 'id="practices-in-place-few"')}: practices-in-place-few "\${inPlace} of \${applicable} practices in place": Scottish Gaelic (gd) needs the "few" form (counts such as 3, 4, 5, 6), and it has no translation: write its <target>, or English shows for those counts`,
    );
  });

  it('counts an empty <target> as not translated, saying where it is', () => {
    const gap = reports.get('gd')!.missingMessages.find((each) => each.key === 's0afd4906bacb05e1');
    expect(gap).toEqual({ key: 's0afd4906bacb05e1', source: 'Add notes', emptyAt: `${join(dir, 'gd.xlf')}:${lineOf(gaelic, '<target></target>')}` });
  });

  it('reports an HTML entity, an element in a <target> and a second <target>, each with file, line, column and text id', () => {
    const file = join(dir, 'kw.xlf');
    const column = (needle: string) => cornish.split('\n')[lineOf(cornish, needle) - 1].indexOf(needle) + 1;
    expect(reports.get('kw')!.problems).toEqual([
      `${file}:${lineOf(cornish, '&nbsp;')}:${column('&nbsp;')}: s0afd4906bacb05e1: "&nbsp;" would show as typed (XLIFF knows only &amp; &lt; &gt; &quot; &apos;): type a no-break space (U+00A0) instead`,
      `${file}:${lineOf(cornish, '<b>')}:${column('<b>')}: s60c213168d2a5fcf: <b> cannot be used in a translation: only the <x …/> placeholders copied from <source> can (the code adds any formatting); remove it`,
      `${file}:${lineOf(cornish, '</b>')}:${column('</b>')}: s60c213168d2a5fcf: <b> cannot be used in a translation: only the <x …/> placeholders copied from <source> can (the code adds any formatting); remove it`,
      `${file}:${lineOf(cornish, 'Ailosod eto')}:${column('<target>Ailosod eto')}: s255857544a9d5ec0: a second <target>: keep the one with your translation and delete the other`,
    ]);
    expect(isComplete(reports.get('kw')!)).toBe(false);
  });
});
