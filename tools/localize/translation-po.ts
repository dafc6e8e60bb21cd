// One language's interface texts as a gettext PO file and back, for translators and platforms that work in PO.
// Export: one entry per text, its id as msgctxt (so equal English texts stay
// apart), the English as msgid, the translation (or "") as msgstr, and the
// note lit-localize keeps (plus, for a plural form, which numbers take it)
// as an extracted comment. Placeholders are visible tokens, their
// equiv-text (`${inPlace}`), which PO editors and platforms highlight.
// Import: the tokens become <x/> placeholders again with the ids of the
// English, the same checks as translations:check run, and only a file with
// no mistakes is written into the language's XLIFF file.
import { existsSync, readFileSync } from 'node:fs';
import { po, type GetTextTranslation } from 'gettext-parser';
import { makeFormatter } from '@lit/localize-tools/lib/formatters/index.js';
import type { Message, Placeholder, ProgramMessage } from '@lit/localize-tools/lib/messages.js';
import { readInterfaceTranslation, sourceText } from './interface-translation.js';
import { asLocale, type RuntimeConfig } from './lit-localize-project.js';
import { placeholderProblems } from './translation-placeholders.js';
import { countsText, languageName, pluralProblems, pluralTexts } from './translation-plurals.js';
import { lineAndColumn } from './translation-syntax.js';

/** The PO file of `locale`'s interface texts, from its XLIFF file (untranslated texts have an empty msgstr). */
export function exportPo(config: RuntimeConfig, locale: string, sources: readonly ProgramMessage[]): string {
  const { translated, problems } = readInterfaceTranslation(config, locale, sources);
  if (problems.length) throw new PoError(problems);
  const byName = new Map(translated.map((message) => [message.name, message]));
  const formOf = pluralFormNames(sources);
  const entries: Record<string, Record<string, GetTextTranslation>> = {};
  for (const source of sources) {
    const msgid = sourceText(source);
    const translation = byName.get(source.name);
    const form = formOf.get(source.name);
    const numbers = form && countsText(locale, form);
    const notes = [
      source.desc,
      form && (numbers ? `Plural form "${form}": in ${languageName(locale)} for ${numbers}` : `Plural form "${form}": ${languageName(locale)} never shows it; copy one of your other forms`),
    ].filter(Boolean);
    entries[source.name] = {
      [msgid]: { msgctxt: source.name, msgid, msgstr: [translation ? sourceText(translation) : ''], comments: { extracted: notes.join('\n') } },
    };
  }
  const headers = { Language: locale, 'Content-Type': 'text/plain; charset=UTF-8', 'Content-Transfer-Encoding': '8bit' };
  return po.compile({ charset: 'utf-8', headers, translations: entries }, { foldLength: 0 }).toString('utf8');
}

/**
 * Reads a PO file made by exportPo (and translated) back as `locale`'s
 * translations, and writes them to its XLIFF file; returns the mistakes
 * instead (one line each: file, line, text id, what to do), writing nothing.
 */
export async function importPo(config: RuntimeConfig, locale: string, sources: readonly ProgramMessage[], file: string): Promise<string[]> {
  if (!existsSync(file)) return [`${file} does not exist`];
  const text = readFileSync(file, 'utf8');
  let parsed: ReturnType<typeof po.parse>;
  try {
    parsed = po.parse(text, { validation: true });
  } catch (error) {
    return [`${file}: this is not a PO file gettext can read: ${(error as Error).message}`];
  }
  const where = (id: string) => {
    const at = text.indexOf(`msgctxt "${id}"`);
    return `${file}:${at === -1 ? 1 : lineAndColumn(text, at).line}`;
  };
  const byName = new Map(sources.map((message) => [message.name, message]));
  const problems: string[] = [];
  const translated: Message[] = [];
  for (const [context, entries] of Object.entries(parsed.translations)) {
    for (const entry of Object.values(entries)) {
      const source = byName.get(context);
      const msgstr = entry.msgstr[0] ?? '';
      if (!context || !msgstr.trim()) continue; // The header, or not translated yet.
      if (!source) {
        problems.push(`${where(context)}: ${context}: no text has this id (any more): export a fresh PO file and copy your translation into it`);
        continue;
      }
      if (entry.msgid !== sourceText(source)) {
        problems.push(`${where(context)}: ${context}: the English has changed since this file was exported (now "${sourceText(source)}"): export a fresh PO file`);
        continue;
      }
      const translation = { name: context, contents: withPlaceholders(msgstr, source) };
      problems.push(...placeholderProblems(source, translation).map((problem) => `${where(context)}: ${context} "${entry.msgid}": ${inPoTerms(problem)}`));
      translated.push(translation);
    }
  }
  problems.push(...pluralProblems({ locale, sources, translated, where, englishOf: sourceText }));
  if (problems.length) return problems;
  const oneLocale = { ...config, targetLocales: [asLocale(locale)] };
  await makeFormatter(oneLocale).writeOutput([...sources], new Map([[asLocale(locale), translated]]));
  return [];
}

/** placeholderProblems speaks of XLIFF's <x/>; in a PO file a placeholder is its token. */
const inPoTerms = (problem: string) =>
  problem
    .replace(/is typed as text: copy the whole <x id=… equiv-text="[^"]*"\/> from <source> instead/, 'is not a placeholder of this text: use those of the English (msgid), exactly as written there')
    .replace('copy it from <source> into <target>', 'copy it from the English (msgid) into your msgstr');

/** A message whose `${…}` tokens are the English's placeholders, each with the id it has there (in order, for one used twice). */
function withPlaceholders(text: string, source: Message): Message['contents'] {
  const placeholders = source.contents.filter((part): part is Placeholder => typeof part !== 'string');
  const tokens = [...new Set(placeholders.map((part) => part.untranslatable))].sort((a, b) => b.length - a.length);
  if (!tokens.length) return [text];
  const escaped = tokens.map((token) => token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const unused = [...placeholders];
  return text
    .split(new RegExp(`(${escaped.join('|')})`))
    .filter(Boolean)
    .map((part) => {
      if (!tokens.includes(part)) return part;
      const i = unused.findIndex((each) => each.untranslatable === part);
      const index = i === -1 ? placeholders.find((each) => each.untranslatable === part)!.index : unused.splice(i, 1)[0].index;
      return { untranslatable: part, index };
    });
}

/** The plural form each plural text's message is, by message id. */
function pluralFormNames(sources: readonly Message[]): Map<string, Intl.LDMLPluralRule> {
  const forms = new Map<string, Intl.LDMLPluralRule>();
  for (const byForm of pluralTexts(sources).values()) for (const [form, message] of byForm) forms.set(message.name, form);
  return forms;
}

/** The language's XLIFF file has mistakes: fix them before exporting. */
export class PoError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}
