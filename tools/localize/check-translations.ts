// npm run translations:check: the command-line report of untranslated text and mistakes per language.
// npm run translations:check [-- cy pl]
// Lists, for each language, every mistake in its files (one line each, with
// file and line) and every interface message and framework text that has no
// translation yet, then its review status. Exits with 1 while anything is
// missing or wrong. Needs no browser.
import { existsSync, readFileSync } from 'node:fs';
import { checkTranslations, isComplete, type LocaleReport } from './translation-completeness.js';

const requested = process.argv.slice(2);
const reports = checkTranslations(requested.length ? { locales: requested } : {});
const about = JSON.parse(readFileSync('xliff/locales.json', 'utf8')) as Record<string, { review?: { status?: string } }>;
for (const report of reports) {
  console.log(describe(report));
  const status = about[report.locale]?.review?.status;
  console.log(
    status
      ? `${report.locale}: review status "${status}" (xliff/locales.json)`
      : `${report.locale}: add an entry for "${report.locale}" to xliff/locales.json with its name and review status (see TRANSLATING.md)`,
  );
}
process.exit(reports.every(isComplete) ? 0 : 1);

function describe(report: LocaleReport): string {
  const lines: string[] = [];
  const { locale } = report;
  for (const problem of report.problems) lines.push(`${locale}: ${problem}`);
  if (!existsSync(report.file)) {
    lines.push(`${locale}: ${report.file} does not exist yet: add "${locale}" to targetLocales in lit-localize.json and run "npm run localize" (see TRANSLATING.md).`);
  } else if (report.missingMessages.length) {
    lines.push(`${locale}: ${report.missingMessages.length} of ${report.interfaceMessages} interface messages are not translated in ${report.file}:`);
    for (const gap of report.missingMessages) lines.push(`  - ${gap.key}: "${gap.source}"`);
  }
  for (const framework of report.frameworks) {
    for (const problem of framework.problems) lines.push(`${locale}: ${problem}`);
    if (framework.missing.length) {
      lines.push(`${locale}: ${framework.missing.length} texts of framework "${framework.frameworkId}" are not translated in ${framework.file}:`);
      for (const gap of framework.missing) lines.push(`  - ${gap.key}: "${gap.source}"`);
    }
    if (framework.stale.length) {
      lines.push(`${locale}: ${framework.file} has entries the framework no longer has (safe to delete): ${framework.stale.join(', ')}`);
    }
  }
  if (isComplete(report)) {
    const texts = report.frameworks.map((framework) => `framework "${framework.frameworkId}"`).join(', ');
    lines.unshift(`${locale}: complete: all ${report.interfaceMessages} interface messages and every text of ${texts} are translated.`);
  }
  return lines.join('\n');
}
