/**
 * Tells checklists when a `lang` attribute changes on them or any ancestor,
 * so switching the page's language re-renders them. One observer for the
 * whole page, started when the first checklist connects.
 */
export interface LangListener {
  langMayHaveChanged(): void;
}

const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

export function watchLang(listener: LangListener): void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((each) => each.langMayHaveChanged()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unwatchLang(listener: LangListener): void {
  listeners.delete(listener);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}
