// This project's lit-localize setup (config, source message scan) for tools that use its API directly.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import ts from 'typescript';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { Config } from '@lit/localize-tools/lib/types/config.js';
import type { Locale } from '@lit/localize-tools/lib/types/locale.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';

export type RuntimeConfig = Config & { output: RuntimeOutputConfig };

export function readRuntimeConfig(path = 'lit-localize.json'): RuntimeConfig {
  const config = readConfigFileAndWriteSchema(path);
  if (config.output.mode !== 'runtime') throw new Error(`${path}: output.mode must be "runtime"`);
  return config as RuntimeConfig;
}

export const asLocale = (tag: string) => tag as Locale;

/** Source messages, failing loudly if any msg() call cannot be read. */
export function sourceMessages(localizer: RuntimeLitLocalizer) {
  const { messages, errors } = localizer.extractSourceMessages();
  if (errors.length) {
    const details = errors.map((error) => {
      const where = error.file && error.start !== undefined ? error.file.getLineAndCharacterOfPosition(error.start) : undefined;
      const place = where ? `${error.file!.fileName}:${where.line + 1}:${where.character + 1}: ` : '';
      return place + ts.flattenDiagnosticMessageText(error.messageText, '\n');
    });
    throw new Error(`lit-localize could not read the source messages:\n${details.join('\n')}`);
  }
  return messages;
}

type SourceScan = ReturnType<RuntimeLitLocalizer['extractSourceMessages']>;
const scans = new Map<string, SourceScan>();

/**
 * lit-localize's runtime localizer, but its source scan (a TypeScript program
 * over every input file: seconds) is made once per process for the same
 * sources. `npm run localize` reads the messages and then builds, and the
 * translation tests check several sets of files against one source; each of
 * those used to scan again. The scan is reused only while every input file
 * has the same name (relative to lit-localize.json) and content, so a copy of
 * the project (test/unit/new-language.test.ts) shares it and any edit to a
 * source scans afresh. The files lit-localize itself writes (output.outputDir
 * and localeCodesModule) are left out of that comparison: they hold no msg()
 * calls. A config with tsConfig instead of inputFiles is scanned each time.
 */
export class ProjectLocalizer extends RuntimeLitLocalizer {
  override extractSourceMessages(): SourceScan {
    const key = sourcesFingerprint(this.config as RuntimeConfig);
    if (key === undefined) return super.extractSourceMessages();
    let scan = scans.get(key);
    if (!scan) scans.set(key, (scan = super.extractSourceMessages()));
    // A copy: lit-localize sorts message lists in place.
    return { messages: [...scan.messages], errors: [...scan.errors] };
  }
}

function sourcesFingerprint(config: RuntimeConfig): string | undefined {
  if (config.tsConfig || !config.inputFiles) return undefined;
  const written = [config.resolve(config.output.outputDir) + sep, config.output.localeCodesModule ? config.resolve(config.output.localeCodesModule) : ''];
  const files = ts.sys
    .readDirectory(config.baseDir, ['.ts', '.js'], undefined, config.inputFiles)
    .filter((file) => !file.startsWith(written[0]) && file !== written[1])
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(config.baseDir, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}
