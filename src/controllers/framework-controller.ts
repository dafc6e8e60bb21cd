import type { ReactiveControllerHost } from 'lit';
import type { Framework } from '../core/framework/framework-schema.js';
import { ncvoCollaborativeBehaviours } from '../frameworks/ncvo-collaborative-behaviours.js';

/** Why a framework could not be shown. The element words each in the reader's language. */
export type FrameworkFailure =
  | { readonly kind: 'network'; readonly src: string }
  | { readonly kind: 'http'; readonly src: string; readonly status: number }
  | { readonly kind: 'too-large'; readonly src: string; readonly maxBytes: number }
  | { readonly kind: 'not-json'; readonly src: string }
  /** The code that checks a framework (its own file, loaded on first use) could not be loaded. */
  | { readonly kind: 'checker-not-loaded'; readonly src?: string }
  | { readonly kind: 'invalid'; readonly src?: string; readonly problems: readonly string[] };

export type FrameworkState =
  | { readonly kind: 'ready'; readonly framework: Framework }
  /** `src` when a file is being fetched; without it, a host's object is being checked. */
  | { readonly kind: 'loading'; readonly src?: string }
  | { readonly kind: 'failed'; readonly failure: FrameworkFailure };

/** A framework file is a few kilobytes; anything this big is not one. */
export const MAX_FRAMEWORK_BYTES = 2_000_000;

/** Checked when it was built (see ncvo-collaborative-behaviours.ts), so shown at once. */
const BUNDLED: FrameworkState = { kind: 'ready', framework: ncvoCollaborativeBehaviours };

/**
 * Checks a framework a page brought. The checks (the framework format, in
 * valibot) are their own file, loaded the first time a page brings one: the
 * bundled framework needs none of it.
 */
async function checked(input: unknown, src?: string): Promise<FrameworkState> {
  let parseFramework: typeof import('./framework-checks.js').parseFramework;
  try {
    ({ parseFramework } = await import('./framework-checks.js'));
  } catch {
    return { kind: 'failed', failure: { kind: 'checker-not-loaded', ...(src === undefined ? {} : { src }) } };
  }
  const parsed = parseFramework(input);
  return parsed.ok
    ? { kind: 'ready', framework: parsed.value }
    : { kind: 'failed', failure: { kind: 'invalid', problems: parsed.problems, ...(src === undefined ? {} : { src }) } };
}

/**
 * Decides which framework a checklist shows: an object a host page set
 * (`framework`), else one fetched from `framework-src`, else the bundled
 * NCVO framework. Fetching never throws: every failure becomes a state the
 * element explains, naming what failed and where.
 */
export class FrameworkController {
  state: FrameworkState = BUNDLED;
  /**
   * Settles (never rejects) once a host's object is checked: quick, but the
   * checks are loaded on first use. A file being fetched is not waited for:
   * the element shows that it is loading.
   */
  checking: Promise<void> = Promise.resolve();
  #request?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** `object` wins over `src`; with neither, the bundled framework. Call when either changes. */
  choose(object: unknown, src: string | null | undefined): void {
    this.#request?.abort();
    this.#request = undefined;
    this.checking = Promise.resolve();
    if (object !== undefined && object !== null) this.checking = this.#await({ kind: 'loading' }, () => checked(object));
    else if (src) void this.#await({ kind: 'loading', src }, (request) => fetchFramework(src, request.signal));
    else this.#settle(BUNDLED);
  }

  async #await(meanwhile: FrameworkState, next: (request: AbortController) => Promise<FrameworkState>): Promise<void> {
    const request = new AbortController();
    this.#request = request;
    this.#settle(meanwhile);
    const state = await next(request);
    if (this.#request === request) this.#settle(state);
  }

  #settle(state: FrameworkState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

async function fetchFramework(src: string, signal: AbortSignal): Promise<FrameworkState> {
  const failed = (failure: FrameworkFailure): FrameworkState => ({ kind: 'failed', failure });
  let response: Response;
  try {
    response = await fetch(new URL(src, document.baseURI), { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    return failed({ kind: 'network', src });
  }
  if (!response.ok) return failed({ kind: 'http', src, status: response.status });
  const tooLarge = failed({ kind: 'too-large', src, maxBytes: MAX_FRAMEWORK_BYTES });
  // Refused before the download when the server says how big it is, and
  // stopped as soon as it passes the limit when it does not (or lies).
  if (Number(response.headers.get('Content-Length')) > MAX_FRAMEWORK_BYTES) {
    void response.body?.cancel().catch(() => undefined);
    return tooLarge;
  }
  let text: string | undefined;
  try {
    text = await readUpTo(response, MAX_FRAMEWORK_BYTES);
  } catch {
    return failed({ kind: 'network', src });
  }
  if (text === undefined) return tooLarge;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return failed({ kind: 'not-json', src });
  }
  return checked(data, src);
}

/** The body as text, or `undefined` as soon as it passes `maxBytes` (the rest is never downloaded). */
async function readUpTo(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
