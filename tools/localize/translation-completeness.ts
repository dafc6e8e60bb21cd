// The completeness check's logic: what each locale lacks or gets wrong (used by translations:check and tests).
// What the completeness check compares: for each locale, every interface
// message (from the source, via lit-localize) and every framework text must
// have a translation that keeps the source's placeholders, in files with no
// syntax mistakes. Used by `npm run translations:check` and the tests.
import { existsSync, readFileSync } from 'node:fs';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { localizeFramework, parseFrameworkTranslation, staleTranslationKeys } from '../../src/core/framework/framework-translation.js';
import type { Framework } from '../../src/core/framework/framework-schema.js';
import { bundledFrameworks } from '../build/bundled-frameworks.js';
import { readInterfaceTranslation, sourceText } from './interface-translation.js';
import { readRuntimeConfig, sourceMessages, type RuntimeConfig } from './lit-localize-project.js';
import { jsonSyntaxProblems } from './translation-syntax.js';

export interface Gap {
  /** Message id, or framework text path such as `practices.buys-in-services`. */
  readonly key: string;
  /** The source text, so a translator knows which one it is. */
  readonly source: string;
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
  const messages = sourceMessages(new RuntimeLitLocalizer(config));
  const frameworks = bundledFrameworks(options.frameworkDir ?? 'framework');
  const translationsDir = options.translationsDir ?? 'framework/translations';

  return locales.map((locale) => {
    const { file, translated, problems } = readInterfaceTranslation(config, locale, messages);
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
        : messages.filter((message) => !done.has(message.name)).map((message) => ({ key: message.name, source: sourceText(message) })),
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
    problems: parsed.value.frameworkId === framework.id ? [] : [`${file}: frameworkId must be "${framework.id}"`],
    missing: [...untranslated].map((key) => ({ key, source: sourceTexts.get(key) ?? '' })),
    stale: staleTranslationKeys(framework, parsed.value),
  };
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
