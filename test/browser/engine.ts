// Which engine a browser test file runs in, for the checks that run at full depth only in Chromium.
export type Engine = 'chromium' | 'firefox' | 'webkit';

/** Read from the user agent: HeadlessChrome/Chrome, Firefox, else WebKit (MiniBrowser says only AppleWebKit and Safari). */
export const engine: Engine = /Firefox\//.test(navigator.userAgent) ? 'firefox' : /Chrome\//.test(navigator.userAgent) ? 'chromium' : 'webkit';

/**
 * The slow checks (model-based runs, axe after the first audit of a file) run
 * in full in Chromium, the fastest engine here, and bounded in Firefox and
 * WebKit, where one axe audit or one WebDriver step takes ten times as long.
 */
export const fullDepth = engine === 'chromium';

/** `full` in Chromium, `smoke` in Firefox and WebKit. */
export const byEngine = <T>(full: T, smoke: T): T => (fullDepth ? full : smoke);
