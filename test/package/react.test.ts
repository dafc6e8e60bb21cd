import { describe, expect, it } from 'vitest';
import { appFrom, errorsByFile, run, TOOL_TIMEOUT, variantOf } from './packed-package.js';

// A strict React 19 app (test/package/apps/react) type-checks its use of the
// packed package with the package's types alone: `collab-checklist/react`
// puts the element in React's JSX, its attributes and properties typed, and
// `oncollab-change` handed a CustomEvent<CollabChangeDetail>.
const tsc = (folder: string) => run(folder, 'tsc', ['-p', '.']);
const wrong = (from: string, to: string) => variantOf('react', 'app.tsx', from, to);

describe('the packed package in a strict React 19 + TypeScript app', () => {
  it('type-checks, reading the event detail and the exported public types', { timeout: TOOL_TIMEOUT }, () => {
    expect(tsc(appFrom('react'))).toEqual({ status: 0, output: '' });
  });

  it('rejects a misspelt detail field, an attribute of the wrong type, and onCollabChange (React 19 never calls it)', { timeout: TOOL_TIMEOUT }, () => {
    const app = appFrom(
      'react',
      {
        'wrong-detail.tsx': wrong('score.overall.percent', 'score.overall.percentage'),
        'wrong-attribute.tsx': wrong('heading-level={3}', 'heading-level="three"'),
        'wrong-event-name.tsx': wrong('oncollab-change=', 'onCollabChange='),
      },
      'react-wrong',
    );
    const { status, output } = tsc(app);
    expect(status).not.toBe(0);
    const errors = errorsByFile(output);
    expect([...errors.keys()].sort()).toEqual(['wrong-attribute.tsx', 'wrong-detail.tsx', 'wrong-event-name.tsx']);
    expect(errors.get('wrong-detail.tsx')).toContain("Property 'percentage' does not exist on type 'Tally'");
    expect(errors.get('wrong-attribute.tsx')).toContain("Type 'string' is not assignable to type 'number'");
    expect(errors.get('wrong-event-name.tsx')).toContain("Property 'onCollabChange' does not exist");
  });
});
