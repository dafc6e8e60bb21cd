import { unsafeCSS } from 'lit';

/**
 * The default colours, light and dark, each under its custom property: a
 * host's own value always wins. One list per palette, written out as
 * declarations wherever the palette applies.
 */
const LIGHT = {
  'text-color': '#0b0c0c',
  'secondary-text-color': '#505a5f',
  background: '#ffffff',
  surface: '#f3f2f1',
  'border-color': '#b1b4b6',
  'accent-color': '#1d70b8',
  'accent-text-color': '#ffffff',
  'warning-color': '#d4351c',
  'warning-text-color': '#ffffff',
  'color-scheme': 'light',
};

/** Contrast checked by axe (theming.test.ts): text 14:1, secondary text 11:1, accent 8:1 on the background. */
const DARK: typeof LIGHT = {
  'text-color': '#f3f2f1',
  'secondary-text-color': '#c9d1d9',
  background: '#1b1f24',
  surface: '#262c33',
  'border-color': '#6e7681',
  'accent-color': '#79b8ff',
  'accent-text-color': '#0b0c0c',
  'warning-color': '#ff9b8f',
  'warning-text-color': '#0b0c0c',
  'color-scheme': 'dark',
};

/** The private names the rules below use, each falling back to the palette. */
const INTERNAL_NAMES: Record<keyof typeof LIGHT, string> = {
  'text-color': 'text',
  'secondary-text-color': 'muted',
  background: 'background',
  surface: 'surface',
  'border-color': 'border',
  'accent-color': 'accent',
  'accent-text-color': 'accent-text',
  'warning-color': 'warning',
  'warning-text-color': 'warning-text',
  'color-scheme': 'scheme',
};

const declarations = (colours: typeof LIGHT) =>
  Object.entries(INTERNAL_NAMES)
    .map(([name, internal]) => `--_${internal}:var(--collab-${name},${colours[name as keyof typeof LIGHT]})`)
    .join(';');

/**
 * Light by default; theme="dark", or theme="auto" when the person's system
 * prefers dark, swaps in the dark palette. Written from the lists above, so
 * the two dark rules cannot drift apart. Kept out of the styles module: its
 * CSS is minified at build time, which a literal with values in it defeats.
 */
export const palettes = unsafeCSS(
  `:host{${declarations(LIGHT)}}` +
    `:host([theme='dark']){${declarations(DARK)}}` +
    `@media (prefers-color-scheme:dark){:host([theme='auto']){${declarations(DARK)}}}`,
);

