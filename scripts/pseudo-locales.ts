// Writes the two test pseudo-locales, so tests can prove that every visible
// string is localised and that layouts survive long and right-to-left text:
//   en-XA  accented and about 40% longer: ⟦Ŕéšéţ ·····⟧
//   ar-XB  the English text reversed by a right-to-left override, dir="rtl"
// Interface strings go into xliff/<locale>.xlf (the same step as
// `lit-localize extract`, which also brings the real locales' files up to
// date with the source), framework text into framework/translations/.
// Both are generated on every build (scripts/localize.ts) and not committed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { makeFormatter } from '@lit/localize-tools/lib/formatters/index.js';
import type { Message, ProgramMessage } from '@lit/localize-tools/lib/messages.js';
import type { Locale } from '@lit/localize-tools/lib/types/locale.js';
import { FRAMEWORK_FORMAT_VERSION } from '../src/core/framework/framework-schema.js';
import { parseFramework } from '../src/core/framework/parse-framework.js';
import { TRANSLATION_FORMAT_VERSION } from '../src/core/framework/framework-translation.js';
import { asLocale, type RuntimeConfig } from './lit-localize-project.js';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i],
  ]),
);

export const PSEUDO = {
  'en-XA': (text: string) => {
    // {tokens} are filled in by the code, so they stay as they are.
    const accented = text
      .split(/(\{[a-z]+\})/)
      .map((part) => (part.startsWith('{') ? part : [...part].map((char) => ACCENTED[char] ?? char).join('')))
      .join('');
    // Padding in short words, so it wraps like real text would.
    const padding = '·····'.repeat(Math.ceil((text.length * 0.4) / 5)).replace(/(·{5})(?=·)/g, '$1 ');
    return `⟦${accented}${padding ? ` ${padding}` : ''}⟧`;
  },
  'ar-XB': (text: string) => `\u202E${text}\u202C`,
} as const;

type PseudoLocale = keyof typeof PSEUDO;
const pseudoLocales = Object.keys(PSEUDO) as PseudoLocale[];

export const isPseudoLocale = (locale: string): locale is PseudoLocale => locale in PSEUDO;

/**
 * Writes every XLIFF file: the real languages' translations as given, the
 * pseudo-locales' made from the source.
 */
export function writeInterfaceStrings(config: RuntimeConfig, messages: ProgramMessage[], translations: Map<Locale, Message[]>): Promise<void> {
  for (const locale of pseudoLocales) {
    const pseudo: Message[] = messages.map(({ name, contents }) => ({
      name,
      contents: contents.map((part) => (typeof part === 'string' && part.trim() ? PSEUDO[locale](part) : part)),
    }));
    translations.set(asLocale(locale), pseudo);
  }
  return makeFormatter(config).writeOutput(messages, translations);
}

/** Every string leaf of a framework, keyed the way the translation format keys it. */
export function writeFrameworkTranslations(): void {
  for (const file of readdirSync('framework').filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))) {
    const parsed = parseFramework(JSON.parse(readFileSync(`framework/${file}`, 'utf8')));
    if (!parsed.ok) throw new Error(`framework/${file} is not a valid framework:\n${parsed.problems.join('\n')}`);
    const framework = parsed.value;
    if (framework.formatVersion !== FRAMEWORK_FORMAT_VERSION) continue;
    for (const locale of pseudoLocales) {
      const t = PSEUDO[locale];
      const translation = {
        formatVersion: TRANSLATION_FORMAT_VERSION,
        frameworkId: framework.id,
        lang: locale,
        review: { status: 'generated', note: 'Pseudo-locale for tests, written by scripts/pseudo-locales.ts.' },
        title: t(framework.title),
        intro: framework.intro.map(t),
        source: framework.source && {
          publisher: t(framework.source.publisher),
          report: framework.source.report && t(framework.source.report),
          page: framework.source.page && t(framework.source.page),
        },
        ratingScale: Object.fromEntries(framework.ratingScale.map((level) => [level.id, t(level.label)])),
        behavioursHeading: framework.behavioursHeading && t(framework.behavioursHeading),
        behaviours: Object.fromEntries(
          framework.behaviours.map((behaviour) => [behaviour.id, { title: t(behaviour.title), leadIn: behaviour.leadIn && t(behaviour.leadIn) }]),
        ),
        practices: Object.fromEntries(
          framework.behaviours.flatMap((behaviour) => behaviour.practices.map((practice) => [practice.id, t(practice.text)])),
        ),
      };
      writeFileSync(`framework/translations/${framework.id}.${locale}.json`, `${JSON.stringify(translation, null, 2)}\n`);
    }
  }
}
