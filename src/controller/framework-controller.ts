import type { ReactiveControllerHost } from 'lit';
import { parseFramework, type Framework } from '../core/index.js';
import { ncvoCollaborativeBehaviours } from '../frameworks/ncvo-collaborative-behaviours.js';

/** Why a framework could not be shown. The element words each in the reader's language. */
export type FrameworkFailure =
  | { readonly kind: 'network'; readonly src: string }
  | { readonly kind: 'http'; readonly src: string; readonly status: number }
  | { readonly kind: 'too-large'; readonly src: string; readonly maxBytes: number }
  | { readonly kind: 'not-json'; readonly src: string }
  | { readonly kind: 'invalid'; readonly src?: string; readonly problems: readonly string[] };

export type FrameworkState =
  | { readonly kind: 'ready'; readonly framework: Framework }
  | { readonly kind: 'loading'; readonly src: string }
  | { readonly kind: 'failed'; readonly failure: FrameworkFailure };

/** A framework file is a few kilobytes; anything this big is not one. */
export const MAX_FRAMEWORK_BYTES = 2_000_000;

let bundled: FrameworkState | undefined;

/** The NCVO framework built into the bundle, validated like any other the first time it is needed. */
function bundledFramework(): FrameworkState {
  return (bundled ??= stateOf(parseFramework(ncvoCollaborativeBehaviours)));
}

function stateOf(parsed: ReturnType<typeof parseFramework>, src?: string): FrameworkState {
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
  state: FrameworkState = bundledFramework();
  #request?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** `object` wins over `src`; with neither, the bundled framework. Call when either changes. */
  choose(object: unknown, src: string | null | undefined): void {
    this.#request?.abort();
    this.#request = undefined;
    if (object !== undefined && object !== null) this.#settle(stateOf(parseFramework(object)));
    else if (src) void this.#fetch(src);
    else this.#settle(bundledFramework());
  }

  async #fetch(src: string): Promise<void> {
    const request = new AbortController();
    this.#request = request;
    this.#settle({ kind: 'loading', src });
    const state = await fetchFramework(src, request.signal);
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
  let text: string;
  try {
    text = await response.text();
  } catch {
    return failed({ kind: 'network', src });
  }
  if (text.length > MAX_FRAMEWORK_BYTES) return failed({ kind: 'too-large', src, maxBytes: MAX_FRAMEWORK_BYTES });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return failed({ kind: 'not-json', src });
  }
  return stateOf(parseFramework(data), src);
}
