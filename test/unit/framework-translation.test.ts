import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ncvo from '../../framework/ncvo-collaborative-behaviours.json';
import welsh from '../../framework/translations/ncvo-collaborative-behaviours.cy.json';
import type { Framework } from '../../src/core/framework/framework-schema.js';
import {
  localizeFramework,
  parseFrameworkTranslation,
  REVIEW_STATUSES,
  staleTranslationKeys,
  untranslatedFramework,
  type FrameworkTranslation,
} from '../../src/core/framework/framework-translation.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import { ID_PATTERN } from '../../src/core/identifiers.js';
import { frameworkArb, idArb, practiceIdsOf } from './arbitraries.js';

const ID_MESSAGE = 'must be 1 to 80 letters, digits, ".", "_" or "-", starting with a letter or digit';

function bundledFramework(): Framework {
  const parsed = parseFramework(ncvo);
  if (!parsed.ok) throw new Error(`the bundled framework does not parse:\n${parsed.problems.join('\n')}`);
  return parsed.value;
}

/** A fresh, editable copy of the Welsh translation file as JSON.parse would give it. */
function welshInput(): Record<string, any> {
  return structuredClone(welsh) as Record<string, any>;
}

function withChange(change: (input: Record<string, any>) => void): Record<string, any> {
  const input = welshInput();
  change(input);
  return input;
}

function translationOf(input: unknown): FrameworkTranslation {
  const parsed = parseFrameworkTranslation(input);
  if (!parsed.ok) throw new Error(`expected the translation to parse:\n${parsed.problems.join('\n')}`);
  return parsed.value;
}

function problemsFor(input: unknown): readonly string[] {
  const parsed = parseFrameworkTranslation(input);
  if (parsed.ok) throw new Error('expected parseFrameworkTranslation to reject the input');
  return parsed.problems;
}

/** The smallest valid translation: only the required fields. */
function minimalInput(lang = 'cy'): Record<string, any> {
  return { formatVersion: 1, frameworkId: 'generated', lang, review: { status: 'draft' } };
}

/** What must not change when a framework is translated: ids, order, nesting and weights. */
function structureOf(framework: Framework) {
  return {
    id: framework.id,
    version: framework.version,
    introParagraphs: framework.intro.length,
    hasSource: framework.source !== undefined,
    sourceUrl: framework.source?.url,
    published: framework.source?.published,
    lastReviewed: framework.source?.lastReviewed,
    ratingScale: framework.ratingScale.map(({ id, weight }) => ({ id, weight })),
    behaviours: framework.behaviours.map((behaviour) => ({
      id: behaviour.id,
      hasLeadIn: behaviour.leadIn !== undefined,
      practices: behaviour.practices.map((practice) => practice.id),
    })),
  };
}

/**
 * Every translatable text of a framework by path, written out here
 * independently of the code under test.
 */
function translatablePaths(framework: Framework): Map<string, string> {
  const paths = new Map<string, string>([['title', framework.title]]);
  framework.intro.forEach((paragraph, i) => paths.set(`intro.${i}`, paragraph));
  if (framework.source) {
    paths.set('source.publisher', framework.source.publisher);
    if (framework.source.report !== undefined) paths.set('source.report', framework.source.report);
    if (framework.source.page !== undefined) paths.set('source.page', framework.source.page);
  }
  framework.ratingScale.forEach((level) => paths.set(`ratingScale.${level.id}`, level.label));
  if (framework.behavioursHeading !== undefined) paths.set('behavioursHeading', framework.behavioursHeading);
  for (const behaviour of framework.behaviours) {
    paths.set(`behaviours.${behaviour.id}.title`, behaviour.title);
    if (behaviour.leadIn !== undefined) paths.set(`behaviours.${behaviour.id}.leadIn`, behaviour.leadIn);
    for (const practice of behaviour.practices) paths.set(`practices.${practice.id}`, practice.text);
  }
  return paths;
}

