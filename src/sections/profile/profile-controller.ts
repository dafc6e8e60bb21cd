import { msg, str } from '@lit/localize';
import type { ReactiveControllerHost } from 'lit';
import type { ProfileChange } from '../../core/index.js';
import type { Announcer } from '../../controllers/announcer.js';
import type { ChecklistController } from '../../controllers/checklist-controller.js';
import type { LanguageController } from '../../controllers/language-controller.js';
import { optionalCount, progressValueText } from '../../shared/progress-text.js';

/** "About your organisation": whether it is unfolded, and its answers, which tailor the checklist. */
export class ProfileController {
  /** Starts folded; set once the person opens or answers it. */
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly checklist: ChecklistController,
    private readonly language: LanguageController,
    private readonly announcer: Announcer,
  ) {}

  setProfile = (answers: ProfileChange): void => {
    // Saving the answers redraws the element.
    this.open = true;
    this.checklist.setProfile(answers);
    this.#announceTailoring();
  };

  toggle = (open: boolean): void => {
    this.open = open;
    this.host.requestUpdate();
  };

  /** Your name and Organisation name (in Save, share or print) change the profile without unfolding it. */
  setNames = (change: ProfileChange): void => this.checklist.setProfile(change);

  /** A change of profile can change every count: say what the checklist now counts. */
  #announceTailoring(): void {
    const overall = this.checklist.score?.overall;
    if (!overall) return;
    const locale = this.language.formatting;
    const value = [progressValueText(locale, overall), optionalCount(locale, overall)].filter(Boolean).join(', ');
    this.announcer.say(msg(str`Checklist tailored. Overall progress: ${value}`, { desc: 'Announced after an answer about the organisation changes the tailoring, e.g. "Checklist tailored. Overall progress: 0%, 0 of 27 practices in place, 3 optional, not counted".' }));
  }
}
