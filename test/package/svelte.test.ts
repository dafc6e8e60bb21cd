import { describe, expect, it } from 'vitest';
import { appFrom, run, svelteErrorsByFile, TOOL_TIMEOUT, variantOf } from './packed-package.js';

// A Svelte 5 app (test/package/apps/svelte) type-checks its template's use of
// the packed package with svelte-check: `collab-checklist/svelte` adds the
// element to Svelte's elements, so a wrong attribute, detail or listener fails.
const svelteCheck = (folder: string) => run(folder, 'svelte-check', ['--tsconfig', './tsconfig.json', '--output', 'machine']);
const wrong = (from: string, to: string) => variantOf('svelte', 'App.svelte', from, to);

describe('the packed package in a Svelte 5 app checked by svelte-check', () => {
  it('type-checks the template: attributes, property and oncollab-change', { timeout: TOOL_TIMEOUT }, () => {
    const { status, output } = svelteCheck(appFrom('svelte'));
    expect(output).toMatch(/COMPLETED \d+ FILES 0 ERRORS 0 WARNINGS/);
    expect(status).toBe(0);
  });

  it('rejects a misspelt detail field, an attribute of the wrong type, a listener for another event type and onCollabChange', { timeout: TOOL_TIMEOUT }, () => {
    const app = appFrom(
      'svelte',
      {
        'WrongDetail.svelte': wrong('overall.percent', 'overall.percentage'),
        'WrongAttribute.svelte': wrong('heading-level={3}', 'heading-level="three"'),
        'WrongListener.svelte': wrong(
          'changed(event: CustomEvent<CollabChangeDetail>) {\n    percent = event.detail.score.overall.percent;',
          'changed(event: KeyboardEvent) {\n    percent = event.keyCode;',
        ),
        'WrongEventName.svelte': wrong('oncollab-change=', 'onCollabChange='),
      },
      'svelte-wrong',
    );
    const { status, output } = svelteCheck(app);
    expect(status).not.toBe(0);
    const errors = svelteErrorsByFile(output);
    expect([...errors.keys()].sort()).toEqual(['WrongAttribute.svelte', 'WrongDetail.svelte', 'WrongEventName.svelte', 'WrongListener.svelte']);
    expect(errors.get('WrongDetail.svelte')).toContain("Property 'percentage' does not exist on type 'Tally'");
    expect(errors.get('WrongAttribute.svelte')).toContain("Type 'string' is not assignable to type 'number'");
    expect(errors.get('WrongListener.svelte')).toContain("is not assignable to type '(e: CustomEvent<CollabChangeDetail>) => void'");
    expect(errors.get('WrongEventName.svelte')).toContain('onCollabChange');
  });
});
