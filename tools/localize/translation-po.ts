// One language's interface texts as a gettext PO file and back, for translators and platforms that work in PO.
// Export: one entry per text, its id as msgctxt (so equal English texts stay
// apart), the English as msgid, the translation (or "") as msgstr, and the
// note lit-localize keeps as an extracted comment. A plural text (units
// `<text>-one` … `<text>-other`, translation-plurals.ts) is one gettext
// plural entry: msgctxt `<text>`, the English "one" and "other" forms as
// msgid and msgid_plural, msgstr[i] in gettext's order for the language
// (gettext-plurals.ts, also the Plural-Forms header), so Poedit and
// platforms show it as one text with a field per form. Placeholders are
// visible tokens, their equiv-text (`${inPlace}`), which PO editors and
// platforms highlight.
// Import: msgstr[i] goes back to the unit of its CLDR form, the tokens become
// <x/> placeholders again with the ids of the English, the same checks as
// translations:check run, and only a file with no mistakes is written into
// the language's XLIFF file.
import { existsSync, readFileSync } from 'node:fs';
import { po, type GetTextTranslation } from 'gettext-parser';
import { makeFormatter } from '@lit/localize-tools/lib/formatters/index.js';
import type { Message, Placeholder, ProgramMessage } from '@lit/localize-tools/lib/messages.js';
import { readInterfaceTranslation, sourceText } from './interface-translation.js';
import { asLocale, type RuntimeConfig } from './lit-localize-project.js';
import { placeholderProblems } from './translation-placeholders.js';
import { gettextPlurals, sameGettextPlurals, type GettextPlurals } from './gettext-plurals.js';
import { countsText, languageName, pluralProblems, pluralTexts } from './translation-plurals.js';
import { lineAndColumn } from './translation-syntax.js';

/** The PO file of `locale`'s interface texts, from its XLIFF file (untranslated texts have an empty msgstr). */
export function exportPo(config: RuntimeConfig, locale: string, sources: readonly ProgramMessage[]): string {
  const { translated, problems } = readInterfaceTranslation(config, locale, sources);
  if (problems.length) throw new PoError(problems);
  const plurals = pluralsOrProblem(locale);
  if (typeof plurals === 'string') throw new PoError([plurals]);
  const byName = new Map(translated.map((message) => [message.name, message]));
  const texts = pluralTexts(sources);
  const groupOf = pluralGroupOf(sources);
  const target = (message: Message | undefined) => {
    const translation = message && byName.get(message.name);
    return translation ? sourceText(translation) : '';
  };
  const entries: Record<string, Record<string, GetTextTranslation>> = {};
  for (const source of sources) {
    const base = groupOf.get(source.name);
    if (base === undefined) {
      const msgid = sourceText(source);
      entries[source.name] = {
        [msgid]: {
          msgctxt: source.name,
          msgid,
          msgstr: [target(source)],
          comments: { extracted: source.desc ?? '' },
        },
      };
      continue;
    }
    if (entries[base]) continue; // The group's entry is written at its first form.
    const byForm = texts.get(base)!;
    const other = byForm.get('other')!;
    const msgid = sourceText(byForm.get('one') ?? other);
    const notes = [
      (other as ProgramMessage).desc,
      ...plurals.categories.map((form, i) => {
        const numbers = countsText(locale, form);
        const own = byForm.has(form) ? '' : `; this text has no "${form}" form of its own, so msgstr[${plurals.categories.indexOf('other')}] shows (copy it here)`;
        return `msgstr[${i}] is "${form}": in ${languageName(locale)} for ${numbers || 'no whole number'}${own}`;
      }),
    ].filter(Boolean);
    entries[base] = {
      [msgid]: {
        msgctxt: base,
        msgid,
        msgid_plural: sourceText(other),
        msgstr: plurals.categories.map((form) => target(byForm.get(form) ?? other)),
        comments: { extracted: notes.join('\n') },
      },
    };
  }
  const headers = {
    Language: locale,
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'Plural-Forms': plurals.header,
  };
  return po.compile({ charset: 'utf-8', headers, translations: entries }, { foldLength: 0 }).toString('utf8');
}

/**
 * Reads a PO file made by exportPo (and translated) back as `locale`'s
 * translations, and writes them to its XLIFF file; returns the mistakes
 * instead (one line each: file, line, text id, what to do), writing nothing.
 */
