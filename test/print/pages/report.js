// Fills a checklist with a realistic record, presses the print button the
// page's address names, and sets `window.printed` once the report is ready
// for the test's page.pdf().
//
// The widget prints from a frame of its own (report-document.ts). Here the
// frame's window and document are this page's, so the same function renders
// the report into this document: the report, and only the report, is what
// the browser's PDF printer then prints. print() only says it was called.
// A widget without a print frame (one from before it) prints the page
// itself, as it did: then the page is printed as it stands.
const frameWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow');
const frameDocument = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentDocument');
Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', { ...frameWindow, get: () => window });
Object.defineProperty(HTMLIFrameElement.prototype, 'contentDocument', { ...frameDocument, get: () => document });
window.print = () => {
  window.printed = true;
};

const FRAMEWORK = '/framework/ncvo-collaborative-behaviours.json';
const printout = new URLSearchParams(location.search).get('printout') ?? 'record';
const framework = await (await fetch(FRAMEWORK)).json();
const key = `collab-checklist:${framework.id}`;
const at = (day) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const LONG_NOTE =
  'Agree with the consortium partners how referrals are shared, who chairs the quarterly review, and how smaller members are paid for the time they give; write it into the partnership agreement before the next funding round, and check it with the trustees of each member organisation.';

/** Four behaviours answered, with notes, Who and By when; one practice further on with a long note. */
function record(name, organisation, variant) {
  const responses = {};
  framework.behaviours.slice(0, 4).forEach((behaviour, b) =>
    behaviour.practices.forEach((practice, p) => {
      const kind = (b + p + variant) % 3;
      responses[practice.id] =
        kind === 0
          ? { level: 'in-place', notApplicable: false, note: 'Done at the last board meeting.', changedAt: at(20) }
          : kind === 1
            ? { level: 'not-yet', notApplicable: false, note: `${LONG_NOTE} (${b + 1}.${p + 1})`, owner: 'Siân ap Gwilym, Head of Partnerships', due: `2027-0${1 + ((b + p) % 9)}-15`, changedAt: at(21) }
            : { level: 'not-yet', notApplicable: true, note: '', changedAt: at(22) };
    }),
  );
  const later = framework.behaviours.at(-1).practices[0];
  responses[later.id] = { level: 'not-yet', notApplicable: false, note: LONG_NOTE.repeat(2), changedAt: at(23) };
  return {
    clearedAt: at(1),
    profile: { size: 'small', role: 'leads', filledInBy: name, organisation, changedAt: at(2) },
    responses,
  };
}

const ORGANISATION = 'The Riverside and Upper Valley Community Transport and Good Neighbours Partnership (Wales)';
const own = record('Gwenllian Prys-Davies', ORGANISATION, 0);
localStorage.clear();
localStorage.setItem(
  key,
  JSON.stringify({
    format: 'collab-checklist-progress',
    formatVersion: 1,
    framework: { id: framework.id, version: framework.version },
    savedAt: at(24),
    ...own,
    snapshots: [{ takenAt: '2026-09-01T09:30:00.000Z', label: 'Board baseline', answers: {} }],
  }),
);
/** Texts whose every word must print (no-overprint.test.ts): a long note of the person's own, for Print and Print a plan. */
const ownNote = Object.values(own.responses).find((response) => response.owner).note;
window.keyText = { organisation: ORGANISATION, preparedBy: 'Gwenllian Prys-Davies', ...(printout === 'compare' ? {} : { note: ownNote }) };

const element = document.createElement('collab-checklist');
element.setAttribute('framework-src', FRAMEWORK);
document.body.append(element);
const root = () => element.shadowRoot;
const until = async (check) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 50));
};
await until(() => root()?.querySelector('.actions'));
await element.updateComplete;

const buttonIn = (scope, label) => [...scope.querySelectorAll('button')].find((button) => button.textContent.trim() === label);
/** The comparison's print button, whatever the comparison calls it. */
const comparisonPrint = () => [...(root().querySelector('.comparison')?.querySelectorAll('button') ?? [])].find((button) => button.textContent.trim().startsWith('Print'));
if (printout === 'compare') {
  const names = ['Gwenllian Prys-Davies', 'Ifan Rhys', 'Mererid Hopwood-Jones', 'Trustee: Dafydd ab Owain'];
  const files = names.map((name, i) => {
    const { profile, responses, clearedAt } = record(name, ORGANISATION, i);
    const text = JSON.stringify({
      format: 'collab-checklist-export',
      formatVersion: 1,
      exportedAt: at(25 + i),
      framework: { id: framework.id, version: framework.version, title: framework.title },
      clearedAt,
      profile,
      responses,
    });
    return new File([text], `answers-${i + 1}.json`, { type: 'application/json' });
  });
  const input = root().querySelector('.compare-input');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(comparisonPrint);
  window.keyText = { ...window.keyText, names };
  await element.updateComplete;
  comparisonPrint().click();
} else {
  buttonIn(root().querySelector('.actions'), printout === 'plan' ? 'Print a plan' : 'Print').click();
}
await until(() => window.printed);
await document.fonts.ready;
