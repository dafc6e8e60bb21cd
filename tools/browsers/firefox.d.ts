// Types of what the print test uses from firefox.js (plain JavaScript, so the test runner's config runs it without a build step).
export const firefoxPath: string;
export const firefoxArgs: string[];
export function firefoxAvailable(): boolean;
export function firefoxMissing(): string;
