// Weblate and Crowdin read and write the translators' files. These tests
// prove the files survive that: each reads and writes back unchanged, and a
// platform's own additions to XLIFF are read the same way.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFormatter } from '@lit/localize-tools/lib/formatters/index.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asLocale, readRuntimeConfig, sourceMessages, type RuntimeConfig } from '../../tools/localize/lit-localize-project.js';
import { bundledFrameworks } from '../../tools/build/bundled-frameworks.js';
import { asJsonFile } from '../../tools/localize/framework-as-translation.js';
import { platformTemplate, templateFile } from '../../tools/localize/platform-templates.js';
import { localizeFramework, parseFrameworkTranslation } from '../../src/core/framework/framework-translation.js';

/** Compiling the source to list its messages takes a few seconds on a loaded machine. */
const SLOW = 60_000;
const TRANSLATIONS = 'framework/translations';
const committedTranslations = readdirSync(TRANSLATIONS)
  .filter((name) => name.endsWith('.json') && !/\.(en-XA|ar-XB)\.json$/.test(name))
  .map((name) => `${TRANSLATIONS}/${name}`);

describe('framework translations as key–value JSON', () => {
  const frameworks = bundledFrameworks();

  it.each(frameworks.map((framework) => [templateFile(framework), framework] as const))(
    '%s, the English template, is up to date with its framework (run npm run localize)',
    (file, framework) => {
      expect(readFileSync(file, 'utf8')).toBe(platformTemplate(framework));
    },
  );

  it.each(frameworks.map((framework) => [templateFile(framework), framework] as const))('%s has a key for every text of the framework', (file, framework) => {
    const parsed = parseFrameworkTranslation(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect([...localizeFramework(framework, parsed.value).untranslated]).toEqual([]);
  });

  it.each([...committedTranslations, ...frameworks.map(templateFile)])('%s reads and writes back unchanged (2-space JSON, key order kept)', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(asJsonFile(JSON.parse(text))).toBe(text);
  });
});

describe('XLIFF 1.2 as lit-localize writes it', () => {
  let config: RuntimeConfig;
  let dir: string;
  const locales = readRuntimeConfig().targetLocales.filter((locale) => !['en-XA', 'ar-XB'].includes(locale));

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'collab-roundtrip-'));
    config = { ...readRuntimeConfig(), targetLocales: locales.map(asLocale) };
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    `reads each committed XLIFF file (${locales.join(', ')}) and writes it back byte for byte`,
    async () => {
      const messages = sourceMessages(new RuntimeLitLocalizer(config));
      const { translations } = new RuntimeLitLocalizer(config).readTranslationsSync();
      // lit-localize keeps the units of the file it writes over in their order, as it does in xliff/.
      for (const locale of locales) copyFileSync(`xliff/${locale}.xlf`, join(dir, `${locale}.xlf`));
      const elsewhere: RuntimeConfig = { ...config, interchange: { format: 'xliff', xliffDir: dir } };
      await makeFormatter(elsewhere).writeOutput(messages, translations);
      for (const locale of locales) expect(readFileSync(join(dir, `${locale}.xlf`), 'utf8'), locale).toBe(readFileSync(`xliff/${locale}.xlf`, 'utf8'));
    },
    SLOW,
  );

  it('reads the same translations from a file a platform has marked up with states and approvals', () => {
    const original = readFileSync('xliff/cy.xlf', 'utf8');
    const marked = original.replace(/<trans-unit id="([^"]+)">/g, '<trans-unit id="$1" approved="yes">').replace(/<target>/g, '<target state="translated">');
    expect(marked).not.toBe(original);
    const formatter = makeFormatter(config) as unknown as { parseXliff(xml: string): { messages: unknown[] } };
    expect(formatter.parseXliff(marked)).toEqual(formatter.parseXliff(original));
  });
});
