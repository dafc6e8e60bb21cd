import { describe, expect, it } from 'vitest';
import { appFrom, errorsByFile, run, TOOL_TIMEOUT, variantOf } from './packed-package.js';

// A Vue 3.5 app (test/package/apps/vue) type-checks its template's use of the
// packed package with vue-tsc: `collab-checklist/vue` adds the element to
// Vue's GlobalComponents, so a wrong attribute, detail or listener fails.
const vueTsc = (folder: string) => run(folder, 'vue-tsc', ['-p', '.']);
const wrong = (from: string, to: string) => variantOf('vue', 'App.vue', from, to);

describe('the packed package in a Vue 3.5 app checked by vue-tsc', () => {
  it('type-checks the template: attributes, property binding and @collab-change', { timeout: TOOL_TIMEOUT }, () => {
    expect(vueTsc(appFrom('vue'))).toEqual({ status: 0, output: '' });
  });

  it('rejects a misspelt detail field, an attribute of the wrong type and a listener for another event type', { timeout: TOOL_TIMEOUT }, () => {
    const app = appFrom(
      'vue',
      {
        'WrongDetail.vue': wrong('overall.percent', 'overall.percentage'),
        'WrongAttribute.vue': wrong(':heading-level="3"', `:heading-level="'three'"`),
        'WrongListener.vue': wrong(
          'changed(event: CustomEvent<CollabChangeDetail>) {\n  percent.value = event.detail.score.overall.percent;',
          'changed(event: KeyboardEvent) {\n  percent.value = event.keyCode;',
        ),
      },
      'vue-wrong',
    );
    const { status, output } = vueTsc(app);
    expect(status).not.toBe(0);
    const errors = errorsByFile(output);
    expect([...errors.keys()].sort()).toEqual(['WrongAttribute.vue', 'WrongDetail.vue', 'WrongListener.vue']);
    expect(errors.get('WrongDetail.vue')).toContain("Property 'percentage' does not exist on type 'Tally'");
    expect(errors.get('WrongAttribute.vue')).toContain("Type 'string' is not assignable to type 'number'");
    expect(errors.get('WrongListener.vue')).toContain("is not assignable to type '(e: CustomEvent<CollabChangeDetail>) => void'");
  });
});
