// gettext's plural rules for the PO export: each language's Plural-Forms header, and which CLDR category each msgstr[i] is.
// A PO plural entry has msgstr[0] … msgstr[nplurals-1], picked by the
// header's C expression; our texts have one unit per CLDR category
// (`<text>-few`). The formulas are those of CLDR's plural rules written in
// gettext form, as published by gettext.mlocati.com (CLDR 35+), indices in
// CLDR order; test/unit/translation-po.test.ts proves each against
// Intl.PluralRules for 0..200. Forms no whole number takes (Polish
// "other", for fractions) have no index: gettext counts are whole numbers.
// A language not listed here cannot be exported as PO until it is added.

export interface GettextPlurals {
  /** The header's value: `nplurals=…; plural=…;`. */
  readonly header: string;
  /** The CLDR category of msgstr[0], msgstr[1], … */
  readonly categories: readonly Intl.LDMLPluralRule[];
}

const rule = (plural: string, categories: Intl.LDMLPluralRule[]): GettextPlurals => ({
  header: `nplurals=${categories.length}; plural=${plural};`,
  categories,
});

/** By language subtag (a region or private-use tag such as en-XA takes its language's rule, as Intl.PluralRules does). */
export const GETTEXT_PLURALS: Readonly<Record<string, GettextPlurals>> = {
  ar: rule('(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : (n%100>=3 && n%100<=10) ? 3 : (n%100>=11) ? 4 : 5', ['zero', 'one', 'two', 'few', 'many', 'other']),
  cy: rule('(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : (n==3) ? 3 : (n==6) ? 4 : 5', ['zero', 'one', 'two', 'few', 'many', 'other']),
  de: rule('(n != 1)', ['one', 'other']),
  en: rule('(n != 1)', ['one', 'other']),
  ga: rule('(n==1) ? 0 : (n==2) ? 1 : (n>=3 && n<=6) ? 2 : (n>=7 && n<=10) ? 3 : 4', ['one', 'two', 'few', 'many', 'other']),
  gd: rule('(n==1 || n==11) ? 0 : (n==2 || n==12) ? 1 : (n > 2 && n < 20) ? 2 : 3', ['one', 'two', 'few', 'other']),
  pl: rule('(n==1) ? 0 : (n%10>=2 && n%10<=4 && (n%100<12 || n%100>14)) ? 1 : 2', ['one', 'few', 'many']),
};

/** `locale`'s gettext plural rule, or undefined when none is listed. */
export function gettextPlurals(locale: string): GettextPlurals | undefined {
  return GETTEXT_PLURALS[locale] ?? GETTEXT_PLURALS[locale.split('-')[0].toLowerCase()];
}

/**
 * The msgstr index a Plural-Forms header picks for `n`, or undefined when
 * the header is not a plain gettext expression of n (nothing else is run).
 */
export function gettextIndex(header: string, n: number): number | undefined {
  const plural = header.match(/plural\s*=\s*([^;]+);?/)?.[1];
  if (!plural || !/^[n0-9\s()?:<>=!&|%+*/-]+$/.test(plural)) return undefined;
  try {
    return Number(new Function('n', `return (${plural});`)(n));
  } catch {
    return undefined;
  }
}

/** The header's nplurals, or undefined. */
export const gettextCount = (header: string): number | undefined => Number(header.match(/nplurals\s*=\s*(\d+)/)?.[1]) || undefined;

/** Whether two Plural-Forms headers pick the same msgstr for every count up to 1000 (Poedit may rewrite the expression). */
export function sameGettextPlurals(a: string, b: string): boolean {
  if (gettextCount(a) !== gettextCount(b)) return false;
  for (let n = 0; n <= 1000; n++) {
    const i = gettextIndex(a, n);
    if (i === undefined || i !== gettextIndex(b, n)) return false;
  }
  return true;
}
