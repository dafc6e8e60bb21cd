// The localize step as a function: what `npm run localize` runs, and what the translation tests run in-process.
// Checks the translators' files, then writes the pseudo-locales, brings every
// XLIFF file up to date with the source, writes the English templates for
// translation platforms, and builds src/generated/. Paths are the project's,
// relative to the current directory.
import { readdirSync, readFileSync } from 'node:fs';
import type { Message } from '@lit/localize-tools/lib/messages.js';
import type { Locale } from '@lit/localize-tools/lib/types/locale.js';
import { readInterfaceTranslation } from './interface-translation.js';
import { ProjectLocalizer, readRuntimeConfig, sourceMessages } from './lit-localize-project.js';
import { writePlatformTemplates } from './platform-templates.js';
import { isPseudoLocale, writeFrameworkTranslations, writeInterfaceStrings } from './pseudo-locales.js';
import { jsonFilesProblems, jsonSyntaxProblems } from './translation-syntax.js';

const TRANSLATIONS_DIR = 'framework/translations';

/**
 * Runs the localize step in the current directory. Returns the mistakes in
 * the translators' files, one line each (file, line, what is wrong), and then
 * writes nothing; an empty list when everything was written.
 */
export async function localize(): Promise<string[]> {
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
  await new ProjectLocalizer(config).build();
  return [];
}
