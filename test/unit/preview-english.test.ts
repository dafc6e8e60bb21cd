// The translator's preview marks the English a language still has (npm start); the build never does.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectLocalizer, readRuntimeConfig, type RuntimeConfig } from '../../tools/localize/lit-localize-project.js';
import { ENGLISH_MARK, EnglishMarkingLocalizer } from '../../tools/localize/localize-step.js';

/** Reading the source messages compiles the project with TypeScript: a few seconds. */
const SLOW = 60_000;

describe('EnglishMarkingLocalizer (the preview\'s build of the languages)', () => {
  let dir: string;
  let config: RuntimeConfig;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'collab-preview-english-'));
    // Welsh without "Add notes" and with an empty "Reset".
    const welsh = readFileSync('xliff/cy.xlf', 'utf8')
      .replace('\n  <target>Ychwanegu nodiadau</target>', '')
      .replace('<target>Ailosod</target>', '<target></target>');
    writeFileSync(join(dir, 'cy.xlf'), welsh);
    config = { ...readRuntimeConfig(), targetLocales: ['cy'], interchange: { format: 'xliff', xliffDir: dir } } as RuntimeConfig;
  }, SLOW);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const welshOf = (localizer: ProjectLocalizer) => new Map(localizer.readTranslationsSync().translations.get('cy' as never)!.map((message) => [message.name, message.contents]));

  it('gives each missing or empty text its English after the mark, and leaves translated texts as they are', () => {
    const welsh = welshOf(new EnglishMarkingLocalizer(config));
    expect(welsh.get('s0afd4906bacb05e1')).toEqual([ENGLISH_MARK, 'Add notes']);
    expect(welsh.get('s255857544a9d5ec0')).toEqual([ENGLISH_MARK, 'Reset']);
    expect(welsh.get('s60c213168d2a5fcf')).toEqual(["Mae'r holl gynnydd wedi'i glirio."]);
  }, SLOW);

  it('is not what the build uses: there the texts are simply missing, so English shows unmarked', () => {
    const welsh = welshOf(new ProjectLocalizer(config));
    expect(welsh.has('s0afd4906bacb05e1')).toBe(false);
    expect(JSON.stringify([...welsh.values()])).not.toContain(ENGLISH_MARK);
  }, SLOW);
});
