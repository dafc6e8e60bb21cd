import { describe, expect, it } from 'vitest';
import ncvoJson from '../../framework/ncvo-collaborative-behaviours.json';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import { allPractices, isInPlace, topLevel } from '../../src/core/practices.js';
import type { PracticeResponse } from '../../src/core/progress/response.js';

const AT = '2026-03-04T10:15:00.000Z';
const parsed = parseFramework(ncvoJson);
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const ncvo = parsed.value;
const THREE = [
  { id: 'not-yet', label: 'Not yet', weight: 0 },
  { id: 'partly', label: 'Partly', weight: 0.5 },
  { id: 'fully', label: 'Fully', weight: 1 },
];
const response = (level: string, notApplicable = false): PracticeResponse => ({ level, notApplicable, note: '', changedAt: AT });

describe('practice helpers', () => {
  it('lists every practice in framework order', () => {
    const practices = allPractices(ncvo);
    expect(practices).toHaveLength(30);
    expect(practices[0].id).toBe(ncvoJson.behaviours[0].practices[0].id);
    expect(practices.map((practice) => practice.id)).toEqual(ncvoJson.behaviours.flatMap((behaviour) => behaviour.practices.map((practice) => practice.id)));
  });

  it('takes the last level of the scale as "in place"', () => {
    expect(topLevel(ncvo.ratingScale).id).toBe(ncvo.ratingScale[ncvo.ratingScale.length - 1].id);
    expect(topLevel(THREE).id).toBe('fully');
  });

  it('counts a practice in place only at the top level and not marked not applicable', () => {
    const top = topLevel(ncvo.ratingScale).id;
    expect(isInPlace(undefined, ncvo.ratingScale)).toBe(false);
    expect(isInPlace(response(top), ncvo.ratingScale)).toBe(true);
    expect(isInPlace(response(top, true), ncvo.ratingScale)).toBe(false);
    expect(isInPlace(response(ncvo.ratingScale[0].id), ncvo.ratingScale)).toBe(false);
    expect(isInPlace(response('partly'), THREE)).toBe(false);
    expect(isInPlace(response('fully'), THREE)).toBe(true);
  });
});
