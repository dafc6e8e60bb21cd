import { readFileSync } from 'node:fs';
import type { Message } from '@lit/localize-tools/lib/messages.js';
import { describe, expect, it } from 'vitest';
import { countsFor, formsOf, formsWithCounts, languageName, pluralFormsLine, pluralProblems, pluralTexts } from '../../tools/localize/translation-plurals.js';

const text = (name: string, words = name): Message => ({ name, contents: [words] });
const SOURCES = ['count-zero', 'count-one', 'count-two', 'count-few', 'count-many', 'count-other', 'count-of-things', 'reset'].map((name) => text(name));

describe('plural forms per language', () => {
  it.each([
    ['en', ['one', 'other']],
    ['cy', ['zero', 'one', 'two', 'few', 'many', 'other']],
    ['gd', ['one', 'two', 'few', 'other']],
    ['pl', ['one', 'few', 'many', 'other']],
  ])('knows the forms %s uses', (locale, forms) => {
    expect(formsOf(locale)).toEqual(forms);
  });

  it('gives counts to try that take each form', () => {
    expect(countsFor('gd', 'two')).toEqual([2, 12]);
    expect(countsFor('pl', 'few')).toEqual([2, 3, 4, 22]);
    expect(countsFor('pl', 'other')).toEqual([]);
  });

  it('names a language in English with its code, and an unknown code alone', () => {
    expect(languageName('gd')).toBe('Scottish Gaelic (gd)');
    expect(languageName('not a tag')).toBe('not a tag');
  });

  it("matches TRANSLATING.md's table of forms and numbers to try, row by row", () => {
    const rows = [...readFileSync('TRANSLATING.md', 'utf8').matchAll(/^ *\| [^|`]+ `([a-z-]+)` \| ([^|]+) \|/gm)];
    expect(rows.map(([, locale]) => locale)).toEqual(['en', 'cy', 'gd', 'pl']);
    for (const [, locale, forms] of rows) expect(forms.trim(), `TRANSLATING.md's row for ${locale}`).toBe(formsWithCounts(locale));
  });

  it('tells a Polish translator that "other" never shows for a count', () => {
    expect(pluralFormsLine('pl')).toBe(
      'pl: Polish (pl) uses the plural forms one (1), few (2, 3, 4, 22…), many (0, 5, 6, 7…): try those numbers of applicable practices in the preview. zero, two, other never show: copy one of your forms into each, so nothing is left untranslated',
    );
  });
});

describe('pluralProblems', () => {
  const check = (locale: string, translated: string[]) =>
    pluralProblems({ locale, sources: SOURCES, translated: translated.map((name) => text(name)), where: (id) => `x.xlf:${id}`, englishOf: (message) => `[${message.name}]` });

  it('groups the forms of a text by the id before the form, and nothing else', () => {
    expect([...pluralTexts(SOURCES).keys()]).toEqual(['count']);
    expect([...pluralTexts(SOURCES).get('count')!.keys()]).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('is satisfied by every form the language uses, and by a text not translated at all', () => {
    expect(check('gd', ['count-one', 'count-two', 'count-few', 'count-other'])).toEqual([]);
    expect(check('pl', ['count-one', 'count-few', 'count-many'])).toEqual([]);
    expect(check('gd', ['reset'])).toEqual([]);
  });

  it('names each form the language needs that a partly translated text lacks', () => {
    expect(check('pl', ['count-one', 'count-few'])).toEqual([
      'x.xlf:count-many: count-many "[count-many]": Polish (pl) needs the "many" form (counts such as 0, 5, 6, 7), and it has no translation: write its <target>, or English shows for those counts',
    ]);
  });

  it('names a unit named as a form no language has, but not other texts that merely share the start of an id', () => {
    expect(check('gd', ['count-one', 'count-two', 'count-few', 'count-other', 'count-eleven', 'count-of-things'])).toEqual([
      'x.xlf:count-eleven: count-eleven: "eleven" is not a plural form. Scottish Gaelic (gd) uses count-one, count-two, count-few, count-other: rename this unit to the form it is for, or delete it',
    ]);
  });
});
