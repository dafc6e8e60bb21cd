import type { Framework } from '../../src/core/framework/framework-schema.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';

/**
 * A small framework for the comparison's tests: two behaviours, three
 * practices (p1 "Agree roles", p2, p3 "Ask partners"). `secondPractice` is
 * p2's text (a formula-like one tests the CSV); `scale`, a rating scale of
 * its own.
 */
export function boardFramework({ secondPractice = 'Share budgets', scale }: { secondPractice?: string; scale?: unknown } = {}): Framework {
  const parsed = parseFramework({
    formatVersion: 1,
    id: 'board',
    version: '1',
    lang: 'en-GB',
    title: 'Board checklist',
    ...(scale ? { ratingScale: scale } : {}),
    behaviours: [
      { id: 'b1', title: 'Share power', practices: [{ id: 'p1', text: 'Agree roles' }, { id: 'p2', text: secondPractice }] },
      { id: 'b2', title: 'Listen', practices: [{ id: 'p3', text: 'Ask partners' }] },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.value;
}
