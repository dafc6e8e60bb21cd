import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, IdSchema } from '../../src/core/identifiers.js';
import { describeIssues } from '../../src/core/issues.js';

describe('ids', () => {
  it.each(['a', 'A1', '7', 'in-place', 'ncvo.2021_v1', 'constructor', 'x'.repeat(80)])('accepts %j', (id) => {
    expect(id).toMatch(ID_PATTERN);
    expect(v.is(IdSchema, id)).toBe(true);
  });

  it.each(['', '__proto__', '_private', '-dash', '.dot', 'a b', 'a/b', 'café', 'x'.repeat(81), ' a'])('rejects %j', (id) => {
    expect(id).not.toMatch(ID_PATTERN);
    expect(v.is(IdSchema, id)).toBe(false);
  });
});

describe('describeIssues', () => {
  const Schema = v.object({
    items: v.array(v.object({ id: IdSchema, tags: v.record(v.string(), v.number('must be a number')) })),
  });

  function describe_(input: unknown, root = ''): string[] {
    const result = v.safeParse(Schema, input);
    if (result.success) throw new Error('expected issues');
    return describeIssues(result.issues, root);
  }

  it('writes list positions in brackets and fields after dots', () => {
    expect(describe_({ items: [{ id: 'ok', tags: {} }, { id: 'a b', tags: { size: 'big' } }] })).toEqual([
      'items[1].id must be 1 to 80 letters, digits, ".", "_" or "-", starting with a letter or digit',
      'items[1].tags.size must be a number',
    ]);
  });

  it('puts a root in front of every path', () => {
    expect(describe_({ items: [{ id: '', tags: {} }] }, 'framework')).toEqual([
      expect.stringMatching(/^framework\.items\[0\]\.id must be/),
    ]);
  });

  it('calls a problem with the whole input "The file"', () => {
    expect(describe_('nope')).toEqual([expect.stringMatching(/^The file /)]);
  });
});
