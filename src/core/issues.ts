import type * as v from 'valibot';

/**
 * Turns valibot issues into sentences that say where and what is wrong,
 * e.g. `behaviours[2].practices[4].id must be text`.
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], root: string): string[] {
  return issues.map((issue) => `${formatPath(root, issue.path)} ${issue.message}`);
}

function formatPath(root: string, path: v.BaseIssue<unknown>['path']): string {
  let text = root;
  for (const item of path ?? []) {
    const key = item.key;
    text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
  }
  return text || 'The file';
}
