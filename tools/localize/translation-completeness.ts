// The completeness check's logic: what each locale lacks or gets wrong (used by translations:check and tests).
// What the completeness check compares: for each locale, every interface
// message (from the source, via lit-localize) and every framework text must
// have a translation that keeps the source's placeholders, in files with no
// syntax mistakes. Used by `npm run translations:check` and the tests.
import { existsSync, readFileSync } from 'node:fs';
import { localizeFramework, parseFrameworkTranslation, staleTranslationKeys } from '../../src/core/framework/framework-translation.js';
import type { Framework } from '../../src/core/framework/framework-schema.js';
import { bundledFrameworks } from '../build/bundled-frameworks.js';
import { readInterfaceTranslation, sourceText } from './interface-translation.js';
import { ProjectLocalizer, readRuntimeConfig, sourceMessages, type RuntimeConfig } from './lit-localize-project.js';
import { pluralFormsLine } from './translation-plurals.js';
import { jsonFilesProblems, jsonSyntaxProblems } from './translation-syntax.js';

export interface Gap {
  /** Message id, or framework text path such as `practices.buys-in-services`. */
  readonly key: string;
  /** The source text, so a translator knows which one it is. */
  readonly source: string;
  /** `file:line` of an empty <target> it has, to say where to write the translation. */
  readonly emptyAt?: string;
}

export interface LocaleReport {
  readonly locale: string;
  readonly interfaceMessages: number;
  /** The XLIFF file the interface messages are read from. */
  readonly file: string;
  /** Mistakes in that file, one line each, starting `file:line`: syntax, then broken placeholders. */
  readonly problems: readonly string[];
  readonly missingMessages: readonly Gap[];
  readonly frameworks: readonly FrameworkReport[];
}

export interface FrameworkReport {
  readonly frameworkId: string;
  readonly file: string;
  readonly problems: readonly string[];
  readonly missing: readonly Gap[];
  /** Keys the framework no longer has; harmless, reported so they can be tidied. */
  readonly stale: readonly string[];
}

export const isComplete = (report: LocaleReport): boolean =>
  report.problems.length === 0 &&
  report.missingMessages.length === 0 &&
  report.frameworks.every((each) => each.problems.length === 0 && each.missing.length === 0);

export interface CheckOptions {
  /** lit-localize config; its `targetLocales` are checked unless `locales` is given. */
  readonly configPath?: string;
  readonly xliffDir?: string;
  readonly frameworkDir?: string;
  readonly translationsDir?: string;
  readonly locales?: readonly string[];
}

export function checkTranslations(options: CheckOptions = {}): LocaleReport[] {
  const base = readRuntimeConfig(options.configPath);
  const locales = options.locales ?? base.targetLocales;
  const config: RuntimeConfig = {
    ...base,
    interchange: { format: 'xliff', xliffDir: options.xliffDir ?? (base.interchange as { xliffDir: string }).xliffDir },
  };
  const messages = sourceMessages(new ProjectLocalizer(config));
  const frameworks = bundledFrameworks(options.frameworkDir ?? 'framework');
  const translationsDir = options.translationsDir ?? 'framework/translations';

  return locales.map((locale) => {
    const { file, translated, problems, empty } = readInterfaceTranslation(config, locale, messages);
    const done = new Set(translated.map((message) => message.name));
    // A file that cannot be read reports its mistakes, not every message as missing.
    const unreadable = problems.length > 0 && translated.length === 0;
    return {
      locale,
      interfaceMessages: messages.length,
      file,
      problems,
      missingMessages: unreadable
        ? []
        : messages.filter((message) => !done.has(message.name)).map((message) => {
            const emptyAt = empty.get(message.name);
            return { key: message.name, source: sourceText(message), ...(emptyAt && { emptyAt }) };
          }),
      frameworks: frameworks.map((framework) => frameworkReport(framework, `${translationsDir}/${framework.id}.${locale}.json`)),
    };
  });
}

