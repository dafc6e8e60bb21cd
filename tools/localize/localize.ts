// npm run localize (part of start and build): runs the localize step (localize-step.ts) and reports its mistakes.
// A mistake in a translation stops it with one line per mistake (file, line,
// what is wrong) rather than a stack trace.
import { localize } from './localize-step.js';

// --mark-english: the translator's preview (tools/build/translation-preview.ts), never the build.
const problems = await localize({ markEnglish: process.argv.includes('--mark-english') });
if (problems.length) {
  console.error(problems.join('\n'));
  console.error('Fix these and save again; "npm run translations:check" lists everything still to do.');
  process.exit(1);
}
