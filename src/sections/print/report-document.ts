import { msg, str } from '@lit/localize';
import { render } from 'lit';

/** A printed report, ready to go into a document of its own (docs/decisions.md, "The report alone"). */
export interface Report {
  /** The report's template: title block first, then the report's sections. */
  readonly content: unknown;
  /** The document's title: a PDF's title, and what a browser's page header shows. */
  readonly title: string;
  readonly lang: string;
  readonly dir: string;
  /** The element's stylesheets, in cascade order: copied, since a sheet belongs to one document. */
  readonly sheets: readonly CSSStyleSheet[];
}

/**
 * Puts the report, and nothing else, into `document`: its body becomes a
 * shadow host holding the report, so the widget's styles, written for its
 * shadow root (`:host` and all), apply unchanged. Styles go in as sheets
 * constructed from that document's own window, never as <style>, which a
 * strict CSP (style-src 'self') forbids; the nodes are made by that
 * document (creationScope). @font-face and @page rules go to the document
 * itself, where engines read them. The same function fills the print frame
 * and, in the PDF test, a page of its own (test/print).
 */
export function renderReport(document: Document, report: Report): void {
  const view = document.defaultView!;
  const sheet = (rules: string) => {
    const made = new view.CSSStyleSheet();
    made.replaceSync(rules);
    return made;
  };
  const inDocument: string[] = [DOCUMENT_RULES, pageNumbers()];
  const inReport = report.sheets.map((source) => {
    const rules: string[] = [];
    for (const rule of Array.from(source.cssRules)) (rule.type === CSSRule.FONT_FACE_RULE || rule.type === CSSRule.PAGE_RULE ? inDocument : rules).push(rule.cssText);
    return sheet(rules.join('\n'));
  });
  document.title = report.title;
  document.documentElement.lang = report.lang;
  document.documentElement.dir = report.dir;
  document.adoptedStyleSheets = [sheet(inDocument.join('\n'))];
  const root = document.body.shadowRoot ?? document.body.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = inReport;
  render(report.content, root, { creationScope: document });
}

/** The page's own margins are the browser's (its print dialog's), never set here: the report fits any from 6 mm. */
const DOCUMENT_RULES = 'html,body{margin:0;padding:0;background:#fff}';

/**
 * "Page 2 of 5" at the foot of each page, in the checklist's language, where
 * the engine draws @page margin boxes (Chromium 131 on; Firefox and WebKit
 * ignore the rule and print no numbers: README, Browser support). Centred:
 * Chromium's own footer, when a person turns headers and footers on, puts
 * the address on the left and its page number on the right.
 */
function pageNumbers(): string {
  const sentence = msg(str`Page ${PAGE} of ${PAGES}`, { desc: 'Printed at the foot of each page of a report, e.g. "Page 2 of 5". Keep both numbers; their order may change.' });
  const content = sentence
    .split(/([\u0001\u0002])/)
    .map((piece) => (piece === PAGE ? 'counter(page)' : piece === PAGES ? 'counter(pages)' : cssString(piece)))
    .join(' ');
  return `@page{@bottom-center{content:${content};font:8pt sans-serif;color:#000}}`;
}

/** Stand-ins the translated sentence keeps, for the page's number and the count of pages. */
const PAGE = '\u0001';
const PAGES = '\u0002';

/** Text as a CSS string: every quote, backslash and line break escaped, so a translation stays one value. */
const cssString = (text: string) => `"${text.replace(/["\\\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/** What a print leaves behind until the browser says it is done. */
export interface PrintedReport {
  remove(): void;
}

/**
 * Prints the report from a hidden frame of its own (about:blank, so it
 * shares the page's origin and CSP): only the report prints, never the
 * host page around the widget. The frame stays until the browser says
 * printing is over (afterprint), or the next print or the element leaving
 * the page removes it: some engines return from print() before the page is
 * spooled, and a frame removed then would print blank. Hidden with
 * visibility, not display: a frame that is not laid out prints blank in
 * Chromium.
 */
export async function printReport(report: Report, container: Node): Promise<PrintedReport> {
  const frame = (container.ownerDocument ?? document).createElement('iframe');
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  // Through the CSSOM, which a strict CSP allows (a style attribute it would not).
  Object.assign(frame.style, { position: 'fixed', top: '0', left: '0', width: '100%', height: '100%', border: '0', visibility: 'hidden', pointerEvents: 'none', zIndex: '-1' });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  container.appendChild(frame);
  // Chromium and WebKit load a frame without src at once; Firefox fires load after.
  if (frame.contentDocument?.readyState !== 'complete') await loaded;
  const printed = { remove: () => frame.remove() };
  const frameWindow = frame.contentWindow!;
  renderReport(frameWindow.document, report);
  await frameWindow.document.fonts.ready;
  frameWindow.addEventListener('afterprint', () => setTimeout(printed.remove), { once: true });
  frameWindow.focus();
  frameWindow.print();
  return printed;
}

/** The element's stylesheets in cascade order: adopted, or, where a browser cannot adopt, its <style> elements'. */
export function sheetsOf(root: ShadowRoot): CSSStyleSheet[] {
  const inElements = Array.from(root.querySelectorAll('style'), (style) => style.sheet).filter((sheet) => sheet !== null);
  return [...root.adoptedStyleSheets, ...inElements];
}