/** The text a localized framework shows at a path, read back independently. */
function textAt(framework: Framework, path: string): string | undefined {
  if (path === 'title') return framework.title;
  if (path === 'behavioursHeading') return framework.behavioursHeading;
  const [head, rest] = [path.slice(0, path.indexOf('.')), path.slice(path.indexOf('.') + 1)];
  if (head === 'intro') return framework.intro[Number(rest)];
  if (head === 'source') return framework.source?.[rest as 'publisher' | 'report' | 'page'];
  if (head === 'ratingScale') return framework.ratingScale.find((level) => level.id === rest)?.label;
  if (head === 'practices') {
    return framework.behaviours.flatMap((behaviour) => behaviour.practices).find((practice) => practice.id === rest)?.text;
  }
  if (head === 'behaviours') {
    const field = rest.endsWith('.leadIn') ? 'leadIn' : 'title';
    const id = rest.slice(0, rest.length - field.length - 1);
    return framework.behaviours.find((behaviour) => behaviour.id === id)?.[field];
  }
  throw new Error(`unknown path ${path}`);
}

/**
 * The translation file a translator would write for the given paths of a
 * framework: each translated text is "<lang> <source>", so it differs from
 * the source and can be traced back.
 */
function translationInputFor(framework: Framework, paths: Iterable<string>, lang = 'xx'): Record<string, any> {
  const input: Record<string, any> = { ...minimalInput(lang), frameworkId: framework.id };
  const texts = translatablePaths(framework);
  for (const path of paths) {
    const translated = `${lang} ${texts.get(path)}`;
    const dot = path.indexOf('.');
    const head = dot < 0 ? path : path.slice(0, dot);
    const rest = path.slice(dot + 1);
    if (head === 'title' || head === 'behavioursHeading') input[head] = translated;
    else if (head === 'intro') {
      input.intro ??= [];
      if (Number(rest) !== input.intro.length) throw new Error('translate intro paragraphs in order, from the first');
      input.intro.push(translated);
    } else if (head === 'source') (input.source ??= {})[rest] = translated;
    else if (head === 'ratingScale' || head === 'practices') (input[head] ??= {})[rest] = translated;
    else if (head === 'behaviours') {
      const field = rest.endsWith('.leadIn') ? 'leadIn' : 'title';
      const id = rest.slice(0, rest.length - field.length - 1);
      const behaviours = (input.behaviours ??= {});
      // Not `??=`: a behaviour may be called "constructor" or "toString".
      if (!Object.hasOwn(behaviours, id)) behaviours[id] = {};
      behaviours[id][field] = translated;
    }
  }
  return input;
}

const sorted = (values: Iterable<string>) => [...values].sort();

/**
 * Intro paragraphs are a list, so a translation can only give the first n
 * of them: turns a choice of paths into one a translation file can express
 * by translating as many intro paragraphs as were chosen, from the first.
 */
function expressible(paths: readonly string[]): string[] {
  const introCount = paths.filter((path) => path.startsWith('intro.')).length;
  return [...paths.filter((path) => !path.startsWith('intro.')), ...Array.from({ length: introCount }, (_, i) => `intro.${i}`)];
}

/**
 * Frameworks with every optional text present some of the time: intro
 * paragraphs, a source with or without report and page, a behaviours
 * heading, and lead-ins on some behaviours.
 */
const richFrameworkArb: fc.Arbitrary<Framework> = frameworkArb().chain((framework) =>
  fc
    .record({
      intro: fc.array(fc.constantFrom('First paragraph.', 'Second paragraph.', 'Third paragraph.'), { maxLength: 3 }),
      source: fc.option(
        fc.record(
          { publisher: fc.constant('Publisher'), report: fc.constant('Report'), page: fc.constant('Page') },
          { requiredKeys: ['publisher'] },
        ),
        { nil: undefined },
      ),
      behavioursHeading: fc.option(fc.constant('Behaviours'), { nil: undefined }),
      leadIns: fc.array(fc.boolean(), { minLength: framework.behaviours.length, maxLength: framework.behaviours.length }),
    })
    .map(({ intro, source, behavioursHeading, leadIns }) => {
      const parsed = parseFramework({
        ...framework,
        intro,
        ...(source && { source }),
        ...(behavioursHeading && { behavioursHeading }),
        behaviours: framework.behaviours.map((behaviour, i) => ({
          ...behaviour,
          ...(leadIns[i] && { leadIn: `Lead-in of ${behaviour.id}:` }),
        })),
      });
      if (!parsed.ok) throw new Error(`generated an invalid framework: ${parsed.problems.join('; ')}`);
      return parsed.value;
    }),
);

