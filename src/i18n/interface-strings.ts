// Where each language's interface strings are: loaded only once a language other than English is wanted.
// A dynamic import with a variable becomes a table of every language's
// chunk (its path and hashed file name, about 60 bytes each). Kept in this
// module, loaded on first use (localization.ts), that table costs an English
// page nothing and the main file carries only the language codes, so adding
// a language adds almost nothing to it.
export const importInterfaceStrings = (locale: string) => import(`../generated/locales/${locale}.ts`);
