// This project's lit-localize setup, for scripts that use its API directly.
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
  if (errors.length) throw new Error('lit-localize could not read the source messages: run "npx lit-localize extract" to see why.');
  return messages;
}
