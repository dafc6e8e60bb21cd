// npm run translations:check: the command-line report of untranslated text and mistakes per language.
// npm run translations:check [-- cy pl]
// Lists, for each language, every mistake in its files (one line each, with
// file and line) and every interface message and framework text that has no
// translation yet, then its review status. Exits with 1 while anything is
// missing or wrong. Needs no browser.
import { translationsCheck } from './translation-completeness.js';

const { lines, ok } = translationsCheck(process.argv.slice(2));
for (const line of lines) console.log(line);
process.exit(ok ? 0 : 1);
