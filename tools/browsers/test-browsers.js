// Which engines the component tests run in (all three, or those TEST_BROWSERS names).
/** The engines the component tests run in, each Debian's package. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/**
 * The engines to run: all three, unless TEST_BROWSERS names some
 * (comma-separated), e.g. TEST_BROWSERS=webkit for a quick local run.
 * CI unsets it and always runs all three.
 */
export function testBrowsers(value = process.env.TEST_BROWSERS) {
  if (!value) return ENGINES;
  const names = value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  if (!names.length || names.some((name) => !ENGINES.includes(name))) {
    throw new Error(`TEST_BROWSERS=${value}: expected one or more of ${ENGINES.join(', ')}, comma-separated.`);
  }
  return names;
}
