import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What the polite live region says: one voice for every section, so each
 * message replaces the last rather than several regions talking at once.
 */
export class Announcer implements ReactiveController {
  text = '';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  say(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }

  /**
   * Says `words()` once typing has paused for `ms`, as the GOV.UK
   * character count does: announcing every keystroke would drown the typing.
   */
  sayWhenPaused(ms: number, words: () => string): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.say(words()), ms);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
