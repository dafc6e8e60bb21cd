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
import { pluralProblems } from './translation-plurals.js';
import { lineAndColumn, xliffContentProblems, xmlSyntaxProblems } from './translation-syntax.js';

export interface InterfaceTranslation {
  /** The file, as the config names it (`xliff/cy.xlf`). */
  readonly file: string;
  /** Messages with a translation; an empty <target> is not one. */
  readonly translated: readonly Message[];
  /** One line per mistake, each starting `file:line`. */
  readonly problems: readonly string[];
  /** `file:line` of each empty <target>, by message id: not translated yet, and said where. */
  readonly empty: ReadonlyMap<string, string>;
}

export function readInterfaceTranslation(config: RuntimeConfig, locale: string, sources: readonly Message[]): InterfaceTranslation {
  const file = join((config.interchange as { xliffDir: string }).xliffDir, `${locale}.xlf`);
  const path = config.resolve(file);
  const none = { file, translated: [], problems: [], empty: new Map<string, string>() };
  if (!existsSync(path)) return none;
  const text = readFileSync(path, 'utf8');
  const syntax = xmlSyntaxProblems(file, text);
  if (syntax.length) return { ...none, problems: syntax };
  const content = xliffContentProblems(file, text);
  if (content.length) return { ...none, problems: content };
  let read: Message[];
  try {
    const oneLocale = { ...config, targetLocales: [asLocale(locale)] };
    read = new RuntimeLitLocalizer(oneLocale).readTranslationsSync().translations.get(asLocale(locale)) ?? [];
  } catch (error) {
    // Well-formed XLIFF that lit-localize still cannot read (an attribute it needs is missing).
    return { ...none, problems: [`${file}: ${(error as Error).message}`] };
  }
  const where = (id: string) => `${file}:${targetLine(text, id)}`;
  const empty = new Map(read.filter(isEmpty).map((message) => [message.name, where(message.name)]));
  const translated = read.filter((message) => !isEmpty(message));
  const byName = new Map(sources.map((message) => [message.name, message]));
  const problems = translated.flatMap((translation) => {
    const source = byName.get(translation.name);
    if (!source) return []; // Retired, or a misnamed plural form (below): the next `npm run localize` drops it.
    return placeholderProblems(source, translation).map((problem) => `${where(translation.name)}: ${translation.name} "${sourceText(source)}": ${problem}`);
  });
  problems.push(...pluralProblems({ locale, sources, translated, where, englishOf: sourceText }));
  return { file, translated, problems, empty };
}

/** A translation with nothing in its <target>: not translated yet. */
export const isEmpty = (message: Message) => message.contents.every((part) => typeof part === 'string' && part.trim() === '');

/** A message as a translator sees it in English, placeholders included. */
export function sourceText(message: Message): string {
  return message.contents.map((part) => (typeof part === 'string' ? part : placeholderText(part))).join('');
}

const placeholderText = (part: Placeholder) => part.untranslatable;

/** The line of a message's <target> (else of its unit, else 1), to point a translator at it. */
function targetLine(text: string, id: string): number {
  const unit = text.search(new RegExp(`<trans-unit\\b[^>]*\\bid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  if (unit === -1) return 1;
  const target = text.indexOf('<target', unit);
  const end = text.indexOf('</trans-unit>', unit);
  return lineAndColumn(text, target === -1 || target > end ? unit : target).line;
}