describe('parseFrameworkTranslation accepts valid translations', () => {
  it('reads the shipped Welsh translation of the NCVO framework', () => {
    const translation = translationOf(welsh);
    expect(translation.frameworkId).toBe('ncvo-collaborative-behaviours');
    expect(translation.lang).toBe('cy');
    expect(translation.review.status).toBe('needs-native-review');
    expect(translation.title).toBe('Rhoi cydweithio ar waith');
    expect(translation.intro).toHaveLength(2);
    expect(translation.ratingScale).toEqual(new Map([['not-yet', 'Ddim eto'], ['in-place', 'Ar waith']]));
    expect(translation.behaviours?.size).toBe(5);
    expect(translation.practices?.size).toBe(30);
    expect(translation.practices?.get('buys-in-services')).toBe('Prynu gwasanaethau gan sefydliadau eraill.');
  });

  it('keeps null for proper names left in the source language (publisher and report of the Welsh file)', () => {
    const translation = translationOf(welsh);
    expect(translation.source).toEqual({ publisher: null, report: null, page: 'Rhoi cydweithio ar waith' });
  });

  it('accepts a translation with only the required fields', () => {
    const translation = translationOf(minimalInput());
    expect(translation).toEqual({ formatVersion: 1, frameworkId: 'generated', lang: 'cy', review: { status: 'draft' } });
  });

  it.each(REVIEW_STATUSES)('accepts the review status "%s"', (status) => {
    expect(parseFrameworkTranslation(withChange((input) => (input.review.status = status))).ok).toBe(true);
  });

  it('accepts review details: a note, a reviewer and a date', () => {
    const translation = translationOf(
      withChange((input) => (input.review = { status: 'reviewed', note: 'Checked.', reviewedBy: 'A. Reviewer', reviewedOn: '2026-03-04' })),
    );
    expect(translation.review).toEqual({ status: 'reviewed', note: 'Checked.', reviewedBy: 'A. Reviewer', reviewedOn: '2026-03-04' });
  });

  it('does not change the object it was given', () => {
    const input = welshInput();
    const before = structuredClone(input);
    parseFrameworkTranslation(input);
    expect(input).toEqual(before);
  });

  it('reads practice texts keyed by any valid id into a Map, including ids named like Object.prototype members', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(idArb, fc.string({ minLength: 1, maxLength: 20 }).map((text) => `T ${text}`)), { selector: ([id]) => id, maxLength: 10 }), (entries) => {
        const translation = translationOf({ ...minimalInput(), practices: Object.fromEntries(entries) });
        expect(translation.practices).toEqual(new Map(entries));
      }),
    );
  });
});

