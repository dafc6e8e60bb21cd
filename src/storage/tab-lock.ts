let warnedOfLocks = false;

/**
 * Runs `task` once no other tab of this site holds the lock `name` (the Web
 * Locks API: Chromium, Firefox and Safari since 2022), so that two tabs'
 * read-merge-writes of one record take turns. Always later, never now:
 * callers write at once and reconcile here. Where the API is missing or a
 * host page broke it, `task` runs on the next task without the lock, with
 * one warning: the storage-event write-back (checklist-controller.ts) still
 * brings every tab's changes together, a moment later.
 */
export function underTabLock(name: string, task: () => void): void {
  try {
    const locks = (navigator as Navigator & { locks?: LockManager }).locks;
    if (typeof locks?.request === 'function') {
      locks.request(name, () => task()).catch(() => setTimeout(task));
      return;
    }
  } catch {
    // A broken LockManager: as if there were none.
  }
  if (!warnedOfLocks) {
    warnedOfLocks = true;
    console.warn('<collab-checklist>: no Web Locks here; tabs reconcile saves unlocked.');
  }
  setTimeout(task);
}
