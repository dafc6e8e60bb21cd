import { toJsonSchema } from '@valibot/to-json-schema';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import ncvo from '../../framework/ncvo-collaborative-behaviours.json';
import { FrameworkSchema } from '../../src/core/framework/framework-schema.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';

// framework/framework.schema.json is generated from the valibot schema the
// widget validates with, so editors and the widget agree. `npm run schema`
// rewrites it; this test fails while the committed copy is out of date.
const jsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  ...toJsonSchema(FrameworkSchema, { errorMode: 'ignore', target: 'draft-2020-12' }),
  title: 'collab-checklist framework, format version 1',
  description: 'A checklist framework for <collab-checklist>. See docs/framework-format.md.',
};

describe('framework/framework.schema.json', () => {
  it('is up to date with the schema the widget validates with', async () => {
    await expect(`${JSON.stringify(jsonSchema, null, 2)}\n`).toMatchFileSnapshot('../../framework/framework.schema.json');
  });

  it('accepts the bundled NCVO framework, as the widget does', () => {
    const validate = new Ajv2020({ strict: false }).compile(jsonSchema);
    expect(validate(ncvo), JSON.stringify(validate.errors)).toBe(true);
    expect(parseFramework(ncvo).ok).toBe(true);
  });

  it('rejects the same shape mistakes the widget rejects', () => {
    const validate = new Ajv2020({ strict: false }).compile(jsonSchema);
    const broken = [
      { ...ncvo, title: undefined },
      { ...ncvo, behaviours: [] },
      { ...ncvo, lang: 'English' },
      { ...ncvo, behaviours: [{ ...ncvo.behaviours[0], leadin: 'typo' }] },
      { ...ncvo, behaviours: [{ ...ncvo.behaviours[0], practices: [{ id: '__proto__', text: 'x' }] }] },
    ];
    for (const framework of broken) {
      expect(validate(framework)).toBe(false);
      expect(parseFramework(framework).ok).toBe(false);
    }
  });
});