describe('parseFrameworkTranslation rejects invalid translations with messages naming where and what', () => {
  it.each([
    ['null', null],
    ['a string', 'ncvo-collaborative-behaviours.cy.json'],
    ['a number', 42],
    ['a boolean', true],
    ['undefined', undefined],
  ])('rejects %s, saying the file is not an object', (_name, input) => {
    expect(problemsFor(input)).toEqual(['The file must be a JSON object, written between { and }']);
  });

  it('rejects a list in place of the translation object, saying so plainly', () => {
    expect(problemsFor([welshInput()])).toEqual(['The file must be a JSON object, written between { and }, not a list [ ]']);
  });

  it('names an unknown top-level field and suggests checking its spelling', () => {
    expect(problemsFor(withChange((input) => (input.titel = 'Rhoi cydweithio ar waith')))).toEqual([
      'titel is not a known field (check its spelling)',
    ]);
  });

  it('names an unknown field inside a behaviour by its full path', () => {
    expect(problemsFor(withChange((input) => (input.behaviours['ethical-competition'].leadin = 'x')))).toEqual([
      'behaviours.ethical-competition.leadin is not a known field (check its spelling)',
    ]);
  });

  it('rejects source fields a translation cannot change (url), naming the path', () => {
    expect(problemsFor(withChange((input) => (input.source.url = 'https://example.org/')))).toEqual([
      'source.url is not a known field (check its spelling)',
    ]);
  });

  it('rejects an unknown review status, listing the allowed ones', () => {
    expect(problemsFor(withChange((input) => (input.review.status = 'approved')))).toEqual([
      'review.status must be one of "draft", "needs-native-review", "reviewed", "generated"',
    ]);
  });

  it('reports a missing review', () => {
    expect(problemsFor(withChange((input) => delete input.review))).toEqual(['review is missing']);
  });

  it.each(['Welsh', 'c', 'cy_GB', 'cy-', '', 'cymraeg-cymru-123456789'])('rejects the lang %j with an example of a good tag', (lang) => {
    expect(problemsFor(withChange((input) => (input.lang = lang)))).toEqual(['lang must be a language tag such as "en-GB" or "cy"']);
  });

  it('rejects a lang that is not text', () => {
    expect(problemsFor(withChange((input) => (input.lang = 7)))).toEqual(['lang must be text']);
  });

  it('rejects a "__proto__" practice key, naming it, and does not touch the prototype', () => {
    const input = withChange((input) => (input.practices = JSON.parse('{"__proto__": "Testun", "buys-in-services": "Prynu"}')));
    expect(Object.keys(input.practices)).toContain('__proto__');
    expect(problemsFor(input)).toEqual([`practices.__proto__ ${ID_MESSAGE}`]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a "__proto__" behaviour key, naming it', () => {
    const input = withChange((input) => (input.behaviours = JSON.parse('{"__proto__": {"title": "Teitl"}}')));
    expect(problemsFor(input)).toEqual([`behaviours.__proto__ ${ID_MESSAGE}`]);
  });

  it('reports any practice key that is not a valid id by its path', () => {
    const badIdArb = fc.oneof(
      fc.string({ maxLength: 12 }).map((rest) => `_${rest}`),
      fc.string({ maxLength: 12 }).map((rest) => ` ${rest}`),
      fc.constant(''),
      fc.constant('x'.repeat(81)),
    );
    fc.assert(
      fc.property(badIdArb, (id) => {
        expect(ID_PATTERN.test(id)).toBe(false);
        const input = { ...minimalInput(), practices: JSON.parse(JSON.stringify({ [id]: 'Testun' })) };
        expect(problemsFor(input)).toEqual([`practices.${id} ${ID_MESSAGE}`]);
      }),
    );
  });

  it('rejects practices given as a list, saying what shape they need', () => {
    expect(problemsFor(withChange((input) => (input.practices = ['Testun'])))).toEqual([
      'practices must be an object of practice texts keyed by practice id',
    ]);
  });

  it('rejects a blank practice text, naming the practice', () => {
    expect(problemsFor(withChange((input) => (input.practices['buys-in-services'] = '  ')))).toEqual([
      'practices.buys-in-services must not be empty',
    ]);
  });

  it('rejects an intro paragraph that is not text, naming its index', () => {
    expect(problemsFor(withChange((input) => (input.intro[1] = 3)))).toEqual(['intro[1] must be text']);
  });

  it('rejects a level label that is not text, naming the level', () => {
    expect(problemsFor(withChange((input) => (input.ratingScale['not-yet'] = 0)))).toEqual(['ratingScale.not-yet must be text']);
  });

  it('rejects another format version', () => {
    expect(problemsFor(withChange((input) => (input.formatVersion = 2)))).toEqual(['formatVersion must be 1']);
  });

  it('lists every problem at once', () => {
    const problems = problemsFor(
      withChange((input) => {
        input.lang = 'Welsh';
        input.review.status = 'done';
        input.extra = true;
      }),
    );
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        'lang must be a language tag such as "en-GB" or "cy"',
        'review.status must be one of "draft", "needs-native-review", "reviewed", "generated"',
        'extra is not a known field (check its spelling)',
      ]),
    );
  });
});

