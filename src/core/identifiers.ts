import * as v from 'valibot';

/**
 * Ids become keys in saved and exported progress. The pattern keeps them
 * readable in a file and keeps out keys such as `__proto__` (an id cannot
 * start with `_`).
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

export const IdSchema = v.pipe(
  v.string('must be text'),
  v.regex(ID_PATTERN, 'must be 1 to 80 letters, digits, ".", "_" or "-", starting with a letter or digit'),
);
