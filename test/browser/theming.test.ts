import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { CollabChecklist } from '../../src/index.js';
import ncvo from '../../framework/ncvo-collaborative-behaviours.json';
import { expectAccessible } from './a11y.js';
import { engine } from './engine.js';
import { $, allPractices, click, naBox, tickBox } from './helpers.js';
import '../../src/collab-checklist.js';

// The two host themes the demo offers (demo/demo.css), set the way a host
// page would: custom properties on an ancestor. axe checks their contrast.
const DARK = `--collab-color-scheme: dark; --collab-background: #1b1f24; --collab-text-color: #f3f2f1;
  --collab-secondary-text-color: #c9d1d9; --collab-surface: #262c33; --collab-border-color: #6e7681;
  --collab-accent-color: #79b8ff; --collab-accent-text-color: #0b0c0c; --collab-warning-color: #ff9b8f;
  --collab-warning-text-color: #0b0c0c; background: #1b1f24;`;
const BRAND = `--collab-font-family: Georgia, serif; --collab-accent-color: #5c2d91; --collab-text-color: #1d1029;
  --collab-secondary-text-color: #4d3f5c; --collab-surface: #f4effa; --collab-border-color: #a08cb8;
  --collab-radius: 0.75em;`;

// The demo's own host colours (demo/demo.css): its brand for the light
// palette, and the pair it gives for the dark one.
const DEMO_LIGHT = `--collab-accent-color: #00636b; --collab-text-color: #1b2526; --collab-secondary-text-color: #4a5759;
  --collab-surface: #e8f3f4; --collab-border-color: #b9c7c8; --collab-focus-color: #ffdd00; --collab-focus-text-color: #0b0c0c;`;
const DEMO_DARK = '--collab-dark-accent-color: #5fc4cc; --collab-dark-surface: #1d3033;';

async function themed(style: string): Promise<CollabChecklist> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  // Set through the CSSOM, as a stylesheet would, not as markup.
  wrapper.style.cssText = style;
  wrapper.append(document.createElement('collab-checklist'));
  const element = wrapper.querySelector('collab-checklist')!;
  await element.updateComplete;
  return element;
}

