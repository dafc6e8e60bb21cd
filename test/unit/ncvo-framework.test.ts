import { beforeAll, describe, expect, it } from 'vitest';
import ncvo from '../../framework/ncvo-collaborative-behaviours.json';
import type { Framework } from '../../src/core/framework/framework-schema.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import { ID_PATTERN } from '../../src/core/identifiers.js';
import { ncvoCollaborativeBehaviours } from '../../src/frameworks/ncvo-collaborative-behaviours.js';

describe('the bundled NCVO collaborative behaviours framework', () => {
  let framework: Framework;

  beforeAll(() => {
    const parsed = parseFramework(ncvo);
    if (!parsed.ok) throw new Error(`the bundled framework does not parse:\n${parsed.problems.join('\n')}`);
    framework = parsed.value;
  });

  it('parses without problems', () => {
    expect(parseFramework(ncvo)).toMatchObject({ ok: true });
  });

  // The widget shows the bundled framework without checking it at runtime
  // (the checks load only for a framework a page brings), so it must already
  // be exactly what the checks would make of it, defaults and all.
  it('is bundled as validation would make it, so the widget need not validate it on every load', () => {
    expect(ncvoCollaborativeBehaviours).toStrictEqual(framework);
  });

  it('identifies itself as the 2021 NCVO framework in British English', () => {
    expect(framework.id).toBe('ncvo-collaborative-behaviours');
    expect(framework.version).toBe('2021.2');
    expect(framework.lang).toBe('en-GB');
    expect(framework.title).toBe('Putting collaboration into practice');
    expect(framework.behavioursHeading).toBe('Collaborative organisations');
    expect(framework.source?.publisher).toBe('NCVO, ACEVO and Lloyds Bank Foundation for England and Wales');
    expect(framework.source?.report).toBe('Rebalancing the Relationship');
  });

  it('has two introductory paragraphs', () => {
    expect(framework.intro).toHaveLength(2);
    expect(framework.intro[0]).toMatch(/^Based on practice that already exists in the sector/);
    expect(framework.intro[1]).toMatch(/openness to working in collaboration\.$/);
  });

  it('has 5 behaviours with 1, 8, 8, 7 and 6 practices, 30 in all', () => {
    expect(framework.behaviours.map((behaviour) => behaviour.practices.length)).toEqual([1, 8, 8, 7, 6]);
    expect(framework.behaviours.flatMap((behaviour) => behaviour.practices)).toHaveLength(30);
  });

  it('lists the behaviours in the order NCVO publishes them', () => {
    expect(framework.behaviours.map((behaviour) => behaviour.title)).toEqual([
      'Compete in an ethical and responsible way.',
      'Are open to collaborating with various organisations.',
      'Support other organisations in a variety of ways.',
      'Develop fair and equal partnerships.',
      'Nurture a collaborative organisational culture and leadership behaviours',
    ]);
  });

  it('uses unique, well-formed ids for behaviours and practices', () => {
    const behaviourIds = framework.behaviours.map((behaviour) => behaviour.id);
    const practiceIds = framework.behaviours.flatMap((behaviour) => behaviour.practices.map((practice) => practice.id));
    expect(new Set(behaviourIds).size).toBe(5);
    expect(new Set(practiceIds).size).toBe(30);
    for (const id of [...behaviourIds, ...practiceIds]) expect(id).toMatch(ID_PATTERN);
  });

  it('keeps the curly quotes around ‘contract culture’ exactly as published', () => {
    const text = framework.behaviours[2].practices[0].text;
    expect(text).toBe('Pushing back on poor commissioning practice and resisting \u2018contract culture\u2019.');
    expect(text).not.toContain("'");
  });

  it('keeps "LGBT- led etc.." verbatim rather than tidying the source text', () => {
    expect(framework.behaviours[1].practices[5].text).toBe(
      'Explore partnership with different types of organisations, including smaller organisations and organisations led by marginalised groups and communities (e.g. user-led organisations, BAME-led, LGBT- led etc..).',
    );
  });

  it('keeps other practice texts verbatim', () => {
    expect(framework.behaviours[1].practices[0].text).toBe(
      'Think carefully about going into new areas, and always consider partnership working.',
    );
    expect(framework.behaviours[3].practices[6].text).toBe(
      'Investing time and energy in collaboration and developing partnerships early.',
    );
    expect(framework.behaviours[4].practices[5].text).toBe(
      'Building internal capacity for collaboration, including reducing internal barriers, rewriting job descriptions, and asking staff to focus on serving communities.',
    );
  });

  it('returns every text exactly as written in the file (nothing trimmed or normalised)', () => {
    expect(framework.behaviours.map((behaviour) => [behaviour.title, behaviour.leadIn, behaviour.practices.map((p) => p.text)])).toEqual(
      ncvo.behaviours.map((behaviour) => [
        behaviour.title,
        'leadIn' in behaviour ? behaviour.leadIn : undefined,
        behaviour.practices.map((p) => p.text),
      ]),
    );
  });

  it('gives behaviour 1 a single practice whose text is the behaviour title', () => {
    const [first] = framework.behaviours;
    expect(first.practices).toHaveLength(1);
    expect(first.practices[0].text).toBe(first.title);
  });

  it('has lead-ins on behaviours 2, 3 and 4 but not on 1 and 5', () => {
    expect(framework.behaviours.map((behaviour) => behaviour.leadIn)).toEqual([
      undefined,
      'These organisations often do the following:',
      'These can include:',
      'Organisations ensure positive collaborative working by doing the following:',
      undefined,
    ]);
  });

  it('rates practices on a two-level scale: "Not yet" (0) and "In place" (1)', () => {
    expect(framework.ratingScale).toEqual([
      { id: 'not-yet', label: 'Not yet', weight: 0 },
      { id: 'in-place', label: 'In place', weight: 1 },
    ]);
  });
});
