// Types of requirements.js (plain JavaScript, so require-browsers.js runs it without a build step).
export const WORDPRESS: string;
export const THEME: string;
export const MARIADBD: string;
export const INSTALL: string;
export function wordpressMissing(): string | undefined;
