import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Framework } from '../core/framework/framework-schema.js';
import { untranslatedFramework, type LocalizedFramework } from '../core/framework/localized-framework.js';
import { frameworkTranslationLoaders } from '../generated/framework-translation-loaders.js';
import { formattingLocale } from '../i18n/formatting-locale.js';
import { unwatchLang, watchLang, type LangListener } from '../i18n/lang-watcher.js';
import { matchLocale, sourceLocale, textDirection, type Locale } from '../i18n/locales.js';
import { requestInterfaceLocale, withdrawInterfaceLocale } from '../i18n/page-locale.js';

/**
 * Works out one checklist's language from the nearest `lang` (its own, an
 * ancestor's, the document's), loads that language's interface strings and
 * framework translation, and follows `lang` changes. The host waits for
 * `ready` before rendering, so a Welsh page never flashes English.
 */
export class LanguageController implements ReactiveController, LangListener {
  locale: Locale = sourceLocale;
  /** For numbers and dates. */
  formatting = 'en-GB';
  content?: LocalizedFramework;
  /** Never rejects: a language that fails to load leaves the checklist in English (`unavailable`). */
  ready: Promise<unknown> = Promise.resolve();
  /** The language whose interface strings could not be loaded, so English is shown instead. */
  unavailable?: Locale;

  #framework?: Framework;
  #contentOf?: Framework;
  #requested?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this);
    this.langMayHaveChanged();
  }

  hostDisconnected(): void {
    unwatchLang(this);
    withdrawInterfaceLocale(this);
    this.#requested = undefined;
  }

  get dir(): 'ltr' | 'rtl' {
    return textDirection(this.content?.framework.lang ?? this.locale);
  }

  /** The framework in this checklist's language, once it is ready for `framework`. */
  contentFor(framework: Framework): LocalizedFramework | undefined {
    return this.#contentOf === framework ? this.content : undefined;
  }

  /** The `lang` to put on a text still in the source language, if `path` is one. */
  langOf(path: string): string | undefined {
    return this.content?.inSourceLanguage.has(path) ? this.content.sourceLang : undefined;
  }

  show(framework: Framework): void {
    if (framework === this.#framework) return;
    this.#framework = framework;
    // Before connecting there is no nearest lang to go by: hostConnected loads.
    if (this.host.isConnected) this.#load();
  }

  langMayHaveChanged(): void {
    const requested = this.host.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? '';
    if (requested === this.#requested) return;
    this.#requested = requested;
    this.locale = matchLocale(requested);
    this.formatting = formattingLocale(requested, this.locale);
    this.#load();
  }

  #load(): void {
    const { locale } = this;
    this.ready = Promise.all([requestInterfaceLocale(this, locale), this.#translate(locale)]).then(
      ([loaded]) => this.#settled(locale, loaded),
      () => this.#settled(locale, false),
    );
    this.host.requestUpdate();
  }

  #settled(locale: Locale, loaded: boolean): void {
    if (locale !== this.locale) return;
    this.unavailable = loaded ? undefined : locale;
    // Forget the request, so the next time this language is asked for
    // (`lang` set again, even to the same value) it is loaded afresh.
    if (!loaded) this.#requested = undefined;
  }

  async #translate(locale: Locale): Promise<void> {
    const framework = this.#framework;
    if (!framework) return;
    const content = await translationOf(framework, locale);
    if (framework !== this.#framework || locale !== this.locale) return;
    this.content = content;
    this.#contentOf = framework;
    this.host.requestUpdate();
  }
}

/**
 * The framework in `locale`. A translation and the code that checks it are
 * fetched only when the page's language is not the framework's own, both at
 * once (no round trip waits for another); when the translation cannot be
 * loaded the framework shows as written.
 */
async function translationOf(framework: Framework, locale: Locale): Promise<LocalizedFramework> {
  if (matchLocale(framework.lang) === locale) return untranslatedFramework(framework);
  const translation = frameworkTranslationLoaders[`${framework.id}.${locale}`];
  try {
    const [{ bundledTranslationOf }, input] = await Promise.all([
      import('../frameworks/bundled-translations.js'),
      translation?.().then((module) => module.default, () => undefined),
    ]);
    return bundledTranslationOf(framework, locale, input);
  } catch {
    return untranslatedFramework(framework);
  }
}
