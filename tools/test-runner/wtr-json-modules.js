// web-test-runner plugin: serves .json files as JavaScript modules when imported.
// Serves .json files as JavaScript modules only when a module imports them
// (the browser marks those requests Sec-Fetch-Dest: script). A fetch() of the
// same file, as framework-src makes, still gets the JSON itself.
const importedAsModule = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';

export function jsonModulesPlugin() {
  return {
    name: 'collab-json-modules',
    resolveMimeType(context) {
      if (importedAsModule(context)) return 'js';
    },
    transform(context) {
      if (importedAsModule(context)) return { body: `export default ${context.body};` };
    },
  };
}
