/**
 * ISO timestamps that always move forward, even for two changes in one
 * millisecond, because merging records picks the newer response by time.
 */
export function createClock(read: () => number = Date.now): () => string {
  let last = 0;
  return () => {
    last = Math.max(read(), last + 1);
    return new Date(last).toISOString();
  };
}
