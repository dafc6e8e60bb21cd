import { localized } from '@lit/localize';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { emphasisOf, localDate, type Framework, type FrameworkInput } from '../core/index.js';
import { Announcer } from '../controllers/announcer.js';
import { ChecklistController } from '../controllers/checklist-controller.js';
import { ExchangeController } from '../controllers/exchange-controller.js';
import { FrameworkController } from '../controllers/framework-controller.js';
import { LanguageController } from '../controllers/language-controller.js';
import { withStyles } from '../controllers/chunk-styles.js';
import { LazyModule } from '../controllers/lazy-module.js';
import { ProgressiveDraw } from '../controllers/progressive-draw.js';
import { getInterfaceLocale } from '../i18n/localization.js';
import { ActionsController } from '../sections/actions/actions-controller.js';
import { behaviourGroup } from '../sections/behaviour-group/behaviour-group.js';
import { behaviourGroupStyles } from '../sections/behaviour-group/behaviour-group.styles.js';
import { beforeBehaviours, intro, startingPointsFilter } from '../sections/checklist/checklist.js';
import { extrasNotLoaded } from '../sections/checklist/extras-not-loaded.js';
import { checklistStyles } from '../sections/checklist/checklist.styles.js';
import { loadingStatus } from '../sections/checklist/loading-status.js';
import { CompareController } from '../sections/compare/compare-controller.js';
import { DialogsController } from '../sections/dialogs/dialogs-controller.js';
import { PracticeController } from '../sections/practice/practice-controller.js';
import { practiceStyles } from '../sections/practice/practice.styles.js';
import { PrintController } from '../sections/print/print-controller.js';
import type { PrintedReport } from '../sections/print/report-document.js';
import { progressSummary } from '../sections/progress-summary/progress-summary.js';
import { ProgressSummaryController } from '../sections/progress-summary/progress-summary-controller.js';
import { progressSummaryStyles } from '../sections/progress-summary/progress-summary.styles.js';
import { baseStyles } from '../shared/base.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { GovukFontController } from '../shared/govuk-font.js';
import { clampHeadingLevel } from '../shared/heading.js';
import { palettes } from '../shared/palettes.js';
import { progressBarStyles } from '../shared/progress-bar.styles.js';
import type { RenderContext } from '../shared/render-context.js';
import { VERSION } from '../version.js';

const NOTHING_REQUESTED = Promise.resolve();

