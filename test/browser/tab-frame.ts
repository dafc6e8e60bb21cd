/** The window of a frame holding pages/tab.html: the widget's module, loaded as in a tab of its own. */
export type TabWindow = Window & typeof globalThis;

const TAB_PAGE = new URL('./pages/tab.html', import.meta.url).href;

/**
 * Opens pages/tab.html in a same-origin frame of this page, as another tab
 * on the same storage, and resolves once the frame has defined the element.
 */
export async function openTabFrame(height: number): Promise<{ frame: HTMLIFrameElement; win: TabWindow }> {
  const frame = document.createElement('iframe');
  frame.title = 'Checklist tab';
  frame.width = '700';
  frame.height = String(height);
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = TAB_PAGE;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as TabWindow;
  await win.customElements.whenDefined('collab-checklist');
  return { frame, win };
}
