import * as v from 'valibot';
import { ownData } from './own-data.js';
import { fail, ok, type Result } from './result.js';

/**
 * Turns valibot issues into sentences that say where and what is wrong,
 * e.g. `behaviours[2].practices[4].id must be text`.
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], root: string): string[] {
  return capProblems(issues.slice(0, MAX_PROBLEMS + 1).map((issue) => `${formatPath(root, issue.path)} ${describe(issue)}`), issues.length);
}

/** More than this helps nobody fix a file, and a list of 120,000 took seconds to show. */
export const MAX_PROBLEMS = 50;

/** The first MAX_PROBLEMS of `problems` (of `total` in all), then one line saying how many more there are. */
export function capProblems(problems: readonly string[], total = problems.length): string[] {
  if (total <= MAX_PROBLEMS) return [...problems];
  return [...problems.slice(0, MAX_PROBLEMS), `…and ${total - MAX_PROBLEMS} more problems`];
}

const NOT_AN_OBJECT = 'must be a JSON object, written between { and }';

/**
 * Checks a whole JSON document against `schema`, with every problem as a
 * sentence. A list where the object belongs is named as such: valibot
 * would otherwise report "0 is not a known field".
 */
export function parseDocument<TSchema extends v.GenericSchema>(schema: TSchema, input: unknown): Result<v.InferOutput<TSchema>> {
  if (Array.isArray(input)) return fail([`The file ${NOT_AN_OBJECT}, not a list [ ]`]);
  const parsed = v.safeParse(schema, ownData(input));
  return parsed.success ? ok(parsed.output) : fail(describeIssues(parsed.issues, ''));
}

function describe(issue: v.BaseIssue<unknown>): string {
  // Object schemas report missing and unknown keys in valibot's own words.
  if (issue.kind === 'schema' && (issue.type === 'object' || issue.type === 'strict_object')) {
    if (!issue.path?.length) return NOT_AN_OBJECT;
    if (issue.received === 'undefined') return 'is missing';
    if (issue.expected === 'never') return 'is not a known field (check its spelling)';
  }
  return issue.message;
}

function formatPath(root: string, path: v.BaseIssue<unknown>['path']): string {
  let text = root;
  for (const item of path ?? []) {
    const key = item.key;
    text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
  }
  return text || 'The file';
}
