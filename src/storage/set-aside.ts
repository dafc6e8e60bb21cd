import type { SetAsideCopy } from '../core/exchange/export-file.js';
import { setAsideKey } from './progress-storage.js';

/**
 * Every copy this browser set aside for the progress saved under `key` (see
 * ProgressStorage.load), oldest first, for the export file. Read only when
 * the person exports, never on a save. Never throws: storage that refuses
 * to be read has nothing to give.
 */
export function setAsideCopies(key: string, storage: () => Storage = () => window.localStorage): SetAsideCopy[] {
  const prefix = setAsideKey(key, '');
  const copies: SetAsideCopy[] = [];
  try {
    const store = storage();
    for (let index = 0; index < store.length; index += 1) {
      const name = store.key(index);
      const data = name?.startsWith(prefix) ? store.getItem(name) : null;
      if (data !== null) copies.push({ copiedAt: name!.slice(prefix.length), data });
    }
  } catch {
    return [];
  }
  return copies.sort((a, b) => (a.copiedAt < b.copiedAt ? -1 : a.copiedAt > b.copiedAt ? 1 : 0));
}
