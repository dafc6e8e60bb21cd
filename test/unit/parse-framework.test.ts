import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RATING_SCALE, FRAMEWORK_FORMAT_VERSION } from '../../src/core/framework/framework-schema.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import { frameworkArb } from './arbitraries.js';

/** A small valid framework as a host page might write it; tests break one thing at a time. */
function validInput(): Record<string, any> {
  return {
    formatVersion: 1,
    id: 'small-framework',
    version: '1.0',
    lang: 'en-GB',
    title: 'Working together',
    behaviours: [
      {
        id: 'listens',
        title: 'Listen to partners.',
        leadIn: 'This includes:',
        practices: [
          { id: 'asks-for-feedback', text: 'Asking partners for feedback.' },
          { id: 'acts-on-feedback', text: 'Acting on what partners say.' },
        ],
      },
      {
        id: 'shares',
        title: 'Share resources.',
        practices: [{ id: 'shares-training', text: 'Sharing training.' }],
      },
    ],
  };
}

function problemsFor(input: unknown): readonly string[] {
  const result = parseFramework(input);
  if (result.ok) throw new Error('expected parseFramework to reject the input');
  return result.problems;
}

function withChange(change: (input: Record<string, any>) => void): Record<string, any> {
  const input = validInput();
  change(input);
  return input;
}

