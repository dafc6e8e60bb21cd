import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import Ajv2020 from 'ajv/dist/2020.js';
import type { GenericSchema } from 'valibot';
import { describe, expect, it } from 'vitest';
import ncvo from '../../framework/ncvo-collaborative-behaviours.json';
import cy from '../../framework/translations/ncvo-collaborative-behaviours.cy.json';
import { FrameworkSchema } from '../../src/core/framework/framework-schema.js';
import { FrameworkTranslationSchema, parseFrameworkTranslation } from '../../src/core/framework/framework-translation.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';

// The JSON Schemas in framework/ are generated from the valibot schemas the
// widget validates with, so editors and the widget agree. `npm run schema`
// rewrites them; these tests fail while a committed copy is out of date.
const conversion: ConversionConfig = {
  errorMode: 'ignore',
  target: 'draft-2020-12',
  // Objects keyed by id are validated as Maps (see idKeyedMap); to an editor
  // they are JSON objects whose keys are ids.
  overrideSchema: ({ valibotSchema }) => {
    const map = valibotSchema as { type: string; key?: GenericSchema; value?: GenericSchema };
    if (map.type !== 'map' || !map.key || !map.value) return undefined;
    return { type: 'object', propertyNames: subschema(map.key), additionalProperties: subschema(map.value) };
  },
};

/** A nested schema: `$schema` belongs only at the top of a file. */
function subschema(schema: GenericSchema) {
  const { $schema: _, ...rest } = toJsonSchema(schema, conversion);
  return rest;
}

function jsonSchemaOf(schema: GenericSchema, title: string, description: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...toJsonSchema(schema, conversion),
    title,
    description,
  };
}

const frameworkJsonSchema = jsonSchemaOf(
  FrameworkSchema,
  'collab-checklist framework, format version 1',
  'A checklist framework for <collab-checklist>. See docs/framework-format.md.',
);
const translationJsonSchema = jsonSchemaOf(
  FrameworkTranslationSchema,
  'collab-checklist framework translation, format version 1',
  'One language of a framework for <collab-checklist>, keyed by its ids. See TRANSLATING.md.',
);
const compile = (schema: object) => new Ajv2020({ strict: false }).compile(schema);
const asFile = (schema: object) => `${JSON.stringify(schema, null, 2)}\n`;

/** Editors (through the JSON Schema) and the widget (through valibot) refuse the same inputs. */
function expectBothReject(jsonSchema: object, parse: (input: unknown) => { ok: boolean }, inputs: unknown[]) {
  const validate = compile(jsonSchema);
  for (const input of inputs) {
    expect(validate(input), JSON.stringify(input).slice(0, 80)).toBe(false);
    expect(parse(input).ok).toBe(false);
  }
}

describe('framework/framework.schema.json', () => {
  it('is up to date with the schema the widget validates with', async () => {
    await expect(asFile(frameworkJsonSchema)).toMatchFileSnapshot('../../framework/framework.schema.json');
  });

  it('accepts the bundled NCVO framework, as the widget does', () => {
    const validate = compile(frameworkJsonSchema);
    expect(validate(ncvo), JSON.stringify(validate.errors)).toBe(true);
    expect(parseFramework(ncvo).ok).toBe(true);
  });

  it('rejects the same shape mistakes the widget rejects', () => {
    expectBothReject(frameworkJsonSchema, parseFramework, [
      { ...ncvo, title: undefined },
      { ...ncvo, behaviours: [] },
      { ...ncvo, lang: 'English' },
      { ...ncvo, behaviours: [{ ...ncvo.behaviours[0], leadin: 'typo' }] },
      { ...ncvo, behaviours: [{ ...ncvo.behaviours[0], practices: [{ id: '__proto__', text: 'x' }] }] },
    ]);
  });
});

describe('framework/framework-translation.schema.json', () => {
  it('is up to date with the schema the widget validates translations with', async () => {
    await expect(asFile(translationJsonSchema)).toMatchFileSnapshot('../../framework/framework-translation.schema.json');
  });

  it('accepts the Welsh translation, as the widget does', () => {
    const validate = compile(translationJsonSchema);
    expect(validate(cy), JSON.stringify(validate.errors)).toBe(true);
    expect(parseFrameworkTranslation(cy).ok).toBe(true);
  });

  it('rejects the same mistakes the widget rejects', () => {
    expectBothReject(translationJsonSchema, parseFrameworkTranslation, [
      { ...cy, review: { status: 'finished' } },
      { ...cy, lang: 'Welsh' },
      { ...cy, practice: cy.practices },
      { ...cy, practices: { ...cy.practices, 'buys-in-services': '' } },
    ]);
  });
});