function frameworkReport(framework: Framework, file: string): FrameworkReport {
  const empty = { frameworkId: framework.id, file, stale: [] };
  if (!existsSync(file)) return { ...empty, problems: [`${file} does not exist yet`], missing: [] };
  const text = readFileSync(file, 'utf8');
  const syntax = jsonSyntaxProblems(file, text);
  if (syntax.length) return { ...empty, problems: syntax, missing: [] };
  const parsed = parseFrameworkTranslation(JSON.parse(text));
  if (!parsed.ok) return { ...empty, problems: parsed.problems.map((problem) => `${file}: ${problem}`), missing: [] };
  const { untranslated } = localizeFramework(framework, parsed.value);
  const sourceTexts = textsByPath(framework);
  return {
    ...empty,
    problems: [
      ...(parsed.value.frameworkId === framework.id ? [] : [`${file}: frameworkId must be "${framework.id}"`]),
      ...pythonNulls(file, text),
    ],
    missing: [...untranslated].map((key) => ({ key, source: sourceTexts.get(key) ?? '' })),
    stale: staleTranslationKeys(framework, parsed.value),
  };
}

/**
 * A text of exactly "None": translate-toolkit (Python) writes `null` so
 * after a round trip, and the widget would show "None" where a proper name
 * (or the source's own text) belongs. No framework text is ever "None", so
 * it is refused wherever it stands, with its line.
 */
function pythonNulls(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, index) => {
    const key = /"([^"]+)"\s*:\s*"None"/.exec(line)?.[1];
    return key ? [`${file}:${index + 1}: "${key}" is the text "None", which a translation tool writes for null: put back null (to keep the English name) or write the text in your language`] : [];
  });
}

/** The source text of every translatable path, to show beside a gap. */
function textsByPath(framework: Framework): Map<string, string> {
  const texts = new Map<string, string>([['title', framework.title]]);
  framework.intro.forEach((paragraph, i) => texts.set(`intro.${i}`, paragraph));
  if (framework.source) {
    texts.set('source.publisher', framework.source.publisher);
    if (framework.source.report) texts.set('source.report', framework.source.report);
    if (framework.source.page) texts.set('source.page', framework.source.page);
  }
  if (framework.behavioursHeading) texts.set('behavioursHeading', framework.behavioursHeading);
  framework.ratingScale.forEach((level) => texts.set(`ratingScale.${level.id}`, level.label));
  for (const behaviour of framework.behaviours) {
    texts.set(`behaviours.${behaviour.id}.title`, behaviour.title);
    if (behaviour.leadIn) texts.set(`behaviours.${behaviour.id}.leadIn`, behaviour.leadIn);
    for (const practice of behaviour.practices) texts.set(`practices.${practice.id}`, practice.text);
  }
  return texts;
}

/**
 * What `npm run translations:check [-- cy pl]` prints, line by line, for the
 * locales named (every target locale when none is): for each language its
 * mistakes, what is not translated yet, and its review status. ok is its exit
 * status: false while anything is missing or wrong.
 */
export function translationsCheck(requested: readonly string[] = []): { lines: string[]; ok: boolean } {
  const settings = jsonFilesProblems();
  if (settings.length) return { lines: settings, ok: false };
  const reports = checkTranslations(requested.length ? { locales: requested } : {});
  const about = JSON.parse(readFileSync('xliff/locales.json', 'utf8')) as Record<string, { review?: { status?: string } }>;
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(...describe(report));
    const status = about[report.locale]?.review?.status;
    lines.push(
      status
        ? `${report.locale}: review status "${status}" (xliff/locales.json)`
        : `${report.locale}: add an entry for "${report.locale}" to xliff/locales.json with its name and review status (see TRANSLATING.md)`,
    );
    lines.push(pluralFormsLine(report.locale));
  }
  return { lines, ok: reports.every(isComplete) };
}

function describe(report: LocaleReport): string[] {
  const lines: string[] = [];
  const { locale } = report;
  for (const problem of report.problems) lines.push(`${locale}: ${problem}`);
  if (!existsSync(report.file)) {
    lines.push(`${locale}: ${report.file} does not exist yet: add "${locale}" to targetLocales in lit-localize.json and run "npm run localize" (see TRANSLATING.md).`);
  } else if (report.missingMessages.length) {
    lines.push(`${locale}: ${report.missingMessages.length} of ${report.interfaceMessages} interface messages are not translated in ${report.file}:`);
    for (const gap of report.missingMessages) {
      lines.push(`  - ${gap.key}: "${gap.source}"${gap.emptyAt ? ` (its <target> at ${gap.emptyAt} is empty: write the translation there)` : ''}`);
    }
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
  return lines;
}
