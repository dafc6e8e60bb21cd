import type * as v from 'valibot';

/**
 * Turns valibot issues into sentences that say where and what is wrong,
 * e.g. `behaviours[2].practices[4].id must be text`.
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], root: string): string[] {
  return issues.map((issue) => `${formatPath(root, issue.path)} ${describe(issue)}`);
}

/** A JSON list where an object belongs would otherwise read "0 is not a known field". */
export const NOT_AN_OBJECT = 'The file must be a JSON object, written between { and }';

export const isJsonList = (input: unknown): boolean => Array.isArray(input);

function describe(issue: v.BaseIssue<unknown>): string {
  // Object schemas report missing and unknown keys in valibot's own words.
  if (issue.kind === 'schema' && (issue.type === 'object' || issue.type === 'strict_object')) {
    if (!issue.path?.length) return NOT_AN_OBJECT.replace('The file ', '');
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
