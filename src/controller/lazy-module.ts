import type { ReactiveControllerHost } from 'lit';

const NOTHING_LOADING = Promise.resolve();

/**
 * Code an element loads on first use (a dynamic `import()`, its own file
 * beside the bundle). `get()` starts the load the first time it is asked
 * and returns the module once it is there, redrawing the host then. A
 * failed load (a network error) is `failed`, for the host to say so, and
 * is not retried on its own, which could loop: a page reload tries again.
 */
export class LazyModule<T> {
  module?: T;
  failed = false;
  #loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
  ) {}

  get(): T | undefined {
    if (!this.module && !this.failed) {
      this.#loading ??= this.load()
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
    return this.module;
  }

  /** Settles (never rejects) once a load under way has succeeded or failed. */
  get settled(): Promise<void> {
    return this.#loading ?? NOTHING_LOADING;
  }
}