describe('parseFramework accepts valid frameworks', () => {
  it('accepts a minimal framework and returns its content', () => {
    const result = parseFramework(validInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.id).toBe('small-framework');
    expect(result.value.behaviours.map((b) => b.practices.map((p) => p.id))).toEqual([
      ['asks-for-feedback', 'acts-on-feedback'],
      ['shares-training'],
    ]);
    expect(result.value.behaviours[0].leadIn).toBe('This includes:');
    expect(result.value.behaviours[1].leadIn).toBeUndefined();
  });

  it('applies the default two-level scale ("Not yet" 0, "In place" 1) when ratingScale is omitted', () => {
    const result = parseFramework(validInput());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.value.ratingScale).toEqual([
      { id: 'not-yet', label: 'Not yet', weight: 0 },
      { id: 'in-place', label: 'In place', weight: 1 },
    ]);
  });

  it('gives each parsed framework its own copy of the default scale', () => {
    const first = parseFramework(validInput());
    const second = parseFramework(validInput());
    if (!first.ok || !second.ok) throw new Error('expected both to parse');
    expect(first.value.ratingScale).not.toBe(second.value.ratingScale);
    expect(first.value.ratingScale[0]).not.toBe(DEFAULT_RATING_SCALE[0]);
  });

  it('defaults intro to an empty list', () => {
    const result = parseFramework(validInput());
    expect(result.ok && result.value.intro).toEqual([]);
  });

  it('keeps a custom scale with intermediate levels', () => {
    const scale = [
      { id: 'not-started', label: 'Not started', weight: 0 },
      { id: 'partly', label: 'Partly', weight: 0.5 },
      { id: 'fully', label: 'Fully', weight: 1 },
    ];
    const result = parseFramework(withChange((input) => (input.ratingScale = scale)));
    expect(result.ok && result.value.ratingScale).toEqual(scale);
  });

  it('accepts the optional $schema, source, intro and behavioursHeading fields', () => {
    const result = parseFramework(
      withChange((input) => {
        input.$schema = './framework.schema.json';
        input.intro = ['First paragraph.'];
        input.behavioursHeading = 'Collaborative organisations';
        input.source = { publisher: 'NCVO', url: 'https://www.ncvo.org.uk/', published: '2021-02', lastReviewed: '2021-02-03' };
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('does not change the object it was given', () => {
    const input = validInput();
    const before = structuredClone(input);
    parseFramework(input);
    expect(input).toEqual(before);
  });

  it('accepts every generated valid framework and returns it unchanged when parsed again', () => {
    fc.assert(
      fc.property(frameworkArb(), (framework) => {
        const again = parseFramework(structuredClone(framework));
        expect(again).toEqual({ ok: true, value: framework });
      }),
    );
  });
});

describe('parseFramework rejects invalid frameworks with messages naming where and what', () => {
  it.each([
    ['null', null],
    ['a string', 'framework.json'],
    ['a number', 42],
    ['undefined', undefined],
  ])('rejects %s, saying the file is not an object', (_name, input) => {
    const problems = problemsFor(input);
    expect(problems).toHaveLength(1);
    expect(problems).toEqual(['The file must be a JSON object, written between { and }']);
  });

  it('rejects a list in place of the framework object, saying so plainly', () => {
    expect(problemsFor([validInput()])).toEqual(['The file must be a JSON object, written between { and }, not a list [ ]']);
  });

  it('reports a missing title by its path', () => {
    const problems = problemsFor(withChange((input) => delete input.title));
    expect(problems).toHaveLength(1);
    expect(problems).toEqual(['title is missing']);
  });

  it('reports a blank title as empty', () => {
    expect(problemsFor(withChange((input) => (input.title = '   ')))).toEqual(['title must not be empty']);
  });

  it('reports a missing practice text by its full path', () => {
    const problems = problemsFor(withChange((input) => delete input.behaviours[0].practices[1].text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^behaviours\[0\]\.practices\[1\]\.text /);
  });

  it.each(['__proto__', 'a b', '', '-leading-dash', 'x'.repeat(81), 'é'])('rejects the practice id %j, naming the path', (id) => {
    const problems = problemsFor(withChange((input) => (input.behaviours[1].practices[0].id = id)));
    expect(problems).toEqual([
      'behaviours[1].practices[0].id must be 1 to 80 letters, digits, ".", "_" or "-", starting with a letter or digit',
    ]);
  });

  it('rejects a practice id that is not text', () => {
    expect(problemsFor(withChange((input) => (input.behaviours[0].practices[0].id = 7)))).toEqual([
      'behaviours[0].practices[0].id must be text',
    ]);
  });

  it('reports a practice id used in two behaviours, naming both places', () => {
    const problems = problemsFor(withChange((input) => (input.behaviours[1].practices[0].id = 'asks-for-feedback')));
    expect(problems).toEqual([
      'behaviours[1].practices[0].id "asks-for-feedback" is used twice (first at behaviours[0].practices[0].id); ids must be unique',
    ]);
  });

  it('reports a practice id used twice within one behaviour', () => {
    const problems = problemsFor(withChange((input) => (input.behaviours[0].practices[1].id = 'asks-for-feedback')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('behaviours[0].practices[1].id');
    expect(problems[0]).toContain('behaviours[0].practices[0].id');
  });

  it('reports a duplicate behaviour id, naming both places', () => {
    const problems = problemsFor(withChange((input) => (input.behaviours[1].id = 'listens')));
    expect(problems).toEqual(['behaviours[1].id "listens" is used twice (first at behaviours[0].id); ids must be unique']);
  });

  it('allows a behaviour and a practice to share an id (they are looked up separately)', () => {
    expect(parseFramework(withChange((input) => (input.behaviours[1].id = 'shares-training'))).ok).toBe(true);
  });

  it('rejects an empty behaviours list', () => {
    expect(problemsFor(withChange((input) => (input.behaviours = [])))).toEqual(['behaviours must list at least one behaviour']);
  });

  it('rejects a behaviour with no practices', () => {
    expect(problemsFor(withChange((input) => (input.behaviours[1].practices = [])))).toEqual([
      'behaviours[1].practices must list at least one practice',
    ]);
  });

  it('rejects an unknown field such as the typo "leadin", naming it', () => {
    const problems = problemsFor(
      withChange((input) => {
        input.behaviours[1].leadin = 'These include:';
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems).toEqual(['behaviours[1].leadin is not a known field (check its spelling)']);
  });

  it('rejects unknown fields at the top level and inside practices', () => {
    const problems = problemsFor(
      withChange((input) => {
        input.subtitle = 'Extra';
        input.behaviours[0].practices[0].weight = 2;
      }),
    );
    expect(problems).toHaveLength(2);
    expect(problems.some((problem) => problem.startsWith('subtitle '))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('behaviours[0].practices[0].weight '))).toBe(true);
  });

  it('refuses a newer formatVersion and tells the reader to update collab-checklist', () => {
    const problems = problemsFor(withChange((input) => (input.formatVersion = FRAMEWORK_FORMAT_VERSION + 1)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('formatVersion is 2');
    expect(problems[0]).toContain('reads framework format 1');
    expect(problems[0]).toMatch(/Update collab-checklist/);
  });

  it('reports a newer formatVersion on its own, without a list of other problems the newer format may explain', () => {
    const problems = problemsFor(
      withChange((input) => {
        input.formatVersion = 3;
        input.newField = true;
        delete input.title;
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^formatVersion is 3/);
  });

  it.each([0, '1', undefined])('rejects formatVersion %j as not 1', (formatVersion) => {
    const problems = problemsFor(withChange((input) => (input.formatVersion = formatVersion)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^formatVersion /);
    if (formatVersion !== undefined) expect(problems[0]).toBe('formatVersion must be 1');
  });

  describe('rating scale', () => {
    const scaleOf = (...weights: number[]) => weights.map((weight, i) => ({ id: `level-${i}`, label: `Level ${i}`, weight }));

    it('must start at weight 0', () => {
      expect(problemsFor(withChange((input) => (input.ratingScale = scaleOf(0.2, 1))))).toEqual([
        'ratingScale[0].weight must be 0 (the first level means "not yet")',
      ]);
    });

    it('must end at weight 1', () => {
      expect(problemsFor(withChange((input) => (input.ratingScale = scaleOf(0, 0.5, 0.9))))).toEqual([
        'ratingScale[2].weight must be 1 (the last level means "in place")',
      ]);
    });

    it('must increase from level to level', () => {
      expect(problemsFor(withChange((input) => (input.ratingScale = scaleOf(0, 0.6, 0.4, 1))))).toEqual([
        'ratingScale[2].weight must be greater than the level before it (levels go from least to most in place)',
      ]);
    });

    it('must not repeat a weight', () => {
      expect(problemsFor(withChange((input) => (input.ratingScale = scaleOf(0, 0.5, 0.5, 1))))).toEqual([
        'ratingScale[2].weight must be greater than the level before it (levels go from least to most in place)',
      ]);
    });

    it('must not repeat a level id', () => {
      const scale = scaleOf(0, 0.5, 1);
      scale[2].id = 'level-0';
      expect(problemsFor(withChange((input) => (input.ratingScale = scale)))).toEqual([
        'ratingScale[2].id "level-0" is used twice (first at ratingScale[0].id); ids must be unique',
      ]);
    });

    it('needs between 2 and 7 levels', () => {
      expect(problemsFor(withChange((input) => (input.ratingScale = scaleOf(0))))).toEqual(['ratingScale must have at least 2 levels']);
      expect(problemsFor(withChange((input) => (input.ratingScale = scaleOf(0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 1))))).toEqual([
        'ratingScale must have at most 7 levels',
      ]);
    });

    it('rejects weights outside 0 to 1', () => {
      const problems = problemsFor(withChange((input) => (input.ratingScale = scaleOf(-1, 2))));
      expect(problems).toEqual(['ratingScale[0].weight must be between 0 and 1', 'ratingScale[1].weight must be between 0 and 1']);
    });

    it('reports a scale that is wrong at both ends at once', () => {
      expect(problemsFor(withChange((input) => (input.ratingScale = scaleOf(0.1, 0.9))))).toEqual([
        'ratingScale[0].weight must be 0 (the first level means "not yet")',
        'ratingScale[1].weight must be 1 (the last level means "in place")',
      ]);
    });
  });

  it('collects several problems from different places in one pass', () => {
    const problems = problemsFor(
      withChange((input) => {
        delete input.title;
        input.lang = 'English';
        input.behaviours[0].practices[1].id = 'a b';
        input.behaviours[1].practices[0].text = '';
      }),
    );
    expect(problems).toHaveLength(4);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^title /),
        'lang must be a language tag such as "en-GB" or "cy"',
        expect.stringMatching(/^behaviours\[0\]\.practices\[1\]\.id must be/),
        'behaviours[1].practices[0].text must not be empty',
      ]),
    );
  });

  it('collects several duplicate-id and scale problems together', () => {
    const problems = problemsFor(
      withChange((input) => {
        input.behaviours[1].id = 'listens';
        input.behaviours[1].practices[0].id = 'acts-on-feedback';
        input.ratingScale = [
          { id: 'a', label: 'A', weight: 0.5 },
          { id: 'b', label: 'B', weight: 1 },
        ];
      }),
    );
    expect(problems).toHaveLength(3);
  });

  it('rejects a source url that is not a web address and a malformed date', () => {
    const problems = problemsFor(
      withChange((input) => (input.source = { publisher: 'NCVO', url: 'javascript:alert(1)', published: 'February 2021' })),
    );
    expect(problems).toEqual([
      'source.url must be a web address starting with https:// or http://',
      'source.published must be a date written YYYY-MM-DD or YYYY-MM',
    ]);
  });

  it('rejects texts longer than the format allows', () => {
    expect(problemsFor(withChange((input) => (input.behaviours[0].practices[0].text = 'x'.repeat(1001))))).toEqual([
      'behaviours[0].practices[0].text must be at most 1000 characters',
    ]);
  });
});

describe('parseFramework with a host object that throws when read', () => {
  it.each([
    ['a Proxy whose every read throws', new Proxy({}, { get: () => { throw new Error('no'); }, ownKeys: () => { throw new Error('no'); } })],
    ['a getter that throws', { formatVersion: 1, get behaviours(): never { throw new Error('no'); } }],
  ])('returns a problem for %s, and does not throw', (_name, input) => {
    const parsed = parseFramework(input);
    expect(parsed.ok ? [] : parsed.problems).toEqual(['The framework could not be read: reading it raised an error.']);
  });
});

describe('parseFramework with a great many problems', () => {
  it('lists the first 50 and says how many more there are, rather than every one', () => {
    const practices = Array.from({ length: 3000 }, (_, index) => ({ id: `_bad${index}`, text: '' }));
    const parsed = parseFramework({ formatVersion: FRAMEWORK_FORMAT_VERSION, id: 'big', version: '1', lang: 'en', title: 'Big', behaviours: [{ id: 'b', title: 'B', practices }] });
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems).toHaveLength(51);
    expect(problems.at(-1)).toMatch(/^…and \d+ more problems$/);
    expect(Number(/\d+/.exec(problems.at(-1)!)![0]) + 50).toBeGreaterThanOrEqual(6000);
  });

  it('caps repeated ids the same way', () => {
    const practices = Array.from({ length: 200 }, () => ({ id: 'same', text: 'Same' }));
    const parsed = parseFramework({ formatVersion: FRAMEWORK_FORMAT_VERSION, id: 'big', version: '1', lang: 'en', title: 'Big', behaviours: [{ id: 'b', title: 'B', practices }] });
    expect(parsed.ok ? [] : parsed.problems).toHaveLength(51);
  });
});
