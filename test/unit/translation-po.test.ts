import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProgramMessage } from '@lit/localize-tools/lib/messages.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectLocalizer, readRuntimeConfig, sourceMessages, type RuntimeConfig } from '../../tools/localize/lit-localize-project.js';
import { GETTEXT_PLURALS, gettextIndex, gettextPlurals } from '../../tools/localize/gettext-plurals.js';
import { exportPo, importPo } from '../../tools/localize/translation-po.js';
import { formsOf } from '../../tools/localize/translation-plurals.js';

/** Reading the source messages compiles the project with TypeScript: a few seconds. */
const SLOW = 60_000;

/** Line (1-based) of the first line containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('PO export and import (npm run translations:po:export / :import)', () => {
  let dir: string;
  let config: RuntimeConfig;
  let sources: ProgramMessage[];
  let welshPo: string;
  /** The <target> of a unit in xliff/cy.xlf, placeholders as their tokens. */
  const welshTarget = (id: string) =>
    readFileSync('xliff/cy.xlf', 'utf8')
      .match(new RegExp(`<trans-unit id="${id}">[\\s\\S]*?<target>(.*?)</target>`))![1]
      .replace(/<x id="\d+" equiv-text="([^"]*)"\/>/g, '$1')
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'collab-po-'));
    copyFileSync('xliff/cy.xlf', join(dir, 'cy.xlf'));
    const base = readRuntimeConfig();
    config = { ...base, interchange: { format: 'xliff', xliffDir: dir } };
    sources = sourceMessages(new ProjectLocalizer(config));
    welshPo = exportPo(config, 'cy', sources);
  }, SLOW);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exports each text with its id as context, its note, and placeholders as visible tokens', () => {
    expect(welshPo).toContain(['#. Button that shows the notes field for a practice.', 'msgctxt "s0afd4906bacb05e1"', 'msgid "Add notes"', 'msgstr "Ychwanegu nodiadau"'].join('\n'));
    expect(welshPo).toContain(`msgstr[3] "\${inPlace} o'r \${applicable} arfer ar waith"`);
    expect(welshPo).not.toContain('<x ');
  });

  it('exports each plural text as one gettext plural entry, forms in gettext order, with the Plural-Forms header', () => {
    expect(welshPo).toContain('"Plural-Forms: nplurals=6; plural=(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : (n==3) ? 3 : (n==6) ? 4 : 5;\\n"');
    const entry = welshPo.slice(welshPo.indexOf('msgctxt "practices-in-place"'));
    expect(entry.split('\n').slice(0, 9).join('\n')).toBe(
      [
        'msgctxt "practices-in-place"',
        'msgid "${inPlace} of ${applicable} practice in place"',
        'msgid_plural "${inPlace} of ${applicable} practices in place"',
        ...['zero', 'one', 'two', 'few', 'many', 'other'].map((form, i) => `msgstr[${i}] ${JSON.stringify(welshTarget(`practices-in-place-${form}`))}`),
      ].join('\n'),
    );
    expect(welshPo).toContain('#. msgstr[3] is "few": in Welsh (cy) for 3\n');
    // One entry per text: no per-form entries left.
    for (const id of ['practices-in-place-few', 'characters-too-many-other', 'not-in-plan-zero']) expect(welshPo).not.toContain(`msgctxt "${id}"`);
    // A text without a "zero" form: msgstr[0] repeats "other", and says so.
    expect(welshPo).toContain('#. msgstr[0] is "zero": in Welsh (cy) for 0; this text has no "zero" form of its own, so msgstr[5] shows (copy it here)\n');
  });

  it('round-trips Welsh: exported and imported again, the XLIFF file is byte for byte the same', async () => {
    const file = join(dir, 'cy.po');
    writeFileSync(file, welshPo);
    expect(await importPo(config, 'cy', sources, file)).toEqual([]);
    expect(readFileSync(join(dir, 'cy.xlf'), 'utf8')).toBe(readFileSync('xliff/cy.xlf', 'utf8'));
  });

  it('puts each token back with the id the English gives it, whatever the order', async () => {
    const file = join(dir, 'reordered.po');
    writeFileSync(file, welshPo.replace(`msgstr[3] "\${inPlace} o'r \${applicable} arfer ar waith"`, 'msgstr[3] "${applicable}: ${inPlace}"'));
    expect(await importPo(config, 'cy', sources, file)).toEqual([]);
    expect(readFileSync(join(dir, 'cy.xlf'), 'utf8')).toContain('<target><x id="1" equiv-text="${applicable}"/>: <x id="0" equiv-text="${inPlace}"/></target>');
    copyFileSync('xliff/cy.xlf', join(dir, 'cy.xlf'));
  });

  it('names every mistake with file, line and text id, and writes nothing', async () => {
    const file = join(dir, 'broken.po');
    const broken = welshPo
      .replace('msgstr "Ychwanegu nodiadau"', 'msgstr "Ychwanegu ${nodiadau}"')
      .replace('msgid "Reset"', 'msgid "Reset all"')
      .replace(/(msgctxt "practices-in-place"\n(?:msgid.*\n){2}(?:msgstr.*\n){3}msgstr\[3\] )".*"/, '$1""')
      .replace(/(msgctxt "not-in-plan"\n(?:msgid.*\n){2}(?:msgstr.*\n){5})msgstr\[5\] .*\n/, '$1')
      .replace('msgctxt "note-too-long"', 'msgctxt "note-too-short"');
    writeFileSync(file, broken);
    const problems = await importPo(config, 'cy', sources, file);
    expect(problems).toHaveLength(5);
    // note-too-long is renamed away: every other form of it is untranslated now, so nothing is asked of it.
    expect(problems).toEqual(
      expect.arrayContaining([
        `${file}:${lineOf(broken, 'msgctxt "s0afd4906bacb05e1"')}: s0afd4906bacb05e1 "Add notes": \${nodiadau} is not a placeholder of this text: use those of the English (msgid), exactly as written there`,
        `${file}:${lineOf(broken, 'msgctxt "s255857544a9d5ec0"')}: s255857544a9d5ec0: the English has changed since this file was exported (now "Reset"): export a fresh PO file`,
        `${file}:${lineOf(broken, 'msgctxt "note-too-short"')}: note-too-short: no text has this id (any more): export a fresh PO file and copy your translation into it`,
        expect.stringMatching(new RegExp(`^${file}:${lineOf(broken, 'msgctxt "practices-in-place"')}: practices-in-place-few ".*": Welsh \\(cy\\) needs the "few" form \\(counts such as 3\\)`)),
        expect.stringMatching(new RegExp(`^${file}:${lineOf(broken, 'msgctxt "not-in-plan"')}: not-in-plan ".*": has 5 msgstr, and Welsh \\(cy\\) has 6 plural forms`)),
      ]),
    );
    expect(readFileSync(join(dir, 'cy.xlf'), 'utf8')).toBe(readFileSync('xliff/cy.xlf', 'utf8'));
  });

  it('reports a file gettext cannot read in one line', async () => {
    const file = join(dir, 'garbled.po');
    writeFileSync(file, 'msgid "a\nmsgstr "b"\n');
    const problems = await importPo(config, 'cy', sources, file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${file}: this is not a PO file gettext can read: `));
  });

  it('refuses a file whose Plural-Forms header was changed, and accepts the same rule written differently', async () => {
    const changed = join(dir, 'changed-header.po');
    writeFileSync(changed, welshPo.replace(/Plural-Forms: [^\\]*/, 'Plural-Forms: nplurals=2; plural=(n != 1);'));
    const problems = await importPo(config, 'cy', sources, changed);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/: the Plural-Forms header is "nplurals=2; plural=\(n != 1\);", not Welsh \(cy\)'s/);
    const rewritten = join(dir, 'rewritten-header.po');
    writeFileSync(rewritten, welshPo.replace(/Plural-Forms: [^\\]*/, 'Plural-Forms: nplurals=6; plural=(n == 0) ? 0 : ((n == 1) ? 1 : ((n == 2) ? 2 : ((n == 3) ? 3 : ((n == 6) ? 4 : 5))));'));
    expect(await importPo(config, 'cy', sources, rewritten)).toEqual([]);
    expect(readFileSync(join(dir, 'cy.xlf'), 'utf8')).toBe(readFileSync('xliff/cy.xlf', 'utf8'));
  });
});

describe('gettext plural rules (tools/localize/gettext-plurals.ts)', () => {
  const configured = [readRuntimeConfig().sourceLocale, ...readRuntimeConfig().targetLocales];

  it.each([...new Set([...configured, ...Object.keys(GETTEXT_PLURALS)])])('%s: for each count, the formula picks the msgstr of the CLDR form Intl.PluralRules selects', (locale) => {
    const plurals = gettextPlurals(locale)!;
    expect(plurals, `no gettext rule for ${locale}`).toBeDefined();
    const rules = new Intl.PluralRules(locale);
    for (let n = 0; n <= 200; n++) expect([n, plurals.categories[gettextIndex(plurals.header, n)!]]).toEqual([n, rules.select(n)]);
    // Every form a whole number takes has an index; only such forms have one.
    expect(formsOf(locale).filter((form) => plurals.categories.includes(form))).toEqual(plurals.categories);
  });

  it('runs nothing but an arithmetic expression of n', () => {
    expect(gettextIndex('nplurals=2; plural=(n != 1);', 2)).toBe(1);
    expect(gettextIndex('nplurals=2; plural=process.exit(1);', 2)).toBeUndefined();
  });
});
