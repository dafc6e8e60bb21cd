// npm run localize: checks translations, writes pseudo-locales, XLIFF, platform templates and src/generated/.
// npm run localize (part of start and build): checks the translators' files,
// then writes the pseudo-locales, brings every XLIFF file up to date with the
// source, writes the English templates for translation platforms, and builds
// src/generated/. A mistake in a translation stops it with
// one line per mistake (file, line, what is wrong) rather than a stack trace.
import { readdirSync, readFileSync } from 'node:fs';
import type { Message } from '@lit/localize-tools/lib/messages.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { Locale } from '@lit/localize-tools/lib/types/locale.js';
import { readInterfaceTranslation } from './interface-translation.js';
import { readRuntimeConfig, sourceMessages } from './lit-localize-project.js';
import { writePlatformTemplates } from './platform-templates.js';
import { isPseudoLocale, writeFrameworkTranslations, writeInterfaceStrings } from './pseudo-locales.js';
import { jsonSyntaxProblems } from './translation-syntax.js';

const TRANSLATIONS_DIR = 'framework/translations';

const config = readRuntimeConfig();
const messages = sourceMessages(new RuntimeLitLocalizer(config));
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
if (problems.length) {
  console.error(problems.join('\n'));
  console.error('Fix these and save again; "npm run translations:check" lists everything still to do.');
  process.exit(1);
}

await writeInterfaceStrings(config, messages, translations);
writeFrameworkTranslations();
writePlatformTemplates();
await new RuntimeLitLocalizer(config).build();
