import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import example from '../../../framework/examples/partnership-health-check.json';
import ncvo from '../../../framework/ncvo-collaborative-behaviours.json';
import { expectAccessible } from '../../browser/a11y.js';
import { $, $$, click, render, storeProgress, tickBox, waitUntil } from '../../browser/helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
const at = (time: string) => ({ level: 'in-place', notApplicable: false, note: '', changedAt: time });
type Element = Awaited<ReturnType<typeof render>>;
const focused = (element: Element) => element.shadowRoot!.activeElement as HTMLElement | null;

/** Progress saved on an earlier visit: the trial's case, behaviour 1's only practice and one of behaviour 2's ticked, a practice of behaviour 3 changed last. */
function savedEarlier(): void {
  storeProgress({
    savedAt: '2026-03-05T10:00:00.000Z',
    responses: {
      [ncvo.behaviours[0].practices[0].id]: at('2026-03-04T09:00:00.000Z'),
      [ncvo.behaviours[1].practices[0].id]: at('2026-03-04T10:00:00.000Z'),
      [ncvo.behaviours[2].practices[1].id]: at('2026-03-05T09:00:00.000Z'),
    },
  });
}

/** Every practice answered: ticked, or left to "None of the others are in place yet". */
function allAnswered(): void {
  storeProgress({
    savedAt: '2026-03-05T10:00:00.000Z',
    responses: { [ncvo.behaviours[0].practices[0].id]: at('2026-03-04T09:00:00.000Z') },
    reviews: Object.fromEntries(ncvo.behaviours.slice(1).map((behaviour) => [behaviour.id, { reviewed: true, changedAt: '2026-03-04T11:00:00.000Z' }])),
  });
}

async function followContinue(element: Element): Promise<void> {
  $(element, '.continue-link').focus();
  await sendKeys({ press: 'Enter' });
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

  it('says when the checklist last changed, and continues at the first practice not answered, past a behaviour whose every practice is', async () => {
    savedEarlier();
    const element = await render(plain);
    expect($(element, '.continue').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Last changed 5 March 2026. Continue where you left off');
    await followContinue(element);
    await waitUntil(() => focused(element)?.id === `practice-${ncvo.behaviours[1].practices[1].id}`, 'focus moves to the checkbox of behaviour 2’s second practice');
    // From there, Space answers it.
    await sendKeys({ press: 'Space' });
    await waitUntil(() => (focused(element) as HTMLInputElement).checked, 'Space ticks it');
  });

  it('skips the practices "None of the others are in place yet" answered', async () => {
    storeProgress({
      savedAt: '2026-03-05T10:00:00.000Z',
      responses: { [ncvo.behaviours[0].practices[0].id]: at('2026-03-04T09:00:00.000Z'), [ncvo.behaviours[2].practices[1].id]: at('2026-03-05T09:00:00.000Z') },
      reviews: { [ncvo.behaviours[1].id]: { reviewed: true, changedAt: '2026-03-04T11:00:00.000Z' } },
    });
    const element = await render(plain);
    await followContinue(element);
    await waitUntil(() => focused(element)?.id === `practice-${ncvo.behaviours[2].practices[0].id}`, 'focus moves to behaviour 3’s first practice');
  });

  it('goes to the plan once every practice is answered', async () => {
    allAnswered();
    const element = await render(plain);
    await waitUntil(() => element.shadowRoot!.querySelector('#next-steps-title'), 'the suggested next steps are drawn');
    await followContinue(element);
    await waitUntil(() => focused(element)?.id === 'next-steps-title', 'focus moves to the suggested next steps');
  });

  it('continues at the first level of a rating-scale practice not answered', async () => {
    const [behaviour] = example.behaviours;
    storeProgress(
      {
        savedAt: '2026-03-05T10:00:00.000Z',
        responses: { [behaviour.practices[0].id]: { ...at('2026-03-05T09:00:00.000Z'), level: 'partly' } },
      },
      example,
    );
    const element = await render(html`<collab-checklist framework-src="/framework/examples/partnership-health-check.json?fetched"></collab-checklist>`);
    await waitUntil(() => element.shadowRoot!.querySelector('.continue-link'), 'the framework loads');
    await followContinue(element);
    await waitUntil(
      () => focused(element) === element.shadowRoot!.querySelector(`input[name="level-${behaviour.practices[1].id}"]`),
      'focus moves to the first level of the first practice not answered',
    );
  });

  it('continues at the behaviour’s heading when its first practice not answered is hidden by the filter', async () => {
    const [ticked, alsoTicked, target] = ncvo.behaviours[1].practices;
    storeProgress({
      savedAt: '2026-03-05T10:00:00.000Z',
      responses: { [ncvo.behaviours[0].practices[0].id]: at('2026-03-04T09:00:00.000Z'), [ticked.id]: at('2026-03-04T10:00:00.000Z'), [alsoTicked.id]: at('2026-03-04T10:00:00.000Z') },
    });
    const element = await render(plain);
    await click(element, $$(element, 'input[name="profile-size"]')[0]);
    await click(element, $$(element, 'input[name="profile-role"]')[1]);
    await click(element, $(element, '#only-starting-points'));
    expect(tickBox(element, target.id).getClientRects(), 'not a good place to start, so hidden').to.have.length(0);
    await followContinue(element);
    await waitUntil(() => focused(element)?.id === `heading-${ncvo.behaviours[1].id}`, 'focus moves to behaviour 2’s heading');
  });
});
