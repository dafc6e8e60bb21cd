import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Practices drawn per animation frame: about 50 ms of work on a slow
 * machine, so a framework of thousands of practices shows its first
 * behaviour at once and stays responsive while the rest are drawn.
 */
export const PRACTICES_PER_FRAME = 100;

/**
 * Draws a long checklist a slice at a time, one slice per animation frame,
 * rather than all at once (5,000 practices took seconds before anything
 * showed). Everything drawn is in the page as usual, for screen readers and
 * find-in-page (unlike `content-visibility`, see docs/decisions.md); what is
 * not drawn yet follows within frames. A checklist of up to
 * PRACTICES_PER_FRAME practices is drawn whole in its first render.
 */
export class ProgressiveDraw implements ReactiveController {
  #drawn = PRACTICES_PER_FRAME;
  #total = 0;
  #frame?: number;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts again from the first slice, for a checklist of `total` practices. */
  restart(total: number): void {
    this.#drawn = PRACTICES_PER_FRAME;
    this.#total = total;
  }

  /** How many of each group's practices to draw now, in order: the first groups fill first. */
  limits(sizes: readonly number[]): number[] {
    let left = this.#drawn;
    return sizes.map((size) => {
      const limit = Math.min(size, left);
      left -= limit;
      return limit;
    });
  }

  hostUpdated(): void {
    if (this.#drawn >= this.#total || this.#frame !== undefined) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      this.#drawn += PRACTICES_PER_FRAME;
      this.host.requestUpdate();
    });
  }

  /** Taken out of the page mid-draw and put back: the rest is drawn from where it stopped. */
  hostConnected(): void {
    if (this.#drawn < this.#total) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }
}
