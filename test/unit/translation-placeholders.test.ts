import type { Message } from '@lit/localize-tools/lib/messages.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeholderProblems } from '../../tools/localize/translation-placeholders.js';

/**
 * A message as lit-localize reads it: `${name}` becomes a placeholder,
 * everything else text. A source numbers its placeholders in order; a
 * translation of `source` gives each the id it has in the source, as a
 * translator copying <x/> whole does (an id the source lacks when it has none).
 */
function message(text: string, source?: Message): Message {
  const ids = source ? source.contents.flatMap((part) => (typeof part === 'string' ? [] : [part])) : [];
  let next = source ? 100 : 0;
  const contents = text
    .split(/(\$\{[a-zA-Z]+\})/)
    .filter(Boolean)
    .map((part) => {
      if (!/^\$\{[a-zA-Z]+\}$/.test(part)) return part;
      const same = ids.findIndex((each) => each.untranslatable === part);
      return { untranslatable: part, index: same === -1 ? next++ : ids.splice(same, 1)[0].index };
    });
  return { name: 'm', contents };
}

/** A translation in which a `${…}` was typed as plain text rather than kept as a placeholder. */
const typed = (text: string): Message => ({ name: 'm', contents: [text] });

const PROGRESS = message('${inPlace} of ${applicable} practices in place');

describe('placeholderProblems', () => {
  it('accepts a translation that keeps every placeholder, in any order', () => {
    expect(placeholderProblems(PROGRESS, message("${inPlace} o'r ${applicable} arfer ar waith", PROGRESS))).toEqual([]);
    expect(placeholderProblems(PROGRESS, message('${applicable} میں سے ${inPlace}', PROGRESS))).toEqual([]);
  });

  it('names a deleted placeholder', () => {
    expect(placeholderProblems(PROGRESS, message("${inPlace} o'r arferion ar waith", PROGRESS))).toEqual([
      '${applicable} is missing: copy it from <source> into <target>',
    ]);
  });

  it('names a placeholder typed as text, once, rather than also calling it missing', () => {
    const translation: Message = { name: 'm', contents: [{ untranslatable: '${inPlace}', index: 0 }, " o'r ${applicable} arfer ar waith"] };
    expect(placeholderProblems(PROGRESS, translation)).toEqual([
      '${applicable} is typed as text: copy the whole <x id=… equiv-text="${applicable}"/> from <source> instead',
    ]);
  });

  it('names a placeholder the English does not have', () => {
    expect(placeholderProblems(message('Reset'), message('${count} Ailosod', message('Reset')))).toEqual([
      '${count} is not in the English: remove it (placeholders are filled in by the code)',
    ]);
  });

  it('names a placeholder used fewer times than in the English', () => {
    expect(placeholderProblems(message('${a} and ${a}'), message('${a}', message('${a} and ${a}')))).toEqual(['${a} is missing: copy it from <source> into <target>']);
  });

  /** A translation of PROGRESS with each placeholder's id given explicitly, as a translator might have edited it. */
  const withIds = (inPlace: number, applicable: number): Message => ({
    name: 'm',
    contents: [{ untranslatable: '${inPlace}', index: inPlace }, ' à ', { untranslatable: '${applicable}', index: applicable }, ' cleachdaidhean'],
  });

  it('names a placeholder whose id was changed to one the English does not have (it would show "undefined")', () => {
    expect(placeholderProblems(PROGRESS, withIds(0, 7))).toEqual([
      '<x id="7" equiv-text="${applicable}"/> has the wrong id: the English has <x id="1" equiv-text="${applicable}"/>. Copy the whole <x …/> from <source>: the id, not equiv-text, decides which value is shown',
    ]);
  });

  it('names both placeholders when their ids are swapped but not their equiv-text (the numbers would swap)', () => {
    expect(placeholderProblems(PROGRESS, withIds(1, 0))).toEqual([
      '<x id="1" equiv-text="${inPlace}"/> has the wrong id: the English has <x id="0" equiv-text="${inPlace}"/>. Copy the whole <x …/> from <source>: the id, not equiv-text, decides which value is shown',
      '<x id="0" equiv-text="${applicable}"/> has the wrong id: the English has <x id="1" equiv-text="${applicable}"/>. Copy the whole <x …/> from <source>: the id, not equiv-text, decides which value is shown',
    ]);
    expect(placeholderProblems(PROGRESS, withIds(0, 1))).toEqual([]);
  });

  it.each([
    ['translated', '{dydd} {month} {year}', ['{day} is missing: keep it exactly as in the English, untranslated', '{dydd} is not in the English: only {day}, {month}, {year} can be used']],
    ['deleted', '{day} {year}', ['{month} is missing: keep it exactly as in the English, untranslated']],
    ['reordered', '{year}年{month}{day}日', []],
  ])('checks the {words} of a date pattern: %s', (_name, translation, problems) => {
    expect(placeholderProblems(typed('{day} {month} {year}'), typed(translation))).toEqual(problems);
  });

  it('finds no problem in any reordering of the source placeholders and words', () => {
    const parts = ['${inPlace}', '${applicable}', '{month}', ' of ', ' practices '];
    fc.assert(
      fc.property(fc.shuffledSubarray(parts, { minLength: parts.length }), (shuffled) => {
        expect(placeholderProblems(message(parts.join('')), message(shuffled.join(''), message(parts.join(''))))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('reports every placeholder a translation leaves out, and only those', () => {
    const names = ['${a}', '${b}', '${c}', '${d}'];
    fc.assert(
      fc.property(fc.subarray(names), (kept) => {
        const missing = names.filter((name) => !kept.includes(name));
        expect(placeholderProblems(message(names.join(' ')), message(kept.join(' x '), message(names.join(' '))))).toEqual(
          missing.map((name) => `${name} is missing: copy it from <source> into <target>`),
        );
      }),
      { numRuns: 50 },
    );
  });
});
