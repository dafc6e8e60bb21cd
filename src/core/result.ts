/** The outcome of reading untrusted input: a value, or problems a person can act on. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly string[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(problems: readonly string[]): Result<T> => ({ ok: false, problems });
