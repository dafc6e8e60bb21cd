import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * GOV.UK Frontend sets its font on its own classes (`govuk-body` and the
 * rest), not on `body`, so on its pages a widget that inherits its font
 * would show in the browser's default (often Times New Roman) beside GOV.UK
 * text. Its stylesheet marks the page with `--govuk-frontend-version` on the
 * root element. There, each time the element joins the page, it reads the
 * font of GOV.UK body text from a hidden probe paragraph and gives it to the
 * styles as `--_govuk-font`, the default under `--collab-font-family`. Read
 * from the page, it is whatever font the service set (GDS Transport on
 * gov.uk). Anywhere else this reads one custom property and does nothing.
 */
export class GovukFontController implements ReactiveController {
  #sheet?: CSSStyleSheet;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  hostConnected(): void {
    const font = govukBodyFont(this.host.ownerDocument);
    const root = this.host.shadowRoot;
    if (!root || (!font && !this.#sheet)) return;
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      this.#sheet.insertRule(':host {}');
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    }
    // Through the CSSOM, never CSS text: the value stays one declaration.
    const rule = this.#sheet.cssRules[0] as CSSStyleRule;
    if (font) rule.style.setProperty('--_govuk-font', font);
    else rule.style.removeProperty('--_govuk-font');
  }
}

/** GOV.UK body text's font on a GOV.UK Frontend page, or undefined elsewhere. */
function govukBodyFont(document: Document): string | undefined {
  const view = document.defaultView;
  if (!view?.getComputedStyle(document.documentElement).getPropertyValue('--govuk-frontend-version')) return undefined;
  const probe = document.createElement('p');
  probe.className = 'govuk-body';
  probe.hidden = true;
  (document.body ?? document.documentElement).append(probe);
  const font = view.getComputedStyle(probe).fontFamily;
  probe.remove();
  return font || undefined;
}
