// Types of browser-versions.js (plain JavaScript, so `node tools/browsers/require-browsers.js` runs it without a build step).
export type Engine = 'chromium' | 'firefox' | 'webkit';
export const MINIMUM_VERSIONS: Record<Engine, string>;
export function parseVersion(text: string | null | undefined): number[] | null;
export function compareVersions(a: string, b: string): number;
export function versionProblem(engine: Engine, found: string | null | undefined, needed?: string): string | null;
export function installedVersion(engine: Engine, path: string): string | null;
export function requireVersion(engine: Engine, path: string): void;
