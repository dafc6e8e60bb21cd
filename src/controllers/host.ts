import type { ReactiveControllerHost } from 'lit';

/** The element as its controllers see it: it redraws on request, and renders into a shadow root. */
export interface ElementHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Ids are looked up in the element's shadow root: the page's own document cannot reach them. */
export function shadowRootOf(host: ElementHost): ShadowRoot {
  return host.renderRoot as ShadowRoot;
}

/** Moves focus to `id` once the next render is done: for a control that a change drew, or took away. */
export async function focusAfterUpdate(host: ElementHost, id: string): Promise<void> {
  await host.updateComplete;
  shadowRootOf(host).getElementById(id)?.focus();
}
