// Types of chromium.js (plain JavaScript, so the test runner's config and require-browsers.js run it without a build step).
export const chromiumPath: string;
export const chromiumArgs: string[];
export function chromiumAvailable(): boolean;
export function chromiumMissing(): string;
export function requireChromiumVersion(): void;