export async function importPo(config: RuntimeConfig, locale: string, sources: readonly ProgramMessage[], file: string): Promise<string[]> {
  if (!existsSync(file)) return [`${file} does not exist`];
  const plurals = pluralsOrProblem(locale);
  if (typeof plurals === 'string') return [plurals];
  const text = readFileSync(file, 'utf8');
  let parsed: ReturnType<typeof po.parse>;
  try {
    parsed = po.parse(text, { validation: true });
  } catch (error) {
    // A plural entry with the wrong number of msgstr, or a changed header, is named below with its line.
    if (!/^Plural forms range error/.test((error as Error).message)) return [`${file}: this is not a PO file gettext can read: ${(error as Error).message}`];
    parsed = po.parse(text);
  }
  const header = parsed.headers['Plural-Forms'];
  if (header && !sameGettextPlurals(header, plurals.header)) {
    const at = text.indexOf('Plural-Forms');
    return [
      `${file}:${at === -1 ? 1 : lineAndColumn(text, at).line}: the Plural-Forms header is "${header}", not ${languageName(locale)}'s "${plurals.header}", so msgstr[0], msgstr[1]… would go to the wrong forms: put back the exported header (and check each plural's forms), or export a fresh PO file`,
    ];
  }
  const texts = pluralTexts(sources);
  const groupOf = pluralGroupOf(sources);
  const where = (id: string) => {
    const at = [id, groupOf.get(id)].map((each) => (each === undefined ? -1 : text.indexOf(`msgctxt "${each}"`))).find((each) => each !== -1) ?? -1;
    return `${file}:${at === -1 ? 1 : lineAndColumn(text, at).line}`;
  };
  const byName = new Map(sources.map((message) => [message.name, message]));
  const problems: string[] = [];
  const translated: Message[] = [];
  const add = (source: Message, msgstr: string, label: string) => {
    const translation = {
      name: source.name,
      contents: withPlaceholders(msgstr, source),
    };
    problems.push(...placeholderProblems(source, translation).map((problem) => `${where(source.name)}: ${label}: ${inPoTerms(problem)}`));
    translated.push(translation);
  };
  for (const [context, entries] of Object.entries(parsed.translations)) {
    for (const entry of Object.values(entries)) {
      if (!context) continue; // The header.
      const byForm = texts.get(context);
      if (byForm) {
        if (!entry.msgstr.some((each) => each.trim())) continue; // Not translated yet.
        const other = byForm.get('other')!;
        const one = sourceText(byForm.get('one') ?? other);
        if (entry.msgid !== one || entry.msgid_plural !== sourceText(other)) {
          problems.push(`${where(context)}: ${context}: the English has changed since this file was exported (now "${one}" / "${sourceText(other)}"): export a fresh PO file`);
          continue;
        }
        if (entry.msgstr.length !== plurals.categories.length) {
          problems.push(
            `${where(context)}: ${context} "${one}": has ${entry.msgstr.length} msgstr, and ${languageName(locale)} has ${plurals.categories.length} plural forms (${plurals.categories.join(', ')}): export a fresh PO file and copy your translation into it`,
          );
          continue;
        }
        plurals.categories.forEach((form, i) => {
          const source = byForm.get(form);
          if (source && entry.msgstr[i].trim()) add(source, entry.msgstr[i], `${context} msgstr[${i}] ("${form}")`);
        });
        // Forms no whole number takes in this language (Polish "other", Gaelic "zero" and "many") have no msgstr: they get the last one, gettext's catch-all, so nothing is left untranslated.
        const last = entry.msgstr[plurals.categories.length - 1];
        for (const [form, source] of byForm) if (!plurals.categories.includes(form) && last.trim()) add(source, last, `${context} msgstr[${plurals.categories.length - 1}] (for "${form}")`);
        continue;
      }
      const source = byName.get(context);
      const msgstr = entry.msgstr[0] ?? '';
      if (!msgstr.trim()) continue; // Not translated yet.
      if (!source) {
        problems.push(`${where(context)}: ${context}: no text has this id (any more): export a fresh PO file and copy your translation into it`);
        continue;
      }
      if (entry.msgid !== sourceText(source)) {
        problems.push(`${where(context)}: ${context}: the English has changed since this file was exported (now "${sourceText(source)}"): export a fresh PO file`);
        continue;
      }
      add(source, msgstr, `${context} "${entry.msgid}"`);
    }
  }
  problems.push(
    ...pluralProblems({
      locale,
      sources,
      translated,
      where,
      englishOf: sourceText,
    }),
  );
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

/** The plural text (its id without the form) each plural form's message belongs to, by message id. */
function pluralGroupOf(sources: readonly Message[]): Map<string, string> {
  const groups = new Map<string, string>();
  for (const [base, byForm] of pluralTexts(sources)) for (const message of byForm.values()) groups.set(message.name, base);
  return groups;
}

/** The language's gettext plural rule, or the one-line reason there is none. */
function pluralsOrProblem(locale: string): GettextPlurals | string {
  return (
    gettextPlurals(locale) ??
    `${languageName(locale)} has no gettext plural rule yet: add its Plural-Forms (from gettext.mlocati.com, CLDR order) to GETTEXT_PLURALS in tools/localize/gettext-plurals.ts, or translate the XLIFF file instead`
  );
}

/** The language's XLIFF file has mistakes: fix them before exporting. */
export class PoError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}
