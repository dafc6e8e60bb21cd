import { waitUntil } from '../../browser/wait.js';

/**
 * Runs `press` (a click on Print, Print a plan or the comparison's print
 * button) and resolves with the report document the widget printed from
 * its frame. The frame's print() is counted instead of opening the
 * browser's print dialog, which would stop the test: `win` is the window
 * whose frames are watched (a test page's, for one opened in a frame);
 * `watch` sees each frame's window before the report is rendered into it.
 */
export async function printedReport(press: () => void, win: Window & typeof globalThis = window, watch?: (frameWindow: Window) => void): Promise<Document> {
  const prototype = win.HTMLIFrameElement.prototype;
  const real = Object.getOwnPropertyDescriptor(prototype, 'contentWindow')!;
  let printed: Document | undefined;
  const printers = new WeakSet<Window>();
  Object.defineProperty(prototype, 'contentWindow', {
    ...real,
    get(this: HTMLIFrameElement) {
      const frameWindow = real.get!.call(this) as Window | null;
      if (frameWindow && !printers.has(frameWindow)) {
        printers.add(frameWindow);
        watch?.(frameWindow);
        frameWindow.print = () => {
          printed = frameWindow.document;
        };
      }
      return frameWindow;
    },
  });
  try {
    press();
    await waitUntil(() => printed, 'the widget asks the browser to print its report');
  } finally {
    Object.defineProperty(prototype, 'contentWindow', real);
  }
  return printed!;
}

/** The report in a printed document: its body's shadow root (report-document.ts). */
export const reportIn = (document: Document) => document.body.shadowRoot!;
