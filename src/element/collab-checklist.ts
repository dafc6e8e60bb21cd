import { localized, msg, str } from '@lit/localize';
import { html, LitElement, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { emphasisOf, lastChange, localDate, NOTE_MAX_LENGTH, type Framework, type FrameworkInput, type PracticeResponse, type ProfileChange } from '../core/index.js';
import { ChecklistController } from '../controllers/checklist-controller.js';
import { FrameworkController } from '../controllers/framework-controller.js';
import { ExchangeController } from '../controllers/exchange-controller.js';
import { CompareController } from '../sections/compare/compare-controller.js';
import { LanguageController } from '../controllers/language-controller.js';
import { getInterfaceLocale } from '../i18n/localization.js';
import { VERSION } from '../version.js';
import { styles } from './collab-checklist.styles.js';
import { GovukFontController } from '../shared/govuk-font.js';
import { palettes } from '../shared/palettes.js';
import { quotedIntro } from '../sections/checklist/attribution.js';
import { behaviourGroup } from '../sections/behaviour-group/behaviour-group.js';
import { clampHeadingLevel, heading } from '../shared/heading.js';
import { optionalCount, progressValueText } from '../shared/progress-text.js';
import { progressBar } from '../shared/progress-bar.js';
import { saveFile } from '../shared/save-file.js';
import { languageNotice } from '../sections/checklist/language-notice.js';
import { characterCount } from '../shared/character-count.js';
import { answeredCount, statusLabel } from '../shared/answered-text.js';
import { elementId } from '../shared/element-ids.js';
import { continueLink } from '../sections/progress-summary/continue-link.js';
import type { RenderContext } from '../shared/render-context.js';
import { loadingStatus } from '../sections/checklist/loading-status.js';
import { extrasNotLoaded } from '../sections/checklist/extras-not-loaded.js';
import { LazyModule } from '../controllers/lazy-module.js';
import { ProgressiveDraw } from '../controllers/progressive-draw.js';


const NOTHING_REQUESTED = Promise.resolve();

/** What the exclusive choice undid, in words, or nothing. */
function clearedByChange(before: PracticeResponse | undefined, after: PracticeResponse | undefined): string {
  if (!before || !after) return '';
  if (before.notApplicable && !after.notApplicable)
    return msg('No longer marked not applicable.', { desc: 'Announced when choosing a level (ticking "in place") unticks "Not applicable".' });
  if (!before.notApplicable && after.notApplicable && before.level !== after.level)
    return msg('Marked not applicable, so no longer in place.', { desc: 'Announced when ticking "Not applicable" unticks the practice (or clears its level).' });
  return '';
}

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
 *   the behaviour marked reviewed (or not), or
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
 * @csspart behaviour-status - Each behaviour's status ("Not started", "In progress", "Reviewed").
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
 * @cssprop [--collab-font-family=inherit] - Font; inherits the host page's by default, and on a GOV.UK Frontend page uses GOV.UK's body text font.
 * @cssprop [--collab-line-height=1.5] - Line height of text (headings and buttons are 0.2 to 0.3 tighter). Urdu and other languages usually set in Nastaliq default to 2.2.
 * @cssprop [--collab-radius=0.25em] - Corner radius of panels and buttons.
 * @cssprop [--collab-space=1em] - Base spacing unit.
 */
@localized()
export class CollabChecklist extends LitElement {
  static readonly version = VERSION;
  static override styles = [palettes, styles];

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
   * person's system setting (`prefers-color-scheme`). Colours a host sets
   * with the custom properties win over either palette.
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
  readonly #compare = new CompareController(this);
  /** Everything but the checklist itself (extras.ts): fetched once the checklist is first painted (firstUpdated). */
  readonly #extras = new LazyModule(this, () => import('../chunks/extras.js'));
  readonly #progressive = new ProgressiveDraw(this);
  /** Practices whose notes are shown; replaced, never changed in place, so Lit sees each change. */
  @state() private openNotes: ReadonlySet<string> = new Set<string>();
  /** What the polite live region says. */
  @state() private announcement = '';
  /** "About your organisation" starts folded; set once the person opens or answers it. */
  @state() private profileOpen?: boolean;
  @state() private onlyStartingPoints = false;
  /** Print a plan was chosen: the plan is drawn and printed until the browser says printing is over (afterprint). */
  @state() private printingPlan = false;
  #openedKey?: string;
  #openedFramework?: unknown;

  @query('#reset-dialog') private resetDialogElement?: HTMLDialogElement;
  @query('#import-dialog') private importDialogElement?: HTMLDialogElement;
  @query('.reset-button') private resetButton?: HTMLButtonElement;
  @query('.import-input') private importInput?: HTMLInputElement;
  @query('.import-button') private importButton?: HTMLButtonElement;
  @query('.compare-input') private compareInput?: HTMLInputElement;
  @query('.compare-button') private compareButton?: HTMLButtonElement;

  constructor() {
    super();
    this.addController(new GovukFontController(this));
    const state = this.#frameworks.state;
    if (state.kind === 'ready') this.#language.show(state.framework);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#countTimer);
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

  #extrasRequested: Promise<void> = NOTHING_REQUESTED;

  /** Whether the last render showed the checklist, or why it cannot be shown, rather than "Loading". */
  #drawnBeyondLoading(): boolean {
    const state = this.#frameworks.state;
    if (state.kind !== 'ready') return state.kind === 'failed';
    return Boolean(this.#language.contentFor(state.framework) && this.#checklist.score && this.#checklist.progress);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('framework') || changed.has('frameworkSrc')) this.#frameworks.choose(this.framework, this.frameworkSrc);
    const state = this.#frameworks.state;
    if (state.kind !== 'ready') return;
    const framework = state.framework;
    this.#language.show(framework);
    const key = this.storageKey || framework.id;
    if (key !== this.#openedKey || framework !== this.#openedFramework) {
      this.#openedKey = key;
      this.#openedFramework = framework;
      this.#checklist.open(framework, key);
      this.#progressive.restart(framework.behaviours.reduce((sum, behaviour) => sum + behaviour.practices.length, 0));
      this.openNotes = this.#practicesWithNotes();
    }
  }

  /** Notes that hold text (or a "Who" or "By when") start open, so a person sees what they wrote. */
  #practicesWithNotes(): Set<string> {
    return new Set([...this.#checklist.record.responses].filter(([, response]) => response.note || response.owner || response.due).map(([id]) => id));
  }

  protected override render() {
    const state = this.#frameworks.state;
    const extras = this.#extras.module;
    if (state.kind === 'failed') return extras ? extras.frameworkProblems(state.failure) : this.#extras.failed ? extrasNotLoaded() : loadingStatus();
    const content = state.kind === 'ready' ? this.#language.contentFor(state.framework) : undefined;
    const { score, progress } = this.#checklist;
    if (state.kind === 'loading' || !content || !score || !progress) return loadingStatus();
    const framework = content.framework;
    const level = clampHeadingLevel(this.headingLevel);
    const sub = level + 1;
    const context: RenderContext = {
      locale: this.#language.formatting,
      langOf: (path) => this.#language.langOf(path),
      headingLevel: sub,
    };
    const { locale, langOf } = context;
    const { audience, suggestions } = this.#checklist;
    const snapshots = extras && (this.#snapshots ??= new extras.SnapshotController(this, this.#checklist));
    const drawn = this.#progressive.limits(framework.behaviours.map((behaviour) => behaviour.practices.length));
    const inSourceLanguage = (path: string, text: string) => {
      const lang = langOf(path);
      return lang ? html`<span lang=${lang}>${text}</span>` : text;
    };
    return html`
      <article class="checklist ${this.printingPlan ? 'is-printing-plan' : this.#comparing(state.framework) ? 'is-comparing' : ''}" part="base" lang=${framework.lang} dir=${this.#language.dir}>
        ${extras?.printHeader(locale, { today: localDate(new Date()), organisation: this.#checklist.record.profile?.organisation, about: extras.aboutLine(this.#checklist.record.profile) })}
        <header class="intro">
          ${heading(level, inSourceLanguage('title', framework.title), { className: 'title', part: 'title' })}
          ${languageNotice(this.#language.unavailable)}
          ${quotedIntro(context, framework)}
        </header>

        <section class="summary" part="summary" aria-labelledby="summary-title">
          ${heading(sub, msg('Your progress', { desc: 'Heading of the overall progress section.' }), { id: 'summary-title', className: 'summary-title' })}
          <p class="progress-label" id="overall-label">${msg('Overall progress', { desc: 'Name of the overall progress bar.' })}</p>
          ${progressBar(locale, score.overall, 'overall-label', 'overall-progress', answeredCount(locale, progress.overall))}
          ${this.#continueWhereLeftOff(locale)}
          ${extras?.behaviourChart(context, framework.behaviours, score.behaviours, this.#goTo, snapshots?.since, snapshots?.snapshots)}
          ${snapshots ? extras.progressOverTime({ ...context, headingLevel: sub + 1 }, snapshots, snapshots) : ''}
          ${extras?.storageNotice(this.#checklist.storageState, this.#downloadUnreadableCopy)}
        </section>

        ${extras?.profileForm(context, this.#checklist.record.profile, audience, this.profileOpen ?? false, this.#profileActions)}
        ${extras?.nextSteps(context, framework, suggestions)}
        ${audience === 'less-power'
          ? html`<div class="filter">
              <input type="checkbox" id="only-starting-points" class="checkbox checkbox--small" .checked=${this.onlyStartingPoints} @change=${this.#toggleFilter} />
              <label for="only-starting-points">${msg('Show only good places to start', { desc: 'Filter that hides practices other than good places to start.' })}</label>
            </div>`
          : ''}

        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>

        <a class="skip-link" href="#actions-title" @click=${(event: Event) => this.#goTo(event, 'actions-title')}
          >${msg('Skip to Save, share or print', { desc: 'Link before the practices that moves focus to the Save, share or print section (as GOV.UK skip links do).' })}</a
        >
        ${framework.behavioursHeading
          ? heading(sub, inSourceLanguage('behavioursHeading', framework.behavioursHeading), { className: 'behaviours-heading' })
          : ''}
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
                responseTo: (id) => this.#checklist.responseTo(id),
                isNoteOpen: (id) => this.openNotes.has(id),
                noteConflictOf: (id) => this.#checklist.noteConflicts.get(id),
                emphasisOf: (practice) => emphasisOf(practice, audience),
                onlyStartingPoints: this.onlyStartingPoints && audience === 'less-power',
                practicesDrawn: drawn[index],
              },
              this.#practiceActions,
            ),
          )}
        </ol>

        ${this.#extras.failed ? extrasNotLoaded() : ''}
        ${extras?.actionsPanel(context, this.#exchange.notice, extras.importNotice(locale, this.#exchange.notice), this.#exchange.canUndoReset, extras.nameFields(this.#checklist.record.profile, this.#setNames), this.#panelActions)}
        ${this.#compareView(context, state.framework, framework)}
        ${this.printingPlan ? extras?.printPlan(context, { framework, responses: this.#checklist.record.responses, suggestions }) : ''}
        ${extras?.printSummary(context, { framework, responseTo: (id) => this.#checklist.responseTo(id) })}
        ${extras?.resetDialog(context, { confirm: this.#confirmReset, cancel: this.#closeDialogs })}
        ${extras?.importDialog(context, this.#exchange.pendingImport, state.framework.version, this.#checklist.record, {
          confirm: this.#confirmImport,
          cancel: this.#closeDialogs,
        })}
      </article>
    `;
  }

  /** Prints the person's record, or the comparison while one is shown (the print rules choose). */
  #print = (): Promise<void> => this.#printing(false);

  #setNames = (change: ProfileChange): void => this.#checklist.setProfile(change);

  /** The comparison to show: once its code has loaded, and only for the framework it was made with. */
  #shownComparison(framework: Framework) {
    const result = this.#compare.result;
    return this.#compareKit && result?.framework === framework ? result : undefined;
  }

  /** Print prints the comparison instead of the person's own record, if it compared anyone: a page saying nobody was compared helps no one. */
  #comparing(framework: Framework): boolean {
    return (this.#shownComparison(framework)?.comparison.names.length ?? 0) > 0;
  }

  #compareView(context: RenderContext, framework: Framework, content: Framework) {
    const result = this.#shownComparison(framework);
    const kit = this.#compareKit;
    if (!result || !kit) return '';
    const { headingLevel, locale, langOf } = context;
    const { comparison, problems } = result;
    return kit.comparisonSection({ headingLevel, locale, framework: content, comparison, problems, langOf }, {
      downloadCsv: () => kit.downloadComparisonCsv(this.renderRoot as ShadowRoot, framework, content, comparison),
      print: this.#print,
      close: async () => {
        this.#compare.close();
        await this.updateComplete;
        this.compareButton?.focus();
      },
    });
  }

  #compareKit?: typeof import('../chunks/compare.js');
  /** "Progress over time", made once the extras have loaded. */
  #snapshots?: InstanceType<typeof import('../chunks/extras.js').SnapshotController>;

  readonly #profileActions = {
    setProfile: (answers: ProfileChange) => {
      this.profileOpen = true;
      this.#checklist.setProfile(answers);
      this.#announceTailoring();
    },
    toggle: (open: boolean) => {
      this.profileOpen = open;
    },
  };

  #toggleFilter = (event: Event): void => {
    this.onlyStartingPoints = (event.target as HTMLInputElement).checked;
  };

  readonly #practiceActions = {
    setReviewed: (behaviourId: string, reviewed: boolean) => {
      this.#checklist.setReviewed(behaviourId, reviewed);
      this.#announceStatus(behaviourId);
    },
    setLevel: (id: string, level: string) => this.#changeAndAnnounce(id, { level }),
    setNotApplicable: (id: string, notApplicable: boolean) => this.#changeAndAnnounce(id, { notApplicable }),
    setNote: (id: string, note: string) => {
      this.#checklist.change(id, { note });
      this.#announceCountSoon(note);
    },
    setNextStep: (id: string, change: { owner: string } | { due: string }) => this.#checklist.change(id, change),
    editingNote: (id: string, editing: boolean) => this.#checklist.editingNote(id, editing),
    // The buttons go once used: focus moves to the note rather than fall to the page.
    resolveNoteConflict: async (id: string, keep: 'mine' | 'theirs') => {
      this.#checklist.resolveNoteConflict(id, keep);
      await this.updateComplete;
      (this.renderRoot as ShadowRoot).getElementById(elementId.note(id))?.focus();
    },
    toggleNote: (id: string, open: boolean) => {
      if (open === this.openNotes.has(id)) return;
      const notes = new Set(this.openNotes);
      if (open) notes.add(id);
      else notes.delete(id);
      this.openNotes = notes;
    },
  };

  #countTimer?: ReturnType<typeof setTimeout>;

  /**
   * Says how many characters are left once typing pauses, as the GOV.UK
   * character count does: announcing every keystroke would drown the typing.
   */
  #announceCountSoon(note: string): void {
    clearTimeout(this.#countTimer);
    this.#countTimer = setTimeout(() => {
      this.announcement = characterCount(this.#language.formatting, note.length, NOTE_MAX_LENGTH);
    }, 1000);
  }

  #changeAndAnnounce(practiceId: string, change: { level: string } | { notApplicable: boolean }): void {
    const behaviourId = this.#checklist.framework?.behaviours.find((behaviour) => behaviour.practices.some((practice) => practice.id === practiceId))?.id;
    const statusBefore = this.#statusOf(behaviourId);
    const before = this.#checklist.responseTo(practiceId);
    this.#checklist.change(practiceId, change);
    const after = this.#checklist.responseTo(practiceId);
    const overall = this.#checklist.score?.overall;
    if (overall) {
      const value = progressValueText(this.#language.formatting, overall);
      this.announcement = msg(str`Overall progress: ${value}`, { desc: 'Announced to screen readers after a change.' });
      // "In place" and "Not applicable" exclude each other: say when one cleared the other.
      const cleared = clearedByChange(before, after);
      if (cleared) this.announcement = `${cleared} ${this.announcement}`;
      // A behaviour going from "Not started" to "In progress" (or back) is said too.
      if (behaviourId && this.#statusOf(behaviourId) !== statusBefore) this.#announceStatus(behaviourId, this.announcement);
    }
  }

  /** The first behaviour not yet reviewed, else the practice changed last; nothing before any change. */
  #continueWhereLeftOff(locale: string) {
    const last = lastChange(this.#checklist.record);
    if (!last) return '';
    const open = this.#checklist.progress?.behaviours.find((progress) => progress.status !== 'reviewed');
    const targetId = open ? elementId.behaviourHeading(open.behaviourId) : last.practiceId ? elementId.practice(last.practiceId) : undefined;
    return targetId ? continueLink(locale, last.changedAt, targetId, this.#continueAt) : '';
  }

  /**
   * A practice on a rating scale is a fieldset, which takes no focus: its
   * first radio does. A practice not on the page (retired, or left out by
   * tailoring) falls back to its behaviour's heading, else the first one.
   */
  #continueAt = (event: Event, targetId: string): void => {
    event.preventDefault();
    const root = this.renderRoot as ShadowRoot;
    const behaviours = this.#checklist.framework?.behaviours ?? [];
    const practiceId = lastChange(this.#checklist.record)?.practiceId;
    const behaviour = behaviours.find((each) => each.practices.some((practice) => practice.id === practiceId)) ?? behaviours[0];
    // The first behaviour too if tailoring left out the practice's own.
    const target = root.getElementById(targetId) ?? [behaviour, behaviours[0]].map((each) => root.getElementById(elementId.behaviourHeading(each?.id ?? ''))).find(Boolean);
    (target?.matches('fieldset') ? target.querySelector('input') : target)?.focus();
  };

  /** A change of profile can change every count: say what the checklist now counts. */
  #announceTailoring(): void {
    const overall = this.#checklist.score?.overall;
    if (!overall) return;
    const locale = this.#language.formatting;
    const value = [progressValueText(locale, overall), optionalCount(locale, overall)].filter(Boolean).join(', ');
    this.announcement = msg(str`Checklist tailored. Overall progress: ${value}`, { desc: 'Announced after an answer about the organisation changes the tailoring, e.g. "Checklist tailored. Overall progress: 0%, 0 of 27 practices in place, 3 optional, not counted".' });
  }

  #statusOf(behaviourId: string | undefined) {
    return this.#checklist.progress?.behaviours.find((progress) => progress.behaviourId === behaviourId)?.status;
  }

  /** "Reviewed, 8 of 8 answered: Develop fair and equal partnerships.", after what was already to be said. */
  #announceStatus(behaviourId: string, before = ''): void {
    const progress = this.#checklist.progress?.behaviours.find((candidate) => candidate.behaviourId === behaviourId);
    const title = this.#language.content?.framework.behaviours.find((behaviour) => behaviour.id === behaviourId)?.title;
    if (!progress || title === undefined) return;
    const status = statusLabel(progress.status);
    const answered = answeredCount(this.#language.formatting, progress);
    // The title last: framework titles may end in a full stop.
    const said = msg(str`${status}, ${answered}: ${title}`, { desc: 'Announced when a behaviour’s status changes, e.g. "Reviewed, 8 of 8 answered: Develop fair and equal partnerships."' });
    this.announcement = before ? `${before}. ${said}` : said;
  }

  readonly #panelActions = {
    exportJson: async () => {
      const kit = await this.#loadExchangeKit();
      const { framework, record } = this.#checklist;
      if (framework && kit) kit.exportJson(this.renderRoot as ShadowRoot, framework, record, this.#checklist.savedUnder);
    },
    downloadCsv: async () => {
      const kit = await this.#loadExchangeKit();
      if (!kit) return;
      const { framework, record } = this.#checklist;
      const content = this.#language.content?.framework;
      const locale = this.#language.formatting;
      if (framework && content) kit.downloadCsv(this.renderRoot as ShadowRoot, framework, content, record, locale, this.#snapshots?.csvColumn(locale));
    },
    chooseImportFile: () => this.importInput?.click(),
    fileChosen: async (event: Event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      await this.#exchange.read(file);
      if (this.#exchange.pendingImport) {
        await this.updateComplete;
        this.importDialogElement?.showModal();
      }
    },
    chooseCompareFiles: () => this.compareInput?.click(),
    compareFilesChosen: async (event: Event) => {
      const input = event.target as HTMLInputElement;
      const files = [...(input.files ?? [])];
      input.value = '';
      const framework = this.#checklist.framework;
      if (files.length === 0 || !framework) return;
      try {
        this.#compareKit ??= await import('../chunks/compare.js');
      } catch {
        this.#exchange.loadFailed();
        return;
      }
      const outcome = await this.#compare.compare(files, framework, this.#compareKit.compareFiles);
      if (outcome === 'load-failed') this.#exchange.loadFailed();
      if (outcome !== 'shown') return;
      // Focus moves to the comparison, so that keyboard and screen reader users find it.
      await this.updateComplete;
      (this.renderRoot as ShadowRoot).getElementById('comparison-title')?.focus();
    },
    print: this.#print,
    printPlan: () => this.#printing(true),
    askToReset: () => this.resetDialogElement?.showModal(),
    undoReset: async () => {
      this.#exchange.undoReset();
      this.announcement = msg('Your progress has been put back.', { desc: 'Shown after Undo of a Reset.' });
      // The Undo button goes; focus stays beside where it was (WCAG 2.4.3), not on the page's body.
      await this.updateComplete;
      this.resetButton?.focus();
    },
  };

  /**
   * Print or Print a plan: the page is drawn for the one asked for before the
   * browser's print dialog opens. The plan stays drawn until printing is over.
   */
  async #printing(plan: boolean): Promise<void> {
    this.printingPlan = plan;
    await this.updateComplete;
    if (plan) window.addEventListener('afterprint', () => (this.printingPlan = false), { once: true });
    window.print();
  }

  /** The unreadable saved data, as it was, so the person can keep it or send it to someone who can help. */
  #downloadUnreadableCopy = (backupKey: string): void => {
    const text = this.#checklist.unreadableCopy(backupKey);
    if (text !== undefined) saveFile(this.renderRoot as ShadowRoot, `${backupKey.replace(/[^A-Za-z0-9.-]+/g, '-')}.json`, text, 'application/json');
  };

  /**
   * Follows a link within the widget: the page's own URL cannot reach into
   * the shadow root, so focus moves to the target (which scrolls it into
   * view) and the address bar keeps the host page's fragment.
   */
  #goTo = (event: Event, targetId: string): void => {
    event.preventDefault();
    (this.renderRoot as ShadowRoot).getElementById(targetId)?.focus();
  };

  #exchangeKit?: typeof import('../chunks/exchange.js');

  /** `undefined`, with a notice saying so, when the file cannot be loaded; the next click tries again. */
  async #loadExchangeKit(): Promise<typeof import('../chunks/exchange.js') | undefined> {
    try {
      return (this.#exchangeKit ??= await import('../chunks/exchange.js'));
    } catch {
      this.#exchange.loadFailed();
      return undefined;
    }
  }

  #confirmReset = (): void => {
    this.#exchange.reset();
    this.openNotes = new Set();
    this.announcement = msg('All progress has been cleared. You can undo this.', { desc: 'Announced to screen readers after Reset; an Undo button follows the Reset button.' });
    this.#closeDialogs();
  };

  #confirmImport = (): void => {
    this.#exchange.confirmImport();
    this.openNotes = this.#practicesWithNotes();
    this.announcement = msg('Progress imported.', { desc: 'Announced to screen readers after an import.' });
    this.#closeDialogs();
  };

  /** Closes whichever dialog is open and gives focus back to the button that opened it. */
  #closeDialogs = (event?: Event): void => {
    event?.preventDefault();
    const importWasOpen = this.importDialogElement?.open;
    this.resetDialogElement?.close();
    this.importDialogElement?.close();
    this.#exchange.cancelImport();
    (importWasOpen ? this.importButton : this.resetButton)?.focus();
  };
}
