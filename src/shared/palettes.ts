import { unsafeCSS } from 'lit';

/**
 * The default colours, light and dark. Each colour has a custom property
 * per scheme (`--collab-text-color` in light, `--collab-dark-text-color` in
 * dark), so a host's value always wins within its own scheme and a host's
 * light-only colours never land on the dark palette (docs/decisions.md,
 * "Dark mode: colours in pairs"). One list per palette, written out as
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
  'focus-color': '#ffdd00',
  'focus-text-color': '#0b0c0c',
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
  // GOV.UK's focus: the yellow shows on either background, the near-black inside it on the yellow.
  'focus-color': '#ffdd00',
  'focus-text-color': '#0b0c0c',
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
  'focus-color': 'focus',
  'focus-text-color': 'focus-text',
};

/** `prefix`: '' for the light properties (`--collab-text-color`), 'dark-' for the dark ones (`--collab-dark-text-color`). */
const declarations = (colours: typeof LIGHT, prefix: '' | 'dark-') =>
  Object.entries(INTERNAL_NAMES)
    .map(([name, internal]) => `--_${internal}:var(--collab-${prefix}${name},${colours[name as keyof typeof LIGHT]})`)
    .join(';');

/**
 * Light by default; theme="dark", or theme="auto" when the person's system
 * prefers dark, swaps in the dark palette. The dark palette is always drawn
 * in the dark scheme: a host that wants light controls wants the light
 * palette. Written from the lists above, so the two dark rules cannot
 * drift apart. Kept out of the styles module: its CSS is minified at build
 * time, which a literal with values in it defeats.
 */
const DARK_RULE = `${declarations(DARK, 'dark-')};--_scheme:dark`;
export const palettes = unsafeCSS(
  `:host{${declarations(LIGHT, '')};--_scheme:var(--collab-color-scheme,light)}` +
    `:host([theme='dark']){${DARK_RULE}}` +
    `@media (prefers-color-scheme:dark){:host([theme='auto']){${DARK_RULE}}}`,
);
