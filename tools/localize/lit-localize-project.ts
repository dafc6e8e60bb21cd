// This project's lit-localize setup (config, source message scan) for tools that use its API directly.
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
