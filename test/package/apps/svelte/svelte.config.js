// The app's own (empty) Svelte config, so svelte-check does not go looking
// for one in the repository's vite.config.ts further up.
export default {};
