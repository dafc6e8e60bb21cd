// Checks that a translation keeps the placeholders of its English source.
// What a translation must keep from its English source: each placeholder
// the code fills in (`${count}`, written <x equiv-text="${count}"/> in
// XLIFF), and each `{word}` of a pattern the code fills (`{month}` in date
// patterns). Order is free: grammar decides it.
import type { Message } from '@lit/localize-tools/lib/messages.js';

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
  const wantedWords = patternWordsOf(source);
  const givenWords = patternWordsOf(translation);
  for (const word of difference(wantedWords, givenWords)) problems.push(`${word} is missing: keep it exactly as in the English, untranslated`);
  for (const word of difference(givenWords, wantedWords)) {
    const allowed = wantedWords.length ? `only ${wantedWords.join(', ')} can be used` : 'remove it';
    problems.push(`${word} is not in the English: ${allowed}`);
  }
  return problems;
}

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