describe('localizeFramework', () => {
  const framework = bundledFramework();

  it('replaces every source text with the Welsh one, leaving only the proper names kept on purpose in English', () => {
    const { framework: localized, sourceLang, untranslated, inSourceLanguage } = localizeFramework(framework, translationOf(welsh));
    expect(sourceLang).toBe('en-GB');
    expect(untranslated.size).toBe(0);
    expect(sorted(inSourceLanguage)).toEqual(['source.publisher', 'source.report']);
    expect(localized.title).toBe('Rhoi cydweithio ar waith');
    expect(localized.intro).toEqual(welsh.intro);
    expect(localized.behavioursHeading).toBe('Sefydliadau cydweithredol');
    expect(localized.ratingScale.map((level) => level.label)).toEqual(['Ddim eto', 'Ar waith']);
    expect(localized.source?.page).toBe('Rhoi cydweithio ar waith');
    const fairPartnerships = localized.behaviours.find((behaviour) => behaviour.id === 'fair-and-equal-partnerships');
    expect(fairPartnerships?.title).toBe('Datblygu partneriaethau teg a chyfartal.');
    expect(fairPartnerships?.leadIn).toBe("Mae sefydliadau'n sicrhau cydweithio cadarnhaol drwy wneud y canlynol:");
    for (const practice of localized.behaviours.flatMap((behaviour) => behaviour.practices)) {
      expect(practice.text).toBe((welsh.practices as Record<string, string>)[practice.id]);
    }
  });

  it('keeps publisher and report in English when the translation sets them to null, without calling them untranslated', () => {
    const { framework: localized, untranslated, inSourceLanguage } = localizeFramework(framework, translationOf(welsh));
    expect(localized.source?.publisher).toBe('NCVO, ACEVO and Lloyds Bank Foundation for England and Wales');
    expect(localized.source?.report).toBe('Rebalancing the Relationship');
    expect(inSourceLanguage.has('source.publisher')).toBe(true);
    expect(inSourceLanguage.has('source.report')).toBe(true);
    expect(untranslated.has('source.publisher')).toBe(false);
    expect(untranslated.has('source.report')).toBe(false);
  });

  it('treats a null page like a null publisher: shown in English, not missing', () => {
    const { framework: localized, untranslated, inSourceLanguage } = localizeFramework(
      framework,
      translationOf(withChange((input) => (input.source.page = null))),
    );
    expect(localized.source?.page).toBe('Putting collaboration into practice');
    expect(inSourceLanguage.has('source.page')).toBe(true);
    expect(untranslated.has('source.page')).toBe(false);
  });

  it('falls back to the source text for what is missing, and lists it both as untranslated and in the source language', () => {
    const translation = translationOf(
      withChange((input) => {
        delete input.title;
        input.intro = input.intro.slice(0, 1);
        delete input.source.page;
        delete input.ratingScale['in-place'];
        delete input.behavioursHeading;
        delete input.behaviours['ethical-competition'];
        delete input.behaviours['fair-and-equal-partnerships'].leadIn;
        delete input.practices['buys-in-services'];
        delete input.practices['collaborative-leadership'];
      }),
    );
    const { framework: localized, untranslated, inSourceLanguage } = localizeFramework(framework, translation);
    const missing = [
      'title',
      'intro.1',
      'source.page',
      'ratingScale.in-place',
      'behavioursHeading',
      'behaviours.ethical-competition.title',
      'behaviours.fair-and-equal-partnerships.leadIn',
      'practices.buys-in-services',
      'practices.collaborative-leadership',
    ];
    expect(sorted(untranslated)).toEqual(sorted(missing));
    expect(sorted(inSourceLanguage)).toEqual(sorted([...missing, 'source.publisher', 'source.report']));
    const source = translatablePaths(framework);
    for (const path of missing) expect(textAt(localized, path)).toBe(source.get(path));
    expect(localized.title).toBe('Putting collaboration into practice');
    expect(localized.intro[0]).toBe(welsh.intro[0]);
    expect(localized.intro[1]).toBe(framework.intro[1]);
  });

  it('treats a missing behaviours or practices object as nothing translated there', () => {
    const translation = translationOf(
      withChange((input) => {
        delete input.behaviours;
        delete input.practices;
      }),
    );
    const { untranslated } = localizeFramework(framework, translation);
    const expected = [...translatablePaths(framework).keys()].filter((path) => path.startsWith('behaviours.') || path.startsWith('practices.'));
    expect(expected).toHaveLength(5 + 3 + 30);
    expect(sorted(untranslated)).toEqual(sorted(expected));
  });

  it('takes the translation\'s lang and keeps ids, order, nesting and weights', () => {
    const { framework: localized } = localizeFramework(framework, translationOf(welsh));
    expect(localized.lang).toBe('cy');
    expect(structureOf(localized)).toEqual(structureOf(framework));
  });

  it('does not change the framework it was given', () => {
    const before = structuredClone(framework);
    localizeFramework(framework, translationOf(welsh));
    expect(framework).toEqual(before);
  });

  it('ignores texts for ids the framework does not have', () => {
    const translation = translationOf(
      withChange((input) => {
        input.practices['retired-practice'] = 'Hen arfer.';
        input.behaviours['retired-behaviour'] = { title: 'Hen ymddygiad.' };
        input.ratingScale.partly = 'Yn rhannol';
        input.intro.push('Paragraff ychwanegol.');
      }),
    );
    const { framework: localized, untranslated } = localizeFramework(framework, translation);
    expect(structureOf(localized)).toEqual(structureOf(framework));
    expect(localized.intro).toEqual(welsh.intro);
    expect(untranslated.size).toBe(0);
  });

  it('for any subset of translated practices, reports exactly the other practices as untranslated', () => {
    fc.assert(
      fc.property(
        frameworkArb().chain((generated) => fc.tuple(fc.constant(generated), fc.subarray(practiceIdsOf(generated)))),
        ([generated, translatedIds]) => {
          const translation = translationOf(translationInputFor(generated, translatedIds.map((id) => `practices.${id}`)));
          const { framework: localized, untranslated } = localizeFramework(generated, translation);
          const translated = new Set(translatedIds);
          const untranslatedPractices = sorted([...untranslated].filter((path) => path.startsWith('practices.')));
          expect(untranslatedPractices).toEqual(sorted(practiceIdsOf(generated).filter((id) => !translated.has(id)).map((id) => `practices.${id}`)));
          for (const practice of localized.behaviours.flatMap((behaviour) => behaviour.practices)) {
            const source = generated.behaviours.flatMap((behaviour) => behaviour.practices).find((each) => each.id === practice.id)!;
            expect(practice.text).toBe(translated.has(practice.id) ? `xx ${source.text}` : source.text);
          }
        },
      ),
    );
  });

  it('for any subset of all translatable texts, the untranslated and source-language paths are exactly the rest', () => {
    fc.assert(
      fc.property(
        richFrameworkArb.chain((generated) =>
          fc.tuple(fc.constant(generated), fc.subarray([...translatablePaths(generated).keys()]).map(expressible)),
        ),
        ([generated, translatedPaths]) => {
          const translation = translationOf(translationInputFor(generated, translatedPaths));
          const { framework: localized, untranslated, inSourceLanguage, sourceLang } = localizeFramework(generated, translation);
          const source = translatablePaths(generated);
          const rest = [...source.keys()].filter((path) => !translatedPaths.includes(path));
          expect(sorted(untranslated)).toEqual(sorted(rest));
          expect(sorted(inSourceLanguage)).toEqual(sorted(rest));
          for (const [path, text] of source) {
            expect(textAt(localized, path)).toBe(translatedPaths.includes(path) ? `xx ${text}` : text);
          }
          expect(localized.lang).toBe('xx');
          expect(sourceLang).toBe(generated.lang);
          expect(structureOf(localized)).toEqual(structureOf(generated));
        },
      ),
    );
  });

  it('never lists a proper name kept with null as untranslated, whatever else is missing', () => {
    const withSource = richFrameworkArb.filter((generated) => generated.source !== undefined);
    fc.assert(
      fc.property(
        withSource.chain((generated) =>
          fc.tuple(
            fc.constant(generated),
            fc.subarray([...translatablePaths(generated).keys()].filter((path) => !path.startsWith('source.'))).map(expressible),
            fc.subarray(['publisher', 'report', 'page'] as const, { minLength: 1 }),
          ),
        ),
        ([generated, translatedPaths, keptNames]) => {
          const input = translationInputFor(generated, translatedPaths);
          input.source = Object.fromEntries(keptNames.map((name) => [name, null]));
          const { framework: localized, untranslated, inSourceLanguage } = localizeFramework(generated, translationOf(input));
          for (const name of keptNames) {
            const path = `source.${name}`;
            expect(untranslated.has(path)).toBe(false);
            expect(localized.source?.[name]).toBe(generated.source?.[name]);
            expect(inSourceLanguage.has(path)).toBe(generated.source?.[name] !== undefined);
          }
          for (const path of untranslated) expect(inSourceLanguage.has(path)).toBe(true);
        },
      ),
    );
  });
});

