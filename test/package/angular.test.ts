import { describe, expect, it } from 'vitest';
import { appFrom, errorsByFile, run, TOOL_TIMEOUT, variantOf } from './packed-package.js';

// An Angular 21 component (test/package/apps/angular) compiled by Angular's
// own compiler, ngc, with strict template checking, against the packed
// package: CUSTOM_ELEMENTS_SCHEMA lets the element in, and `(collab-change)`
// hands the handler the CustomEvent<CollabChangeDetail> the package declares.
const ngc = (folder: string) => run(folder, 'ngc', ['-p', '.']);
const wrong = (from: string, to: string) => variantOf('angular', 'checklist.component.ts', from, to);

describe('the packed package in an Angular 21 component compiled by ngc with strictTemplates', () => {
  it('compiles: the schema, property bindings and (collab-change) with its typed $event', { timeout: TOOL_TIMEOUT }, () => {
    expect(ngc(appFrom('angular'))).toEqual({ status: 0, output: '' });
  });

  it('rejects the element without CUSTOM_ELEMENTS_SCHEMA, a handler for another event type and a handler that does not exist', { timeout: TOOL_TIMEOUT }, () => {
    const app = appFrom(
      'angular',
      {
        'no-schema.component.ts': wrong('  schemas: [CUSTOM_ELEMENTS_SCHEMA],\n', ''),
        'wrong-listener.component.ts': wrong(
          'changed(event: CustomEvent<CollabChangeDetail>): void {\n    this.percent = event.detail.score.overall.percent;',
          'changed(event: KeyboardEvent): void {\n    this.percent = event.keyCode;',
        ),
        'wrong-handler.component.ts': wrong('(collab-change)="changed($event)"', '(collab-change)="change($event)"'),
      },
      'angular-wrong',
    );
    const { status, output } = ngc(app);
    expect(status).not.toBe(0);
    const errors = errorsByFile(output);
    expect([...errors.keys()].sort()).toEqual(['no-schema.component.ts', 'wrong-handler.component.ts', 'wrong-listener.component.ts']);
    expect(errors.get('no-schema.component.ts')).toContain("NG8001: 'collab-checklist' is not a known element");
    expect(errors.get('wrong-listener.component.ts')).toContain(
      "Argument of type 'CustomEvent<CollabChangeDetail>' is not assignable to parameter of type 'KeyboardEvent'",
    );
    expect(errors.get('wrong-handler.component.ts')).toContain("Property 'change' does not exist on type 'ChecklistComponent'");
  });
});