/**
 * A self-assessment checklist of NCVO's collaborative behaviours. People
 * tick the practices their organisation has in place, mark those that do
 * not apply and note next steps; progress is saved in this browser.
 *
 * @tagname collab-checklist
 * @summary Collaborative behaviours self-assessment for charities.
 *
 * @fires {CustomEvent<CollabChangeDetail>} collab-change - After every change a person makes: `detail` is a
 *   `CollabChangeDetail`, with the practice, its response and the new score,
 *   `kind: 'profile'` with the organisation's answers, `kind: 'review'` with
 *   the behaviour whose "None of the others are in place yet" was ticked (or not), or
 *   `kind: 'reset' | 'undo-reset' | 'import'`, each with the new score.
 *   Bubbles and crosses shadow roots. `detail` is a frozen copy.
 *
 * @csspart base - The outermost wrapper.
 * @csspart title - The framework title.
 * @csspart attribution - The source credit line.
 * @csspart summary - The overall progress section.
 * @csspart overall-progress - The overall progress bar and its text.
 * @csspart chart - The progress-by-behaviour table with its bars.
 * @csspart storage-status - The note or warning about where progress is saved.
 * @csspart profile - The optional "About your organisation" section.
 * @csspart next-steps - The suggested next steps.
 * @csspart comparison - The comparison of colleagues' exported answers (Compare answers).
 * @csspart tag - A practice's marking ("Good place to start" and the like).
 * @csspart behaviour - Each behaviour's fieldset.
 * @csspart behaviour-title - Each behaviour's heading.
 * @csspart behaviour-progress - Each behaviour's progress bar and its text.
 * @csspart behaviour-status - Each behaviour's status ("Not started", "In progress", "Completed").
 * @csspart practice - Each practice's list item.
 * @csspart practice-label - Each practice's text (the checkbox label).
 * @csspart note-toggle - The control that shows a practice's notes.
 * @csspart note - A practice's notes field.
 * @csspart actions - The Save, share or print section.
 * @csspart notice - Messages after an import, a Reset or an Undo.
 * @csspart button - Every button.
 * @csspart dialog - The dialogs that confirm Reset and imports.
 *
 * @cssprop [--collab-text-color=#0b0c0c] - Text colour.
 * @cssprop [--collab-secondary-text-color=#505a5f] - Secondary text (lead-ins, counts, hints).
 * @cssprop [--collab-background=#ffffff] - Background of the widget and its dialog.
 * @cssprop [--collab-surface=#f3f2f1] - Background of panels and progress tracks.
 * @cssprop [--collab-border-color=#b1b4b6] - Dividers between practices and behaviours.
 * @cssprop [--collab-accent-color=#1d70b8] - Progress bars, ticks and buttons.
 * @cssprop [--collab-accent-text-color=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--collab-warning-color=#d4351c] - Warnings and the confirm-reset button.
 * @cssprop [--collab-warning-text-color=#ffffff] - Text on the confirm-reset button.
 * @cssprop [--collab-color-scheme=light] - `light` or `dark`: how the browser draws checkboxes, radios and text fields (`dark` in the dark palette).
 * @cssprop [--collab-focus-color=#ffdd00] - Focus highlight.
 * @cssprop [--collab-focus-text-color=#0b0c0c] - Focus outline drawn inside the highlight.
 * @cssprop [--collab-dark-text-color=#f3f2f1] - Text colour in the dark palette (theme="dark", or "auto" when the system prefers dark).
 * @cssprop [--collab-dark-secondary-text-color=#c9d1d9] - Secondary text in the dark palette.
 * @cssprop [--collab-dark-background=#1b1f24] - Background in the dark palette.
 * @cssprop [--collab-dark-surface=#262c33] - Panels and progress tracks in the dark palette.
 * @cssprop [--collab-dark-border-color=#6e7681] - Dividers in the dark palette.
 * @cssprop [--collab-dark-accent-color=#79b8ff] - Progress bars, ticks and buttons in the dark palette.
 * @cssprop [--collab-dark-accent-text-color=#0b0c0c] - Text on accent-coloured buttons in the dark palette.
 * @cssprop [--collab-dark-warning-color=#ff9b8f] - Warnings in the dark palette.
 * @cssprop [--collab-dark-warning-text-color=#0b0c0c] - Text on the confirm-reset button in the dark palette.
 * @cssprop [--collab-dark-focus-color=#ffdd00] - Focus highlight in the dark palette.
 * @cssprop [--collab-dark-focus-text-color=#0b0c0c] - Focus outline in the dark palette.
 * @cssprop [--collab-font-family=inherit] - Font; inherits the host page's by default, and on a GOV.UK Frontend page uses GOV.UK's body text font.
 * @cssprop [--collab-line-height=1.5] - Line height of text (headings and buttons are 0.2 to 0.3 tighter). Urdu and other languages usually set in Nastaliq default to 2.2.
 * @cssprop [--collab-radius=0.25em] - Corner radius of panels and buttons.
 * @cssprop [--collab-space=1em] - Base spacing unit.
 */
@localized()
export class CollabChecklist extends LitElement {
  static readonly version = VERSION;
  /**
   * What the first paint needs; the extras and compare chunks bring the
   * rest (withStyles, chunk-styles.ts), after these in the cascade.
   */
  static override styles = [palettes, baseStyles, controlStyles, progressBarStyles, checklistStyles, progressSummaryStyles, behaviourGroupStyles, practiceStyles];

  /**
   * Namespaces saved progress: elements with different keys keep separate
   * progress; elements with the same key share it. Defaults to the framework id.
   */
  @property({ attribute: 'storage-key', reflect: true }) storageKey = '';

  /** Level of the checklist's title heading, 2 to 6, so it fits the host page's outline. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /**
   * Address of a framework JSON file (docs/framework-format.md) to show
   * instead of the bundled NCVO framework: same origin, or served with CORS.
   */
  @property({ attribute: 'framework-src', reflect: true }) frameworkSrc?: string;

  /**
   * Colours: `light` (the default), `dark`, or `auto` to follow the
   * person's system setting (`prefers-color-scheme`). A host's
   * `--collab-*` colours change the light palette, its `--collab-dark-*`
   * colours the dark one: never one scheme's colours on the other.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /**
   * A framework object, for pages built with JavaScript. Takes precedence
   * over `framework-src`. Validated like a file; problems are shown in the element.
   */
  @property({ attribute: false }) framework?: FrameworkInput;

