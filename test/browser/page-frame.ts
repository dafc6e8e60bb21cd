/** The window of a test page opened in a frame: the widget's module, loaded as in a page or tab of its own. */
export type PageWindow = Window & typeof globalThis;

const TAB_PAGE = new URL('./pages/tab.html', import.meta.url).href;

/**
 * Opens `src` (a page under test/browser/pages) in a same-origin frame of
 * this page, and resolves once the frame has defined the element.
 */
export async function openPageFrame(src: string, title: string, width: number, height: number): Promise<{ frame: HTMLIFrameElement; win: PageWindow }> {
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.width = String(width);
  frame.height = String(height);
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  await win.customElements.whenDefined('collab-checklist');
  return { frame, win };
}

/** pages/tab.html in a frame: another tab on the same storage, as far as a page can tell. */
export const openTabFrame = (height: number) => openPageFrame(TAB_PAGE, 'Checklist tab', 700, height);
