import type { ReactiveControllerHost } from 'lit';

const NOTHING_LOADING = Promise.resolve();

/**
 * Code an element loads on first use (a dynamic `import()`, its own file
 * beside the bundle). `load()` starts it; `module` is there once it has
 * loaded, and the host redraws then. A
 * failed load (a network error) is `failed`, for the host to say so, and
 * is not retried on its own, which could loop: a page reload tries again.
 */
export class LazyModule<T> {
  module?: T;
  failed = false;
  #loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<T>,
  ) {}

  /** Starts the load, the first time it is asked for; the host redraws once it has succeeded or failed. */
  load(): void {
    if (this.module || this.failed) return;
    this.#loading ??= this.importer()
      .then(
        (module) => {
          this.module = module;
        },
        () => {
          this.failed = true;
        },
      )
      .finally(() => this.host.requestUpdate());
  }

  /** Settles (never rejects) once a load under way has succeeded or failed. */
  get settled(): Promise<void> {
    return this.#loading ?? NOTHING_LOADING;
  }
}
