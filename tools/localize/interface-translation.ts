// Reads one language's XLIFF file as lit-localize does, reporting mistakes as one line each.
// Reads one language's XLIFF file the way lit-localize does, but first checks
// it for syntax mistakes and afterwards for broken placeholders, so every
// mistake comes back as one line with file and line instead of a stack trace.
// Shared by `npm run localize` and `npm run translations:check`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Message, Placeholder } from '@lit/localize-tools/lib/messages.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { asLocale, type RuntimeConfig } from './lit-localize-project.js';
import { placeholderProblems } from './translation-placeholders.js';
import { lineAndColumn, xmlSyntaxProblems } from './translation-syntax.js';

export interface InterfaceTranslation {
  /** The file, as the config names it (`xliff/cy.xlf`). */
  readonly file: string;
  readonly translated: readonly Message[];
  /** One line per mistake, each starting `file:line`. */
  readonly problems: readonly string[];
}

export function readInterfaceTranslation(config: RuntimeConfig, locale: string, sources: readonly Message[]): InterfaceTranslation {
  const file = join((config.interchange as { xliffDir: string }).xliffDir, `${locale}.xlf`);
  const path = config.resolve(file);
  const none = { file, translated: [], problems: [] };
  if (!existsSync(path)) return none;
  const text = readFileSync(path, 'utf8');
  const syntax = xmlSyntaxProblems(file, text);
  if (syntax.length) return { ...none, problems: syntax };
  let translated: Message[];
  try {
    const oneLocale = { ...config, targetLocales: [asLocale(locale)] };
    translated = new RuntimeLitLocalizer(oneLocale).readTranslationsSync().translations.get(asLocale(locale)) ?? [];
  } catch (error) {
    // Well-formed XML that is not XLIFF as lit-localize writes it (two <target>s, an unknown element).
    return { ...none, problems: [`${file}: ${(error as Error).message}`] };
  }
  const byName = new Map(sources.map((message) => [message.name, message]));
  const problems = translated.flatMap((translation) => {
    const source = byName.get(translation.name);
    if (!source) return []; // Retired: the next `npm run localize` drops it.
    const where = `${file}:${targetLine(text, translation.name)}: ${translation.name} "${sourceText(source)}":`;
    return placeholderProblems(source, translation).map((problem) => `${where} ${problem}`);
  });
  return { file, translated, problems };
}

/** A message as a translator sees it in English, placeholders included. */
export function sourceText(message: Message): string {
  return message.contents.map((part) => (typeof part === 'string' ? part : placeholderText(part))).join('');
}

const placeholderText = (part: Placeholder) => part.untranslatable;

/** The line of a message's <target>, to point a translator at it. */
function targetLine(text: string, id: string): number {
  const unit = text.indexOf(`id="${id}"`);
  const target = text.indexOf('<target', unit);
  return lineAndColumn(text, target === -1 ? unit : target).line;
}
