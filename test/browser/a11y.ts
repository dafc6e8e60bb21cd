// axe audits for the component tests: every audit in Chromium, the first of each test file in Firefox and WebKit.
import { expect } from '@open-wc/testing';
import { engine, fullDepth } from './engine.js';

let auditedInThisFile = false;

/**
 * `await expect(element).to.be.accessible()` (axe-core), in full in
 * Chromium. In Firefox and WebKit one audit of the whole widget takes
 * seconds (1.8–4.8 s in WebKit, against 0.2–0.3 s in Chromium), so there only
 * the first call in each test file audits; later calls do nothing. Each test
 * file loads this module afresh, so every file still has its axe run in every
 * engine, and every state audited is audited in Chromium. Contrast and names
 * are computed by axe from the DOM and CSS, which the engines share; what
 * differs per engine (roles and names given to assistive technology) is
 * checked by the accessibility snapshots, which still run everywhere.
 */
export async function expectAccessible(element: Element): Promise<void> {
  if (!fullDepth && auditedInThisFile) return;
  auditedInThisFile = true;
  await expect(element, `axe in ${engine}`).to.be.accessible();
}

/** A node of the accessibility tree, as @web/test-runner-commands' a11ySnapshot gives it. */
export interface AXNode {
  role: string;
  name: string;
  checked?: boolean | 'mixed';
  level?: number;
  children?: AXNode[];
}

/** Every node of an accessibility tree, depth first. */
export const allNodes = (node: AXNode): AXNode[] => [node, ...(node.children ?? []).flatMap(allNodes)];
