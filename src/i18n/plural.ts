import { pluralRules } from './intl-cache.js';

/**
 * Picks the message form for `count` with the language's plural rules.
 * English needs `one` and `other`; other languages add `zero`, `two`,
 * `few` and `many` (Welsh uses all six), and fall back to `other`.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, () => string>> & { other: () => string };

export function plural(locale: string, count: number, forms: PluralForms): string {
  const category = pluralRules(locale).select(count);
  return (forms[category] ?? forms.other)();
}
