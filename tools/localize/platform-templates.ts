// Writes the English template of each framework translation for translation platforms.
// The English template of each framework translation, in the translation
// format: the "source" file translation platforms (Weblate's monolingual
// base file, Crowdin's source file) show translators, with the same keys as
// every translation. Written by `npm run localize` and committed, because
// the platforms read it from the repository.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Framework } from '../../src/core/framework/framework-schema.js';
import { bundledFrameworks } from '../build/bundled-frameworks.js';
import { asJsonFile, frameworkAsTranslation } from './framework-as-translation.js';

export const TEMPLATES_DIR = 'framework/translations/templates';

export const templateFile = (framework: Framework) => `${TEMPLATES_DIR}/${framework.id}.${framework.lang}.json`;

export function platformTemplate(framework: Framework): string {
  const review = { status: 'generated', note: `The English source for translation platforms, written by npm run localize from framework/${framework.id}.json. Do not edit.` } as const;
  return asJsonFile(frameworkAsTranslation(framework, framework.lang, (text) => text, review));
}

export function writePlatformTemplates(): void {
  mkdirSync(TEMPLATES_DIR, { recursive: true });
  for (const framework of bundledFrameworks()) writeFileSync(templateFile(framework), platformTemplate(framework));
}
