import { firstUnanswered, lastChangedAt } from '../../core/index.js';
import type { ChecklistController } from '../../controllers/checklist-controller.js';
import { shadowRootOf, type ElementHost } from '../../controllers/host.js';
import { elementId } from '../../shared/element-ids.js';

/** Where "Continue where you left off" goes once every practice is answered: the plan, else Save, share or print. */
const AFTER_THE_PRACTICES = ['next-steps-title', 'actions-title'];

/** For coming back: where to carry on, and the links within the widget that move focus there. */
export class ProgressSummaryController {
  constructor(
    private readonly host: ElementHost,
    private readonly checklist: ChecklistController,
  ) {}

  /** The first practice nothing answers yet, else the plan; nothing before any change. */
  get continueAt(): { readonly changedAt: string; readonly targetId: string } | undefined {
    const changedAt = lastChangedAt(this.checklist.record);
    const framework = this.checklist.framework;
    if (!changedAt || !framework) return undefined;
    const practice = firstUnanswered(framework, this.checklist.record.responses, this.checklist.record.reviews);
    return { changedAt, targetId: practice ? elementId.practice(practice.id) : AFTER_THE_PRACTICES[0] };
  }

  /**
   * A practice on a rating scale is a fieldset, which takes no focus: its
   * first radio does. A practice not on the page (hidden by "Show only good
   * places to start", or not drawn yet) falls back to its behaviour's
   * heading; with no plan shown, Save, share or print.
   */
  continue = (event: Event, targetId: string): void => {
    event.preventDefault();
    const root = shadowRootOf(this.host);
    const behaviourId = this.checklist.framework?.behaviours.find((behaviour) => behaviour.practices.some((practice) => elementId.practice(practice.id) === targetId))?.id;
    const candidates = behaviourId ? [targetId, elementId.behaviourHeading(behaviourId)] : AFTER_THE_PRACTICES;
    const target = candidates.map((id) => root.getElementById(id)).find((each) => each && each.getClientRects().length > 0);
    (target?.matches('fieldset') ? target.querySelector('input') : target)?.focus();
  };

  /**
   * Follows a link within the widget: the page's own URL cannot reach into
   * the shadow root, so focus moves to the target (which scrolls it into
   * view) and the address bar keeps the host page's fragment.
   */
  goTo = (event: Event, targetId: string): void => {
    event.preventDefault();
    shadowRootOf(this.host).getElementById(targetId)?.focus();
  };
}
