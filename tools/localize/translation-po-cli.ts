// npm run translations:po:export -- pl [pl.po] / npm run translations:po:import -- pl pl.po
// Export writes a language's interface texts as a PO file (pl.po here by
// default); import reads one back into xliff/pl.xlf, or prints its
// mistakes, one line each, and changes nothing.
import { writeFileSync } from 'node:fs';
import { ProjectLocalizer, readRuntimeConfig, sourceMessages } from './lit-localize-project.js';
import { exportPo, importPo, PoError } from './translation-po.js';
import { jsonFilesProblems } from './translation-syntax.js';

const [command, locale, file = `${locale}.po`] = process.argv.slice(2);
if (!['export', 'import'].includes(command) || !locale) {
  console.error('Usage: npm run translations:po:export -- <language> [file.po], or npm run translations:po:import -- <language> <file.po>');
  process.exit(2);
}
const settings = jsonFilesProblems();
if (settings.length) fail(settings);
const config = readRuntimeConfig();
const sources = sourceMessages(new ProjectLocalizer(config));
if (command === 'export') {
  try {
    writeFileSync(file, exportPo(config, locale, sources));
  } catch (error) {
    if (error instanceof PoError) fail(error.problems);
    throw error;
  }
  console.log(`Wrote ${file}: translate each msgstr, keeping every \${…} as it is, then run "npm run translations:po:import -- ${locale} ${file}".`);
} else {
  const problems = await importPo(config, locale, sources, file);
  if (problems.length) fail(problems);
  console.log(`Read ${file} into the ${locale} XLIFF file. Now run "npm run translations:check -- ${locale}".`);
}

function fail(problems: readonly string[]): never {
  console.error(problems.join('\n'));
  process.exit(1);
}
