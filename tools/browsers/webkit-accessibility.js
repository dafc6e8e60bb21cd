// The accessibility snapshot (a11ySnapshot) in WebKit, built from WebDriver computed roles and labels.
/**
 * page.accessibility.snapshot() for WebKit over WebDriver.
 *
 * WebDriver exposes what WebKit computes for assistive technology one element
 * at a time: its role (Get Computed Role) and its accessible name (Get
 * Computed Label). The page script below lists the elements that can carry a
 * role, in the composed tree (shadow roots and slots included), leaving out
 * what WebKit keeps from assistive technology: display:none, aria-hidden,
 * inert, and everything outside an open modal dialog. WebKit then names each
 * one, and nodes with a meaningful role are nested as puppeteer nests its
 * "interesting" nodes, in the same shape ({ role, name, checked, level,
 * modal, description, children }), so tests check one shape in every engine;
 * focusable elements are kept whatever their role, as puppeteer keeps them.
 * The states WebDriver does not expose (checked, level, modal, expanded,
 * description) are read from the DOM attributes the engine maps them from.
 */
export async function accessibilitySnapshot(session, { root = null } = {}) {
  if (root) throw new Error('a11ySnapshot({ selector }) is not supported in WebKit by tools/browsers/webkit.js: take the whole page.');
  // Two frames: what the last update rendered is what assistive technology gets.
  await session.execute('return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  const candidates = await session.execute(LIST_CANDIDATES);
  const computed = await inBatches(candidates, async ({ element }) => ({
    role: await session.computedRole(element),
    name: await session.computedLabel(element),
  }));
  const top = { role: 'RootWebArea', name: await session.execute('return document.title'), children: [] };
  const placed = [];
  candidates.forEach((candidate, index) => {
    const { role, name } = computed[index];
    const parent = candidate.parent === -1 ? top : placed[candidate.parent];
    // Focusable elements are kept whatever their role, as puppeteer keeps them:
    // WebKit gives <summary> no ARIA role, for one.
    if (UNINTERESTING.has(role) && !candidate.focusable) {
      placed[index] = parent;
      return;
    }
    const node = { role, name, ...candidate.states, children: [] };
    parent.children.push(node);
    placed[index] = node;
  });
  return withoutEmptyChildren(top);
}

/** Roles WebKit gives to elements that only group or style: puppeteer leaves them out too. */
const UNINTERESTING = new Set(['', 'generic', 'none', 'presentation', 'Ignored', 'ignored']);

/** A few requests at a time: the driver answers one page's commands in order anyway. */
async function inBatches(items, work, size = 8) {
  const results = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  }
  return results;
}

function withoutEmptyChildren(node) {
  if (!node.children.length) {
    const { children: _, ...rest } = node;
    return rest;
  }
  return { ...node, children: node.children.map(withoutEmptyChildren) };
}

/** Runs in the page: [{ element, parent (index of the nearest listed ancestor, or -1), states }]. */
const LIST_CANDIDATES = `
  const SEMANTIC = new Set(['A', 'ARTICLE', 'ASIDE', 'BUTTON', 'DETAILS', 'DIALOG', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM',
    'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'IMG', 'INPUT', 'LI', 'MAIN', 'METER', 'NAV', 'OL', 'OPTION', 'OUTPUT',
    'PROGRESS', 'SECTION', 'SELECT', 'SUMMARY', 'TABLE', 'TD', 'TEXTAREA', 'TH', 'TR', 'UL']);
  const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'LINK', 'META', 'HEAD']);
  const composedChildren = (element) => {
    if (element.shadowRoot) return [...element.shadowRoot.children];
    if (element.localName === 'slot') {
      const assigned = element.assignedElements({ flatten: true });
      return assigned.length ? assigned : [...element.children];
    }
    return [...element.children];
  };
  const hidden = (element) =>
    element.getAttribute('aria-hidden') === 'true' || element.inert ||
    (getComputedStyle(element).display === 'none');
  const walkAll = (element, visit) => {
    if (SKIPPED.has(element.tagName) || hidden(element)) return;
    if (visit(element) === false) return;
    for (const child of composedChildren(element)) walkAll(child, visit);
  };
  let modal = null;
  walkAll(document.body, (element) => {
    if (element.localName === 'dialog' && element.matches(':modal')) modal = element;
  });
  const describedBy = (element) => (element.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean)
    .map((id) => element.getRootNode().getElementById(id)?.textContent.trim() ?? '').filter(Boolean).join(' ');
  const states = (element) => {
    const result = {};
    const ariaChecked = element.getAttribute('aria-checked');
    if (ariaChecked) result.checked = ariaChecked === 'mixed' ? 'mixed' : ariaChecked === 'true';
    else if (element.localName === 'input' && ['checkbox', 'radio'].includes(element.type)) result.checked = element.checked;
    const heading = /^h([1-6])$/.exec(element.localName);
    const level = element.getAttribute('aria-level') || (heading && heading[1]);
    if (level) result.level = Number(level);
    if ((element.localName === 'dialog' && element.matches(':modal')) || element.getAttribute('aria-modal') === 'true') result.modal = true;
    const expanded = element.getAttribute('aria-expanded') ??
      (element.localName === 'summary' && element.parentElement?.localName === 'details' ? String(element.parentElement.open) : null);
    if (expanded !== null) result.expanded = expanded === 'true';
    if (element.matches(':disabled') || element.getAttribute('aria-disabled') === 'true') result.disabled = true;
    const description = describedBy(element);
    if (description) result.description = description;
    return result;
  };
  const listed = [];
  const visit = (element, parent) => {
    if (SKIPPED.has(element.tagName) || hidden(element)) return;
    let index = parent;
    const mayHaveRole = SEMANTIC.has(element.tagName) || element.hasAttribute('role') || element.hasAttribute('aria-label') ||
      element.hasAttribute('aria-labelledby') || element.hasAttribute('aria-live') || element.hasAttribute('tabindex');
    if (mayHaveRole) {
      index = listed.length;
      const focusable = element.matches('a[href], button, input, select, textarea, summary, [tabindex]') && !element.matches(':disabled');
      listed.push({ element, parent, focusable, states: states(element) });
    }
    for (const child of composedChildren(element)) visit(child, index);
  };
  visit(modal ?? document.body, -1);
  return listed;
`;