describe('staleTranslationKeys', () => {
  const framework = bundledFramework();

  it('finds nothing stale in the shipped Welsh translation', () => {
    expect(staleTranslationKeys(framework, translationOf(welsh))).toEqual([]);
  });

  it('names behaviours, practices, levels and extra intro paragraphs the framework does not have', () => {
    const translation = translationOf(
      withChange((input) => {
        input.behaviours['retired-behaviour'] = { title: 'Hen ymddygiad.' };
        input.practices['retired-practice'] = 'Hen arfer.';
        input.practices['another-retired-practice'] = 'Hen arfer arall.';
        input.ratingScale.partly = 'Yn rhannol';
        input.intro.push('Trydydd paragraff.', 'Pedwerydd paragraff.');
      }),
    );
    expect(staleTranslationKeys(framework, translation)).toEqual([
      'behaviours.retired-behaviour',
      'practices.retired-practice',
      'practices.another-retired-practice',
      'ratingScale.partly',
      'intro.2',
      'intro.3',
    ]);
  });

  it('names a lead-in translated for a behaviour that has none in the framework', () => {
    const translation = translationOf(
      withChange((input) => {
        input.behaviours['ethical-competition'].leadIn = 'Cyflwyniad nad yw yn y fframwaith.';
      }),
    );
    expect(staleTranslationKeys(framework, translation)).toEqual(['behaviours.ethical-competition.leadIn']);
  });

  it('does not call missing translations stale', () => {
    const translation = translationOf(
      withChange((input) => {
        delete input.practices['buys-in-services'];
        delete input.behaviours['ethical-competition'];
        input.intro = [];
      }),
    );
    expect(staleTranslationKeys(framework, translation)).toEqual([]);
  });

  it('for any framework, names exactly the extra ids a translation adds to the framework\'s own', () => {
    fc.assert(
      fc.property(
        frameworkArb().chain((generated) => {
          const known = new Set([...practiceIdsOf(generated), ...generated.behaviours.map((b) => b.id), ...generated.ratingScale.map((l) => l.id)]);
          const extraIdsArb = fc.uniqueArray(idArb.map((id) => `retired-${id}`).filter((id) => !known.has(id) && ID_PATTERN.test(id)), { maxLength: 3 });
          return fc.record({
            generated: fc.constant(generated),
            keptPractices: fc.subarray(practiceIdsOf(generated)),
            keptBehaviours: fc.subarray(generated.behaviours.map((behaviour) => behaviour.id)),
            extraPractices: extraIdsArb,
            extraBehaviours: extraIdsArb,
            extraLevels: extraIdsArb,
          });
        }),
        ({ generated, keptPractices, keptBehaviours, extraPractices, extraBehaviours, extraLevels }) => {
          const input = {
            ...minimalInput(),
            practices: Object.fromEntries([...keptPractices, ...extraPractices].map((id) => [id, `Testun ${id}`])),
            behaviours: Object.fromEntries([...keptBehaviours, ...extraBehaviours].map((id) => [id, { title: `Teitl ${id}` }])),
            ratingScale: Object.fromEntries([...generated.ratingScale.map((level) => level.id), ...extraLevels].map((id) => [id, `Lefel ${id}`])),
          };
          expect(staleTranslationKeys(generated, translationOf(input))).toEqual([
            ...extraBehaviours.map((id) => `behaviours.${id}`),
            ...extraPractices.map((id) => `practices.${id}`),
            ...extraLevels.map((id) => `ratingScale.${id}`),
          ]);
        },
      ),
    );
  });
});

describe('untranslatedFramework', () => {
  it('returns the framework itself, in its own language, with nothing untranslated or marked as source language', () => {
    const framework = bundledFramework();
    const result = untranslatedFramework(framework);
    expect(result.framework).toBe(framework);
    expect(result.sourceLang).toBe('en-GB');
    expect(result.untranslated.size).toBe(0);
    expect(result.inSourceLanguage.size).toBe(0);
  });

  it('uses the lang of whichever framework it is given as the source language', () => {
    fc.assert(
      fc.property(frameworkArb(), fc.constantFrom('cy', 'en-GB', 'ar', 'ga-IE'), (generated, lang) => {
        const framework = { ...generated, lang };
        expect(untranslatedFramework(framework).sourceLang).toBe(lang);
      }),
    );
  });
});
