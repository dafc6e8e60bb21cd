// Writes the en-XA and ar-XB test pseudo-locales (interface strings and framework text).
// Writes the two test pseudo-locales, so tests can prove that every visible
// string is localised and that layouts survive long and right-to-left text:
//   en-XA  accented and about 40% longer: ⟦Ŕéšéţ ·····⟧
//   ar-XB  the English text reversed by a right-to-left override, dir="rtl"
// Interface strings go into xliff/<locale>.xlf (the same step as
// `lit-localize extract`, which also brings the real locales' files up to
// date with the source), framework text into framework/translations/.
// Both are generated on every build (tools/localize/localize.ts) and not committed.
import { writeFileSync } from 'node:fs';
import { makeFormatter } from '@lit/localize-tools/lib/formatters/index.js';
import type { Message, ProgramMessage } from '@lit/localize-tools/lib/messages.js';
import type { Locale } from '@lit/localize-tools/lib/types/locale.js';
import { FRAMEWORK_FORMAT_VERSION } from '../../src/core/framework/framework-schema.js';
import { bundledFrameworks } from '../build/bundled-frameworks.js';
import { asJsonFile, frameworkAsTranslation } from './framework-as-translation.js';
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

/** The pseudo-locales' framework translations, for every framework in framework/. */
export function writeFrameworkTranslations(): void {
  for (const framework of bundledFrameworks()) {
    if (framework.formatVersion !== FRAMEWORK_FORMAT_VERSION) continue;
    for (const locale of pseudoLocales) {
      const review = { status: 'generated', note: 'Pseudo-locale for tests, written by tools/localize/pseudo-locales.ts.' } as const;
      writeFileSync(`framework/translations/${framework.id}.${locale}.json`, asJsonFile(frameworkAsTranslation(framework, locale, PSEUDO[locale], review)));
    }
  }
}