  readonly #frameworks = new FrameworkController(this);
  readonly #checklist = new ChecklistController(this);
  readonly #language = new LanguageController(this);
  readonly #exchange = new ExchangeController(this, this.#checklist);
  readonly #announcer = new Announcer(this);
  /** Everything but the checklist itself (extras.ts): fetched once the checklist is first painted (updated). */
  readonly #extras = new LazyModule(this, withStyles(this, () => import('../chunks/extras.js')));
  readonly #progressive = new ProgressiveDraw(this);
  readonly #practices = new PracticeController(this, this.#checklist, this.#language, this.#announcer);
  readonly #summary = new ProgressSummaryController(this, this.#checklist);
  readonly #print = new PrintController(this, (plan) => this.#printReport(plan));
  readonly #dialogs = new DialogsController(this, this.#exchange, this.#announcer);
  readonly #compare = new CompareController(this, this.#exchange, withStyles(this, () => import('../chunks/compare.js')));
  readonly #actions = new ActionsController(this, {
    checklist: this.#checklist, language: this.#language, exchange: this.#exchange, announcer: this.#announcer,
    dialogs: this.#dialogs, compare: this.#compare, print: this.#print, loadKit: () => import('../chunks/exchange.js'),
    csvColumn: (locale) => this.#snapshots?.csvColumn(locale),
  });
  /** "Progress over time" and "About your organisation", made once the extras have loaded. */
  #snapshots?: Snapshots;
  #profile?: InstanceType<typeof import('../chunks/extras.js').ProfileController>;
  /** Answers taken as agreed from a comparison, made once the compare chunk has loaded. */
  #agreed?: InstanceType<typeof import('../chunks/compare.js').AgreedAnswersController>;
  #openedKey?: string;
  #openedFramework?: unknown;
  #extrasRequested: Promise<void> = NOTHING_REQUESTED;

  constructor() {
    super();
    this.addController(new GovukFontController(this));
    const state = this.#frameworks.state;
    if (state.kind === 'ready') this.#language.show(state.framework);
  }

  /** Renders only once this language's strings and framework text have loaded. */
  protected override async scheduleUpdate(): Promise<void> {
    let ready;
    do {
      ready = this.#language.ready;
      // Never rejects (LanguageController); were it to, Lit would never update again.
      await ready.catch(() => undefined);
    } while (ready !== this.#language.ready);
    super.scheduleUpdate();
  }

  /**
   * Also waits for the extras chunk, loaded after the first paint,
   * and for a host's framework object being checked, so that
   * `await element.updateComplete` sees the whole checklist.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    let waited: Promise<void>[] = [];
    while (waited[0] !== this.#extrasRequested || waited[1] !== this.#frameworks.checking) {
      waited = [this.#extrasRequested, this.#frameworks.checking];
      await Promise.all(waited);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * The extras are fetched once the checklist (or why it cannot be shown) is
   * first painted, not during that render: it shows with the one file, then
   * the rest follows. In a tab in the background nothing is painted and
   * animation frames wait until it is shown, so there it is fetched at once:
   * host code awaiting `updateComplete` there is not held up.
   */
  protected override updated(): void {
    if (this.#extrasRequested !== NOTHING_REQUESTED || !this.#drawnBeyondLoading()) return;
    const afterPaint = (then: () => void) => (document.hidden ? setTimeout(then) : requestAnimationFrame(() => setTimeout(then)));
    this.#extrasRequested = new Promise<void>((resolve) => afterPaint(resolve))
      .then(() => this.#extras.load())
      .then(() => this.#extras.settled);
  }

  /** Whether the last render showed the checklist, or why it cannot be shown, rather than "Loading". */
  #drawnBeyondLoading(): boolean {
    const state = this.#frameworks.state;
    if (state.kind !== 'ready') return state.kind === 'failed';
    return Boolean(this.#language.contentFor(state.framework) && this.#checklist.score && this.#checklist.progress);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('framework') || changed.has('frameworkSrc')) {
      this.#practices.holdNoteFocus();
      this.#frameworks.choose(this.framework, this.frameworkSrc);
    }
    const state = this.#frameworks.state;
    if (state.kind !== 'ready') return;
    const framework = state.framework;
    this.#language.show(framework);
    const key = this.storageKey || framework.id;
    if (key !== this.#openedKey || framework !== this.#openedFramework) {
      this.#practices.holdNoteFocus();
      this.#openedKey = key;
      this.#openedFramework = framework;
      this.#checklist.open(framework, key);
      this.#progressive.restart(framework.behaviours.reduce((sum, behaviour) => sum + behaviour.practices.length, 0));
      this.#practices.showNotesWithText();
    }
  }


  protected override render() {
    const state = this.#frameworks.state;
    const extras = this.#extras.module;
    if (state.kind === 'failed') return extras ? extras.frameworkProblems(state.failure) : this.#extras.failed ? extrasNotLoaded() : loadingStatus();
    const content = state.kind === 'ready' ? this.#language.contentFor(state.framework) : undefined;
    const { score, progress, audience, suggestions, record } = this.#checklist;
    if (state.kind === 'loading' || !content || !score || !progress) return loadingStatus();
    const framework = content.framework;
    const level = clampHeadingLevel(this.headingLevel);
    const sub = level + 1;
    const context: RenderContext = { locale: this.#language.formatting, langOf: (path) => this.#language.langOf(path), headingLevel: sub };
    const { locale } = context;
    const snapshots = extras && (this.#snapshots ??= new extras.SnapshotController(this, this.#checklist));
    const profile = extras && (this.#profile ??= new extras.ProfileController(this, this.#checklist, this.#language, this.#announcer));
    const drawn = this.#progressive.limits(framework.behaviours.map((behaviour) => behaviour.practices.length));
    const practices = this.#practices;
    const responseTo = (id: string) => this.#checklist.responseTo(id);
    const compared = this.#compare.shown(state.framework);
    // One plan for the screen, Print and Print a plan; "today" read once, so all three agree on what is overdue.
    const today = localDate(new Date());
    const plan = { framework, responses: record.responses, suggestions, today };
    const extrasInSummary = extras && snapshots ? this.#summaryExtras(extras, context, framework, snapshots, true) : [];
    const comparison = compared && extras ? this.#comparison(extras, compared, context, framework) : '';
    return html`
      <article class="checklist ${this.#compare.comparing(state.framework) ? 'is-comparing' : ''}" part="base" lang=${framework.lang} dir=${this.#language.dir}>
        ${extras?.printHeader(locale, { today, organisation: record.profile?.organisation, about: extras.aboutLine(record.profile) })}
        ${intro(context, level, framework, this.#language.unavailable)}
        ${progressSummary(context, { overall: score.overall, counts: extras?.summaryCounts(locale, progress, score.overall), continueAt: this.#summary.continueAt, extras: extrasInSummary }, this.#summary.continue)}
        ${profile && extras?.profileForm(context, record.profile, audience, profile.open, profile)}
        ${extras?.nextSteps(context, plan)}
        ${audience === 'less-power' ? startingPointsFilter(practices.onlyStartingPoints, practices.toggleFilter) : ''}
        ${beforeBehaviours(context, framework, this.#announcer.text, this.#summary.goTo)}
        <ol class="behaviours" role="list">
          ${framework.behaviours.map((behaviour, index) =>
            behaviourGroup(
              { ...context, headingLevel: framework.behavioursHeading ? sub + 1 : sub },
              {
                behaviour,
                number: index + 1,
                tally: score.behaviours[index],
                progress: progress.behaviours[index],
                scale: framework.ratingScale,
                interfaceLocale: getInterfaceLocale(),
                responseTo,
                isNoteOpen: practices.isNoteOpen,
                noteConflictOf: (id) => this.#checklist.noteConflicts.get(id),
                dateDraftOf: practices.dateDraftOf,
                dateEntry: extras?.dateEntry,
                clearedIn: practices.clearedIn,
                emphasisOf: (practice) => emphasisOf(practice, audience),
                onlyStartingPoints: practices.onlyStartingPoints && audience === 'less-power',
                practicesDrawn: drawn[index],
              },
              practices,
            ),
          )}
        </ol>
        ${this.#extras.failed ? extrasNotLoaded() : ''}
        ${extras?.actionsPanel(context, this.#exchange.notice, extras.importNotice(locale, this.#exchange.notice), this.#exchange.canUndoReset, extras.nameFields(record.profile, profile!.setNames), this.#actions)}
        ${comparison}
        ${extras?.printSummary(context, { framework, responseTo, since: snapshots?.since, snapshots: snapshots?.snapshots, plan })}
        ${extras?.resetDialog(context, { confirm: this.#dialogs.confirmReset, cancel: this.#dialogs.close })}
        ${extras?.importDialog(context, this.#exchange.pendingImport, state.framework.version, record, { confirm: this.#dialogs.confirmImport, cancel: this.#dialogs.close })}
      </article>`;
  }

  /**
   * Progress by behaviour and over time and, on screen, where progress is
   * saved: drawn in "Your progress" once the extras load. Before any answer
   * (and with no snapshot kept) there is nothing to chart or keep a copy of,
   * so neither is drawn: the first practice comes sooner on a phone.
   */
  #summaryExtras(extras: Extras, context: RenderContext, framework: Framework, snapshots: Snapshots, onScreen: boolean) {
    const { score, progress, record } = this.#checklist;
    const started = progress!.overall.answered > 0 || (record.snapshots?.length ?? 0) > 0;
    return [
      started ? extras.behaviourChart(context, framework.behaviours, score!.behaviours, progress!.behaviours, this.#summary.goTo, snapshots.since, snapshots.snapshots) : '',
      started ? extras.progressOverTime({ ...context, headingLevel: context.headingLevel + 1 }, snapshots, snapshots, framework.behaviours) : '',
      onScreen ? extras.storageNotice(this.#checklist.storageState, this.#actions.downloadUnreadableCopy) : '',
    ];
  }

  #comparison(extras: Extras, compared: Compared, context: RenderContext, framework: Framework): TemplateResult {
    return compared.kit.comparisonSection(
      { ...context, framework, result: compared.result, extras },
      (this.#agreed ??= new compared.kit.AgreedAnswersController(this, this.#checklist, this.#announcer)),
      { print: this.#print.print, close: this.#compare.close },
    );
  }

  /**
   * What Print (`plan` false) and Print a plan print, each from a frame of
   * its own (report-document.ts): the title block, then "Your progress",
   * then the action plan and the full record (Print a plan puts the plan
   * first, Print after the record, so both print the same plan); while
   * colleagues' answers are compared, Print prints the comparison instead.
   */
  async #printReport(plan: boolean): Promise<PrintedReport | undefined> {
    const state = this.#frameworks.state;
    const extras = this.#extras.module;
    const content = state.kind === 'ready' ? this.#language.contentFor(state.framework) : undefined;
    const { score, progress, suggestions, record } = this.#checklist;
    if (state.kind !== 'ready' || !extras || !this.#snapshots || !content || !score || !progress) return undefined;
    const framework = content.framework;
    const context: RenderContext = { locale: this.#language.formatting, langOf: (path) => this.#language.langOf(path), headingLevel: 2 };
    const compared = plan || !this.#compare.comparing(state.framework) ? undefined : this.#compare.shown(state.framework);
    const kind = plan ? 'plan' : compared ? 'compare' : 'record';
    const title = extras.reportTitle(framework, kind);
    const { profile } = record;
    // "today" read once, so the title block and the plan agree on the date and on what is overdue.
    const today = localDate(new Date());
    const actionPlan = { framework, responses: record.responses, suggestions, today };
    const titleBlock = extras.reportTitleBlock(
      context,
      { title, today, framework, organisation: profile?.organisation, preparedBy: profile?.filledInBy, about: extras.aboutLine(profile) },
    );
    const responseTo = (id: string) => this.#checklist.responseTo(id);
    const body = compared
      ? this.#comparison(extras, compared, context, framework)
      : html`${progressSummary(context, { overall: score.overall, counts: extras.summaryCounts(context.locale, progress, score.overall), extras: this.#summaryExtras(extras, context, framework, this.#snapshots, false) }, this.#summary.continue)}
          ${plan ? extras.printPlan(context, actionPlan) : ''}
          ${extras.printSummary(context, { framework, responseTo, since: this.#snapshots.since, snapshots: this.#snapshots.snapshots, plan: plan ? undefined : actionPlan })}`;
    return extras.printReport(
      {
        content: html`<article class="checklist report ${kind === 'plan' ? 'is-printing-plan' : kind === 'compare' ? 'is-comparing' : ''}">${titleBlock}${body}</article>`,
        title,
        lang: framework.lang,
        dir: this.#language.dir,
        sheets: extras.sheetsOf(this.renderRoot as ShadowRoot),
      },
      this.renderRoot,
    );
  }
}

type Extras = typeof import('../chunks/extras.js');
type Snapshots = InstanceType<Extras['SnapshotController']>;
type Compared = NonNullable<ReturnType<CompareController<typeof import('../chunks/compare.js')>['shown']>>;
