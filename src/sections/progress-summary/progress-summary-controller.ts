import { lastChange } from '../../core/index.js';
import type { ChecklistController } from '../../controllers/checklist-controller.js';
import { shadowRootOf, type ElementHost } from '../../controllers/host.js';
import { elementId } from '../../shared/element-ids.js';

/** For coming back: where to carry on, and the links within the widget that move focus there. */
export class ProgressSummaryController {
  constructor(
    private readonly host: ElementHost,
    private readonly checklist: ChecklistController,
  ) {}

  /** The first behaviour not yet reviewed, else the practice changed last; nothing before any change. */
  get continueAt(): { readonly changedAt: string; readonly targetId: string } | undefined {
    const last = lastChange(this.checklist.record);
    if (!last) return undefined;
    const open = this.checklist.progress?.behaviours.find((progress) => progress.status !== 'reviewed');
    const targetId = open ? elementId.behaviourHeading(open.behaviourId) : last.practiceId ? elementId.practice(last.practiceId) : undefined;
    return targetId === undefined ? undefined : { changedAt: last.changedAt, targetId };
  }

  /**
   * A practice on a rating scale is a fieldset, which takes no focus: its
   * first radio does. A practice not on the page (retired, or left out by
   * tailoring) falls back to its behaviour's heading, else the first one.
   */
  continue = (event: Event, targetId: string): void => {
    event.preventDefault();
    const root = shadowRootOf(this.host);
    const behaviours = this.checklist.framework?.behaviours ?? [];
    const practiceId = lastChange(this.checklist.record)?.practiceId;
    const behaviour = behaviours.find((each) => each.practices.some((practice) => practice.id === practiceId)) ?? behaviours[0];
    // The first behaviour too if tailoring left out the practice's own.
    const target = root.getElementById(targetId) ?? [behaviour, behaviours[0]].map((each) => root.getElementById(elementId.behaviourHeading(each?.id ?? ''))).find(Boolean);
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
