// The localize step as a function: what `npm run localize` runs, and what the translation tests run in-process.
// Checks the translators' files, then writes the pseudo-locales, brings every
// XLIFF file up to date with the source, writes the English templates for
// translation platforms, and builds src/generated/. Paths are the project's,
// relative to the current directory.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Message, ProgramMessage } from '@lit/localize-tools/lib/messages.js';
import type { Locale } from '@lit/localize-tools/lib/types/locale.js';
import { isEmpty, readInterfaceTranslation } from './interface-translation.js';
import { ProjectLocalizer, readRuntimeConfig, sourceMessages } from './lit-localize-project.js';
import { writePlatformTemplates } from './platform-templates.js';
import { isPseudoLocale, writeFrameworkTranslations, writeInterfaceStrings } from './pseudo-locales.js';
import { jsonFilesProblems, jsonSyntaxProblems } from './translation-syntax.js';

const TRANSLATIONS_DIR = 'framework/translations';

/** What shows, in the translator's preview only, in place of a text not translated yet. */
export const ENGLISH_MARK = '[EN] ';

/**
 * Runs the localize step in the current directory. Returns the mistakes in
 * the translators' files, one line each (file, line, what is wrong), and then
 * writes nothing; an empty list when everything was written. With
 * `markEnglish` (the translator's preview, never the build) each text a
 * language lacks shows its English after ENGLISH_MARK, so a translator sees
 * what is left; the XLIFF files are the same either way.
 */
export async function localize({ markEnglish = false } = {}): Promise<string[]> {
  const settings = jsonFilesProblems();
  if (settings.length) return settings;
  const config = readRuntimeConfig();
  // Scanned once: the build below reuses this scan (ProjectLocalizer).
  const messages = sourceMessages(new ProjectLocalizer(config));
  const translations = new Map<Locale, Message[]>();
  const problems: string[] = [];
  for (const locale of config.targetLocales.filter((each) => !isPseudoLocale(each))) {
    const read = readInterfaceTranslation(config, locale, messages);
    translations.set(locale, [...read.translated]);
    problems.push(...read.problems);
  }
  for (const name of readdirSync(TRANSLATIONS_DIR).filter((each) => each.endsWith('.json'))) {
    const file = `${TRANSLATIONS_DIR}/${name}`;
    problems.push(...jsonSyntaxProblems(file, readFileSync(file, 'utf8')));
  }
  if (problems.length) return problems;

  await writeInterfaceStrings(config, messages, translations);
  writeFrameworkTranslations();
  writePlatformTemplates();
  // A fresh localizer, to read the XLIFF files just written.
  await new (markEnglish ? EnglishMarkingLocalizer : ProjectLocalizer)(config).build();
  writeInterfaceStringLoaders(config.targetLocales);
  writeFrameworkTranslationLoaders();
  return [];
}

const GENERATED_NOTE = '// Do not modify this file by hand: npm run localize writes it (tools/localize/localize-step.ts).';

/**
 * One `import()` of each language's interface strings, written out, beside
 * the locale codes: the main file holds this table (about 40 bytes a
 * language), so a page in another language fetches its strings straight
 * after the main file. A template-literal `import()` made the table a chunk
 * of its own, with a helper chunk behind it: two round trips in a row before
 * the strings (docs/decisions.md, "As quick as a static page").
 */
function writeInterfaceStringLoaders(locales: readonly string[]): void {
  const entries = [...locales].sort().map((locale) => `  ${JSON.stringify(locale)}: () => import('./locales/${locale}.js'),`);
  writeFileSync(
    'src/generated/interface-string-loaders.ts',
    `${GENERATED_NOTE}\nimport type { LocaleModule } from '@lit/localize';\n\nexport const interfaceStringLoaders: Record<string, () => Promise<LocaleModule>> = {\n${entries.join('\n')}\n};\n`,
  );
}

/** Builds each real language with its missing texts as marked English (the pseudo-locales have every text). */
export class EnglishMarkingLocalizer extends ProjectLocalizer {
  override readTranslationsSync(): ReturnType<ProjectLocalizer['readTranslationsSync']> {
    const read = super.readTranslationsSync();
    const sources: ProgramMessage[] = this.extractSourceMessages().messages;
    for (const [locale, messages] of read.translations) {
      if (isPseudoLocale(locale)) continue;
      const translated = messages.filter((message) => !isEmpty(message));
      const done = new Set(translated.map((message) => message.name));
      const english = sources.filter((source) => !done.has(source.name)).map((source) => ({ name: source.name, contents: [ENGLISH_MARK, ...source.contents] }));
      read.translations.set(locale, [...translated, ...english]);
    }
    return read;
  }
}

/**
 * The same for the bundled frameworks' translations, keyed
 * `<framework id>.<language>`: the main file starts fetching a translation
 * together with the code that checks it, not after it.
 */
function writeFrameworkTranslationLoaders(): void {
  const names = readdirSync(TRANSLATIONS_DIR).filter((each) => each.endsWith('.json')).sort();
  const entries = names.map((name) => `  ${JSON.stringify(name.replace(/\.json$/, ''))}: () => import('../../${TRANSLATIONS_DIR}/${name}'),`);
  writeFileSync(
    'src/generated/framework-translation-loaders.ts',
    `${GENERATED_NOTE}\nexport const frameworkTranslationLoaders: Record<string, () => Promise<{ default: unknown }>> = {\n${entries.join('\n')}\n};\n`,
  );
}
