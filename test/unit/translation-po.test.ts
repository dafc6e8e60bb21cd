import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProgramMessage } from '@lit/localize-tools/lib/messages.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectLocalizer, readRuntimeConfig, sourceMessages, type RuntimeConfig } from '../../tools/localize/lit-localize-project.js';
import { exportPo, importPo } from '../../tools/localize/translation-po.js';

/** Reading the source messages compiles the project with TypeScript: a few seconds. */
const SLOW = 60_000;

/** Line (1-based) of the first line containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('PO export and import (npm run translations:po:export / :import)', () => {
  let dir: string;
  let config: RuntimeConfig;
  let sources: ProgramMessage[];
  let welshPo: string;

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
    expect(welshPo).toContain(
      [
        '#. Progress count, e.g. "12 of 29 practices in place", when the second number is in plural category "few" (CLDR). English uses only "one" and "other".',
        '#. Plural form "few": in Welsh (cy) for 3',
        'msgctxt "practices-in-place-few"',
        'msgid "${inPlace} of ${applicable} practices in place"',
        `msgstr "\${inPlace} o'r \${applicable} arfer ar waith"`,
      ].join('\n'),
    );
    expect(welshPo).not.toContain('<x ');
  });

  it('round-trips Welsh: exported and imported again, the XLIFF file is byte for byte the same', async () => {
    const file = join(dir, 'cy.po');
    writeFileSync(file, welshPo);
    expect(await importPo(config, 'cy', sources, file)).toEqual([]);
    expect(readFileSync(join(dir, 'cy.xlf'), 'utf8')).toBe(readFileSync('xliff/cy.xlf', 'utf8'));
  });

  it('puts each token back with the id the English gives it, whatever the order', async () => {
    const file = join(dir, 'reordered.po');
    writeFileSync(file, welshPo.replace(`msgstr "\${inPlace} o'r \${applicable} arfer ar waith"`, 'msgstr "${applicable}: ${inPlace}"'));
    expect(await importPo(config, 'cy', sources, file)).toEqual([]);
    expect(readFileSync(join(dir, 'cy.xlf'), 'utf8')).toContain('<target><x id="1" equiv-text="${applicable}"/>: <x id="0" equiv-text="${inPlace}"/></target>');
    copyFileSync('xliff/cy.xlf', join(dir, 'cy.xlf'));
  });

  it('names every mistake with file, line and text id, and writes nothing', async () => {
    const file = join(dir, 'broken.po');
    const broken = welshPo
      .replace('msgstr "Ychwanegu nodiadau"', 'msgstr "Ychwanegu ${nodiadau}"')
      .replace('msgid "Reset"', 'msgid "Reset all"')
      .replace(/(msgctxt "practices-in-place-few"\nmsgid ".*"\nmsgstr )".*"/, '$1""')
      .replace('msgctxt "practices-in-place-many"', 'msgctxt "practices-in-place-eleven"');
    writeFileSync(file, broken);
    const problems = await importPo(config, 'cy', sources, file);
    expect(problems).toHaveLength(5);
    expect(problems).toEqual(
      expect.arrayContaining([
        `${file}:${lineOf(broken, 'msgctxt "s0afd4906bacb05e1"')}: s0afd4906bacb05e1 "Add notes": \${nodiadau} is not a placeholder of this text: use those of the English (msgid), exactly as written there`,
        `${file}:${lineOf(broken, 'msgctxt "s255857544a9d5ec0"')}: s255857544a9d5ec0: the English has changed since this file was exported (now "Reset"): export a fresh PO file`,
        `${file}:${lineOf(broken, 'msgctxt "practices-in-place-eleven"')}: practices-in-place-eleven: no text has this id (any more): export a fresh PO file and copy your translation into it`,
        expect.stringMatching(new RegExp(`^${file}:${lineOf(broken, 'msgctxt "practices-in-place-few"')}: practices-in-place-few ".*": Welsh \\(cy\\) needs the "few" form \\(counts such as 3\\)`)),
        // Renamed away, so no entry is left to point at: the file's first line.
        expect.stringMatching(new RegExp(`^${file}:1: practices-in-place-many ".*": Welsh \\(cy\\) needs the "many" form`)),
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
});
