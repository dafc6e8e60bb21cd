// The localize step as a function: what `npm run localize` runs, and what the translation tests run in-process.
// Checks the translators' files, then writes the pseudo-locales, brings every
// XLIFF file up to date with the source, writes the English templates for
// translation platforms, and builds src/generated/. Paths are the project's,
// relative to the current directory.
import { readdirSync, readFileSync } from 'node:fs';
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
  return [];
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
