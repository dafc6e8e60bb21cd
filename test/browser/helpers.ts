import { fixture, nextFrame } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { TemplateResult } from 'lit';
import '../../src/collab-checklist.js';
import type { CollabChecklist } from '../../src/index.js';
import ncvo from '../../framework/ncvo-collaborative-behaviours.json';

export { waitUntil } from './wait.js';

export const NCVO_KEY = `collab-checklist:${ncvo.id}`;
export const allPractices = ncvo.behaviours.flatMap((behaviour) => behaviour.practices);

export async function render(template: TemplateResult): Promise<CollabChecklist> {
  const element = await fixture<CollabChecklist>(template);
  await element.updateComplete;
  return element;
}

export function $(element: CollabChecklist, selector: string): HTMLElement {
  const found = element.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`No ${selector} in <collab-checklist>`);
  return found;
}

export function $$(element: CollabChecklist, selector: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export const tickBox = (element: CollabChecklist, practiceId: string) => $(element, `#practice-${practiceId}`) as HTMLInputElement;
export const naBox = (element: CollabChecklist, practiceId: string) => $(element, `#na-${practiceId}`) as HTMLInputElement;
/** A practice's notes field; the notes are opened first (closed ones are not rendered), as a person would. */
export async function noteField(element: CollabChecklist, practiceId: string): Promise<HTMLTextAreaElement> {
  const existing = element.shadowRoot!.querySelector<HTMLTextAreaElement>(`#note-${practiceId}`);
  if (existing) return existing;
  const details = $(element, `#practice-${practiceId}`).closest('li')!.querySelector('details')!;
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
  await element.updateComplete;
  return $(element, `#note-${practiceId}`) as HTMLTextAreaElement;
}

/** Clicks like a person (the element's own listeners run) and waits for the re-render. */
export async function click(element: CollabChecklist, control: HTMLElement): Promise<void> {
  control.click();
  await element.updateComplete;
}

export async function typeNote(element: CollabChecklist, practiceId: string, text: string): Promise<void> {
  const field = await noteField(element, practiceId);
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
}

export function overallBar(element: CollabChecklist): HTMLElement {
  return $(element, '[part="overall-progress"] [role="progressbar"]');
}

export function storedRecord(key = NCVO_KEY): { responses: Record<string, { level: string; notApplicable: boolean; note: string; owner?: string; due?: string }> } {
  return JSON.parse(localStorage.getItem(key) ?? 'null');
}

/** Leaves saved progress in storage as an earlier visit would have (format 1), for `framework`. */
export function storeProgress(fields: { savedAt: string; responses: object; reviews?: object }, framework: { id: string; version: string } = ncvo): void {
  localStorage.setItem(
    `collab-checklist:${framework.id}`,
    JSON.stringify({ format: 'collab-checklist-progress', formatVersion: 1, framework: { id: framework.id, version: framework.version }, ...fields }),
  );
}

/** Re-creates the element, as a reload of the page would. */
export async function reload(element: CollabChecklist, template: TemplateResult): Promise<CollabChecklist> {
  element.remove();
  await nextFrame();
  return render(template);
}

/** Makes every localStorage call throw, as private modes and disabled storage do. */
export function breakStorage(): () => void {
  const proto = Storage.prototype;
  const saved = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
  const fail = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  proto.getItem = fail;
  proto.setItem = fail;
  proto.removeItem = fail;
  return () => Object.assign(proto, saved);
}

/** A sitting's worth of answers: two ticks, one not applicable, and a note with Welsh letters and quotes. */
export async function fillInSample(element: CollabChecklist): Promise<void> {
  const [first, second, third, fourth] = allPractices;
  await click(element, tickBox(element, first.id));
  await click(element, tickBox(element, second.id));
  await click(element, naBox(element, third.id));
  await typeNote(element, fourth.id, 'Ask Siân and Gwŷn about the Ŵyl partnership, "soon", then report back');
}

export interface Download {
  readonly name: string;
  readonly text: string;
  readonly type: string;
}

/** Watches the element's downloads: keeps each file and stops the browser saving it. */
/** Types `value` into a text field as a person would, then leaves it: `input`, then `change`. */
export async function typeInto(element: CollabChecklist, field: HTMLInputElement, value: string): Promise<void> {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

/**
 * Types By when's day, month and year into a practice's open notes as a
 * person would (in the group, `input` on each field), then leaves the group.
 */
export async function typeDate(element: CollabChecklist, practiceId: string, day: string, month: string, year: string): Promise<void> {
  const fields = (['day', 'month', 'year'] as const).map((part) => $(element, `#${part}-${practiceId}`) as HTMLInputElement);
  fields[0].focus();
  [day, month, year].forEach((value, index) => {
    fields[index].value = value;
    fields[index].dispatchEvent(new Event('input', { bubbles: true }));
  });
  fields[0].blur();
  await element.updateComplete;
}

/** Chooses files in the element's real Compare answers input, as the file chooser would. */
export function chooseCompareFiles(element: CollabChecklist, files: readonly File[]): void {
  const input = $(element, '.compare-input') as HTMLInputElement;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export function watchDownloads(element: CollabChecklist) {
  const downloads: Promise<Download>[] = [];
  const listener = (event: Event) => {
    const link = event.target;
    if (!(link instanceof HTMLAnchorElement) || !link.download) return;
    event.preventDefault();
    downloads.push(
      fetch(link.href)
        .then((response) => response.blob())
        // fatal: a download that is not valid UTF-8 fails the test rather than showing replacement characters.
        .then(async (blob) => ({ name: link.download, type: blob.type, text: new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(await blob.arrayBuffer()) })),
    );
  };
  element.shadowRoot!.addEventListener('click', listener, true);
  return { next: async () => (await waitUntil(() => downloads.length > 0, 'a download'), downloads.shift()!) };
}
