// Checks that a translation keeps the placeholders of its English source.
// What a translation must keep from its English source: each placeholder
// the code fills in (`${count}`, written <x equiv-text="${count}"/> in
// XLIFF), and each `{word}` of a pattern the code fills (`{month}` in date
// patterns). Order is free: grammar decides it. Each <x/> must also keep
// its id with its equiv-text: the id decides which value is shown (an id
// the English does not have shows "undefined"; two swapped ids swap the
// numbers), and equiv-text is only what translators read.
import type { Message, Placeholder } from '@lit/localize-tools/lib/messages.js';

/** One sentence per missing, extra or broken placeholder; empty when the translation keeps them all. */
export function placeholderProblems(source: Message, translation: Message): string[] {
  const wanted = placeholdersOf(source);
  const given = placeholdersOf(translation);
  const typedAsText: string[] = textOf(translation).match(/\$\{[^}]*\}/g) ?? [];
  const problems: string[] = [];
  for (const placeholder of typedAsText) {
    problems.push(`${placeholder} is typed as text: copy the whole <x id=… equiv-text="${placeholder}"/> from <source> instead`);
  }
  for (const placeholder of difference(wanted, given)) {
    if (!typedAsText.includes(placeholder)) problems.push(`${placeholder} is missing: copy it from <source> into <target>`);
  }
  for (const placeholder of difference(given, wanted)) {
    problems.push(`${placeholder} is not in the English: remove it (placeholders are filled in by the code)`);
  }
  problems.push(...idProblems(source, translation, wanted));
  const wantedWords = patternWordsOf(source);
  const givenWords = patternWordsOf(translation);
  for (const word of difference(wantedWords, givenWords)) problems.push(`${word} is missing: keep it exactly as in the English, untranslated`);
  for (const word of difference(givenWords, wantedWords)) {
    const allowed = wantedWords.length ? `only ${wantedWords.join(', ')} can be used` : 'remove it';
    problems.push(`${word} is not in the English: ${allowed}`);
  }
  return problems;
}

/** A placeholder whose id is not the one its equiv-text has in the English. */
function idProblems(source: Message, translation: Message, wanted: readonly string[]): string[] {
  const textById = new Map(parts(source).map((part) => [part.index, part.untranslatable]));
  return parts(translation)
    .filter((part) => textById.get(part.index) !== part.untranslatable && wanted.includes(part.untranslatable))
    .map((part) => {
      const ids = [...textById].filter(([, text]) => text === part.untranslatable).map(([id]) => `<x id="${id}" equiv-text="${part.untranslatable}"/>`);
      return `<x id="${part.index}" equiv-text="${part.untranslatable}"/> has the wrong id: the English has ${ids.join(' or ')}. Copy the whole <x …/> from <source>: the id, not equiv-text, decides which value is shown`;
    });
}

const parts = (message: Message) => message.contents.filter((part): part is Placeholder => typeof part !== 'string');

const placeholdersOf = (message: Message) => message.contents.flatMap((part) => (typeof part === 'string' ? [] : [part.untranslatable]));

const textOf = (message: Message) => message.contents.filter((part) => typeof part === 'string').join('');

/** `{month}`-style words the code replaces in a pattern. */
const patternWordsOf = (message: Message) => textOf(message).match(/(?<!\$)\{[A-Za-z]+\}/g) ?? [];

/** Items of `a` not matched one-for-one in `b` (so a placeholder used twice must appear twice). */
function difference(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((item) => {
    const i = left.indexOf(item);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}
