import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import example from '../../../framework/examples/partnership-health-check.json';
import ncvo from '../../../framework/ncvo-collaborative-behaviours.json';
import { expectAccessible } from '../../browser/a11y.js';
import { $, render, storeProgress, waitUntil } from '../../browser/helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
const at = (time: string) => ({ level: 'in-place', notApplicable: false, note: '', changedAt: time });
type Element = Awaited<ReturnType<typeof render>>;
const focused = (element: Element) => element.shadowRoot!.activeElement as HTMLElement | null;

/** Progress saved on an earlier visit: behaviour 1 reviewed, a practice of behaviour 3 changed last. */
function savedEarlier(allReviewed = false): void {
  const reviewed = allReviewed ? ncvo.behaviours : ncvo.behaviours.slice(0, 1);
  storeProgress({
    savedAt: '2026-03-05T10:00:00.000Z',
    responses: { [ncvo.behaviours[1].practices[0].id]: at('2026-03-04T10:00:00.000Z'), [ncvo.behaviours[2].practices[1].id]: at('2026-03-05T09:00:00.000Z') },
    reviews: Object.fromEntries(reviewed.map((behaviour) => [behaviour.id, { reviewed: true, changedAt: '2026-03-04T11:00:00.000Z' }])),
  });
}

describe('<collab-checklist> coming back', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations with "Continue where you left off" shown', async () => {
    savedEarlier();
    const element = await render(plain);
    await expectAccessible(element);
  });

  it('says nothing about coming back on a first visit', async () => {
    const element = await render(plain);
    expect(element.shadowRoot!.querySelector('.continue')).to.equal(null);
  });

  it('says when the checklist last changed, and continues at the first behaviour not yet reviewed', async () => {
    savedEarlier();
    const element = await render(plain);
    expect($(element, '.continue').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Last changed 5 March 2026. Continue where you left off');
    $(element, '.continue-link').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(element)?.id === `heading-${ncvo.behaviours[1].id}`, 'focus moves to behaviour 2, the first not reviewed');
  });

  it('continues at the practice changed last once every behaviour is reviewed', async () => {
    savedEarlier(true);
    const element = await render(plain);
    $(element, '.continue-link').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(element)?.id === `practice-${ncvo.behaviours[2].practices[1].id}`, 'focus moves to the practice changed last');
  });

  it('continues at the first level of a rating-scale practice changed last, once every behaviour is reviewed', async () => {
    const [behaviour] = example.behaviours;
    storeProgress(
      {
        savedAt: '2026-03-05T10:00:00.000Z',
        responses: { [behaviour.practices[1].id]: { ...at('2026-03-05T09:00:00.000Z'), level: 'partly' } },
        reviews: Object.fromEntries(example.behaviours.map((each) => [each.id, { reviewed: true, changedAt: '2026-03-04T11:00:00.000Z' }])),
      },
      example,
    );
    const element = await render(html`<collab-checklist framework-src="/framework/examples/partnership-health-check.json?fetched"></collab-checklist>`);
    await waitUntil(() => element.shadowRoot!.querySelector('.continue-link'), 'the framework loads');
    $(element, '.continue-link').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => focused(element) === element.shadowRoot!.querySelector(`input[name="level-${behaviour.practices[1].id}"]`),
      'focus moves to the first level of the practice changed last',
    );
  });

  it('continues at the first behaviour when the practice changed last is not on the page', async () => {
    storeProgress({
      savedAt: '2026-03-05T10:00:00.000Z',
      responses: { 'retired-practice': at('2026-03-05T09:00:00.000Z') },
      reviews: Object.fromEntries(ncvo.behaviours.map((each) => [each.id, { reviewed: true, changedAt: '2026-03-04T11:00:00.000Z' }])),
    });
    const element = await render(plain);
    $(element, '.continue-link').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(element)?.id === `heading-${ncvo.behaviours[0].id}`, 'focus moves to the first behaviour');
  });
});
