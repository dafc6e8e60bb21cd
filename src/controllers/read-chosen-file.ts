import type { ImportProblem, ImportReading } from '../core/exchange/export-file.js';
import type { Framework } from '../core/index.js';

/** A chosen file read as an export, or why it cannot be; `load-failed` when the code to read it could not be loaded. */
export type ChosenFileReading = ImportReading | { readonly ok: 'load-failed' };

/**
 * Reads a file a person chose (Import or Compare) with the import checks:
 * size before reading it, then format, version, framework and contents
 * (readImportFile). The checking code is loaded on first use.
 */
export async function readChosenFile(file: File, framework: Framework): Promise<ChosenFileReading> {
  let kit: typeof import('../core/exchange/export-file.js');
  try {
    kit = await import('../core/exchange/export-file.js');
  } catch {
    return { ok: 'load-failed' };
  }
  const { MAX_IMPORT_BYTES, readImportFile } = kit;
  if (file.size > MAX_IMPORT_BYTES) return refused({ kind: 'too-large', maxBytes: MAX_IMPORT_BYTES });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refused({ kind: 'not-json' });
  }
  return readImportFile(text, framework);
}

function refused(problem: ImportProblem): ImportReading {
  return { ok: false, problem };
}
