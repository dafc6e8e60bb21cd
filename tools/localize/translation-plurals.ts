// Plural texts: which forms each language needs, and the mistakes a translator can make with them.
// A text that depends on a number is written as one message per CLDR plural
// category, ids `<text>-zero` … `<text>-other` (progress-text.ts and
// friends); the code picks one with Intl.PluralRules. lit-localize knows
// nothing of these groups, so without this check a missing form silently
// shows English and a misnamed one (`-eleven`) is silently dropped.
import type { Message } from '@lit/localize-tools/lib/messages.js';

export const PLURAL_CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Plural texts by their id without the form (`practices-in-place`): each has an `-other` message. */
export function pluralTexts(sources: readonly Message[]): Map<string, Map<Intl.LDMLPluralRule, Message>> {
  const ids = new Map(sources.map((message) => [message.name, message]));
  const texts = new Map<string, Map<Intl.LDMLPluralRule, Message>>();
  for (const message of sources) {
    const base = message.name.match(/^(.+)-other$/)?.[1];
    if (!base) continue;
    const forms = new Map<Intl.LDMLPluralRule, Message>();
    for (const category of PLURAL_CATEGORIES) {
      const form = ids.get(`${base}-${category}`);
      if (form) forms.set(category, form);
    }
    texts.set(base, forms);
  }
  return texts;
}

/** The plural forms a language uses, in CLDR order. */
export function formsOf(locale: string): Intl.LDMLPluralRule[] {
  const used = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return PLURAL_CATEGORIES.filter((category) => used.includes(category));
}

/** The first few whole numbers that take `category` in `locale`, to try in the preview. */
export function countsFor(locale: string, category: Intl.LDMLPluralRule, limit = 4): number[] {
  const rules = new Intl.PluralRules(locale);
  const counts: number[] = [];
  for (let n = 0; n <= 1000 && counts.length < limit; n++) if (rules.select(n) === category) counts.push(n);
  return counts;
}

/** "Scottish Gaelic (gd)": the language in English, with its code. */
export function languageName(locale: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames('en', { type: 'language' }).of(locale);
  } catch {
    name = undefined; // Not a well-formed tag: the code alone.
  }
  return name && name !== locale ? `${name} (${locale})` : locale;
}

export interface PluralContext {
  readonly locale: string;
  readonly sources: readonly Message[];
  /** Translated messages, empty <target>s left out. */
  readonly translated: readonly Message[];
  /** `file:line` of a text's unit in the translation, or of the file when it has none. */
  readonly where: (id: string) => string;
  readonly englishOf: (message: Message) => string;
}

/**
 * One line per unit named as a form no language has (`-eleven`), and per
 * form the language needs but has no translation in a plural text that has
 * some: the build stops on these rather than show English for some counts.
 * A plural text with no form translated is simply not translated yet.
 */
export function pluralProblems({ locale, sources, translated, where, englishOf }: PluralContext): string[] {
  const texts = pluralTexts(sources);
  const done = new Set(translated.map((message) => message.name));
  // Only forms some whole number takes: Polish "other" is for fractions, and counts are whole.
  const forms = formsOf(locale).filter((form) => countsFor(locale, form).length);
  const language = languageName(locale);
  const problems: string[] = [];
  for (const message of translated) {
    const [, base, form] = message.name.match(/^(.+)-([a-z]+)$/) ?? [];
    if (!base || !texts.has(base) || texts.get(base)!.has(form as Intl.LDMLPluralRule)) continue;
    problems.push(
      `${where(message.name)}: ${message.name}: "${form}" is not a plural form. ${language} uses ${forms.map((each) => `${base}-${each}`).join(', ')}: rename this unit to the form it is for, or delete it`,
    );
  }
  for (const byForm of texts.values()) {
    if (![...byForm.values()].some((message) => done.has(message.name))) continue;
    for (const form of forms) {
      const message = byForm.get(form) ?? byForm.get('other')!;
      if (done.has(message.name)) continue;
      problems.push(
        `${where(message.name)}: ${message.name} "${englishOf(message)}": ${language} needs the "${form}" form (counts such as ${countsFor(locale, form).join(', ')}), and it has no translation: write its <target>, or English shows for those counts`,
      );
    }
  }
  return problems;
}

/** One line for translators: the forms their language uses, with counts to try in the preview. */
export function pluralFormsLine(locale: string): string {
  const unused = PLURAL_CATEGORIES.filter((form) => !countsFor(locale, form).length);
  const others = unused.length ? `. ${unused.join(', ')} never show: copy one of your forms into each, so nothing is left untranslated` : '';
  return `${locale}: ${languageName(locale)} uses the plural forms ${formsWithCounts(locale)}: try those numbers of applicable practices in the preview${others}`;
}

/** "one (1, 11), two (2, 12), few (3, 4, 5, 6…), other (0, 20, 21, 22…)": the forms whole numbers take, as TRANSLATING.md's table shows them. */
export function formsWithCounts(locale: string): string {
  return formsOf(locale)
    .map((form) => [form, countsFor(locale, form)] as const)
    .filter(([, counts]) => counts.length)
    .map(([form]) => `${form} (${countsText(locale, form)})`)
    .join(', ');
}

/** "3, 4, 5, 6…": numbers that take `form`, with an ellipsis when there are more. */
export function countsText(locale: string, form: Intl.LDMLPluralRule): string {
  const counts = countsFor(locale, form);
  return `${counts.join(', ')}${counts.length === 4 ? '…' : ''}`;
}