describe('<collab-checklist> theming', () => {
  beforeEach(() => localStorage.clear());

  const backgroundOf = (element: CollabChecklist) => getComputedStyle(element).backgroundColor;
  const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';
  const DARK_BACKGROUND = 'rgb(27, 31, 36)';

  it('has no axe violations (contrast included) in its own dark palette, theme="dark", with practices in place and not applicable', async () => {
    const element = await themed('');
    element.setAttribute('theme', 'dark');
    await element.updateComplete;
    await click(element, tickBox(element, allPractices[0].id));
    await click(element, naBox(element, allPractices[1].id));
    await expectAccessible(element);
    expect(backgroundOf(element)).to.equal(DARK_BACKGROUND);
    expect(getComputedStyle($(element, '[part="base"]')).color).to.equal('rgb(243, 242, 241)');
    expect(getComputedStyle($(element, '[part="base"]')).colorScheme).to.equal('dark');
  });

  it('shows a practice marked not applicable in readable secondary text, not struck through', async () => {
    const element = await themed('');
    await click(element, naBox(element, allPractices[1].id));
    const text = getComputedStyle(tickBox(element, allPractices[1].id).closest('li')!.querySelector('.practice-text')!);
    expect(text.textDecorationLine).to.equal('none');
    expect(text.color).to.equal('rgb(80, 90, 95)');
    await expectAccessible(element);
  });

  it('keeps a host\'s own dark colours (--collab-dark-*) over its dark palette, and leaves them out of the light one', async () => {
    const element = await themed('--collab-dark-background: #000000; --collab-dark-text-color: #ffffff;');
    element.setAttribute('theme', 'dark');
    await element.updateComplete;
    expect(backgroundOf(element)).to.equal('rgb(0, 0, 0)');
    element.setAttribute('theme', 'light');
    await element.updateComplete;
    expect(backgroundOf(element)).to.equal(LIGHT_BACKGROUND);
  });

  describe('dark mode on a branded host (the demo\'s colours)', () => {
    /** Every axe rule, contrast included, in every engine: expectAccessible audits only once a file outside Chromium. */
    const audit = (element: CollabChecklist) => expect(element, `axe in ${engine}`).to.be.accessible();
    const colourOf = (element: CollabChecklist, selector: string, property: 'color' | 'backgroundColor') => getComputedStyle($(element, selector))[property];

    async function answered(style: string, theme: string): Promise<CollabChecklist> {
      const element = await themed(style);
      element.setAttribute('theme', theme);
      await click(element, tickBox(element, allPractices[0].id));
      await click(element, naBox(element, allPractices[1].id));
      return element;
    }

    it('never puts a host\'s light colours on the dark palette: a host with light colours only gets the whole dark palette, axe clean', async () => {
      const element = await answered(DEMO_LIGHT, 'dark');
      expect(backgroundOf(element)).to.equal(DARK_BACKGROUND);
      expect(colourOf(element, '[part="base"]', 'color'), 'the dark palette\'s text, not the host\'s #1b2526').to.equal('rgb(243, 242, 241)');
      expect(colourOf(element, '.progress-fill', 'backgroundColor'), 'the dark palette\'s accent, not the host\'s #00636b').to.equal('rgb(121, 184, 255)');
      await audit(element);
    });

    it('takes the host\'s dark pair in the dark palette and its light colours in the light one, axe clean in both', async () => {
      const element = await answered(DEMO_LIGHT + DEMO_DARK, 'dark');
      expect(colourOf(element, '.progress-fill', 'backgroundColor')).to.equal('rgb(95, 196, 204)');
      expect(colourOf(element, '.summary', 'backgroundColor')).to.equal('rgb(29, 48, 51)');
      await audit(element);
      element.setAttribute('theme', 'light');
      await element.updateComplete;
      expect(colourOf(element, '[part="base"]', 'color')).to.equal('rgb(27, 37, 38)');
      expect(colourOf(element, '.progress-fill', 'backgroundColor')).to.equal('rgb(0, 99, 107)');
      await audit(element);
    });
  });

  describe('theme="auto"', () => {
    /** Emulates the system setting where the engine can (Chromium, Firefox); false where it cannot (WebKit over WebDriver). */
    const prefer = (colorScheme: 'light' | 'dark') => emulateMedia({ colorScheme }).then(() => true, () => false);
    afterEach(() => prefer('light'));

    it('follows the person\'s system: dark when it prefers dark, light when it prefers light, each passing axe', async () => {
      const element = await themed('');
      element.setAttribute('theme', 'auto');
      await element.updateComplete;
      await click(element, naBox(element, allPractices[1].id));
      if (await prefer('dark')) {
        expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
        expect(backgroundOf(element)).to.equal(DARK_BACKGROUND);
        await expectAccessible(element);
        await prefer('light');
        expect(backgroundOf(element)).to.equal(LIGHT_BACKGROUND);
        await expectAccessible(element);
      } else {
        // No emulation here (only WebKit lacks it): it must still match whatever the system says.
        expect(navigator.userAgent, 'Chromium and Firefox emulate the setting').not.to.match(/Chrome|Firefox/);
        const dark = matchMedia('(prefers-color-scheme: dark)').matches;
        expect(backgroundOf(element)).to.equal(dark ? DARK_BACKGROUND : LIGHT_BACKGROUND);
        await expectAccessible(element);
      }
    });

    it('on the demo\'s branded host in a dark system: the dark palette with the host\'s dark pair, axe clean', async () => {
      const element = await themed(DEMO_LIGHT + DEMO_DARK);
      element.setAttribute('theme', 'auto');
      await click(element, tickBox(element, allPractices[0].id));
      if (await prefer('dark')) {
        expect(getComputedStyle($(element, '[part="base"]')).color).to.equal('rgb(243, 242, 241)');
        expect(getComputedStyle($(element, '.progress-fill')).backgroundColor).to.equal('rgb(95, 196, 204)');
      } else {
        // WebKit over WebDriver cannot emulate the setting: theme="dark" above checks the same rule (palettes.ts writes both from one list).
        expect(engine).to.equal('webkit');
        const dark = matchMedia('(prefers-color-scheme: dark)').matches;
        expect(getComputedStyle($(element, '.progress-fill')).backgroundColor).to.equal(dark ? 'rgb(95, 196, 204)' : 'rgb(0, 99, 107)');
      }
      await expect(element, `axe in ${engine}`).to.be.accessible();
    });

    it('stays light without theme="auto", whatever the system prefers', async () => {
      const element = await themed('');
      await prefer('dark');
      expect(backgroundOf(element)).to.equal(LIGHT_BACKGROUND);
    });
  });

  it('has no axe violations (contrast included) in the default theme and in the demo’s dark and brand themes', async () => {
    for (const style of ['', DARK, BRAND]) {
      const element = await themed(style);
      await click(element, tickBox(element, allPractices[0].id));
      await expectAccessible(element);
      element.parentElement!.remove();
    }
  });

  it('takes its colours, font and shape from the documented custom properties', async () => {
    const element = await themed(BRAND);
    await click(element, tickBox(element, allPractices[0].id));
    const base = getComputedStyle($(element, '[part="base"]'));
    expect(base.color).to.equal('rgb(29, 16, 41)');
    expect(base.fontFamily).to.include('Georgia');
    expect(getComputedStyle($(element, '.progress-fill')).backgroundColor).to.equal('rgb(92, 45, 145)');
    expect(getComputedStyle($(element, '.summary')).borderTopLeftRadius).to.not.equal('0px');
  });

  it('inherits the host page’s font and sizes itself from the host’s text size', async () => {
    const element = await themed('font-family: "Courier New", monospace; font-size: 20px;');
    const title = getComputedStyle($(element, '[part="title"]'));
    expect(title.fontFamily).to.include('Courier New');
    expect(parseFloat(title.fontSize)).to.equal(35); // 1.75em of 20px
    expect(tickBox(element, allPractices[0].id).getBoundingClientRect().width).to.equal(30); // 1.5em of 20px
  });

  /** Line height as a multiple of the font size, the way CSS states it. */
  const leading = (element: HTMLElement) => {
    const style = getComputedStyle(element);
    return Math.round((parseFloat(style.lineHeight) / parseFloat(style.fontSize)) * 100) / 100;
  };

  it('sets text at 1.5 lines, or at the host’s --collab-line-height', async () => {
    const plain = await themed('');
    expect(leading($(plain, '[part="base"]'))).to.equal(1.5);
    const tall = await themed('--collab-line-height: 1.8;');
    expect(leading($(tall, '[part="base"]'))).to.equal(1.8);
    expect(leading($(tall, '[part="title"]'))).to.equal(1.5); // headings keep their offset: 0.3 tighter
  });

  /** A checklist whose text is in `lang`, as an Urdu translation would make it. */
  async function writtenIn(lang: string, style = ''): Promise<CollabChecklist> {
    const element = await themed(style);
    element.framework = { ...ncvo, formatVersion: 1, lang };
    await waitUntil(() => element.shadowRoot!.querySelector('[part="base"]')?.getAttribute('lang') === lang, `the checklist is in ${lang}`);
    return element;
  }

  it('opens up the lines for text in Urdu, whose usual Nastaliq typeface collides at 1.5; the host can still choose', async () => {
    for (const lang of ['ur', 'ur-PK', 'pa-Arab']) {
      const element = await writtenIn(lang);
      expect(leading($(element, '[part="base"]')), lang).to.equal(2.2);
      expect(leading($(element, '[part="title"]')), lang).to.equal(1.9);
      element.parentElement!.remove();
    }
    expect(leading($(await writtenIn('ar'), '[part="base"]')), 'Arabic, set in Naskh').to.equal(1.5);
    expect(leading($(await writtenIn('ur', '--collab-line-height: 2.5;'), '[part="base"]'))).to.equal(2.5);
  });

  it('draws form controls dark in a dark theme', async () => {
    const element = await themed(DARK);
    expect(getComputedStyle($(element, '[part="base"]')).colorScheme).to.equal('dark');
  });
});
