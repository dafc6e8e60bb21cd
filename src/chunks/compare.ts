/**
 * What showing and saving a comparison of colleagues' answers needs,
 * loaded the first time a person compares files: most never do, so it
 * stays out of the main file.
 */
import { compareStyles } from '../sections/compare/compare.styles.js';

export { comparisonSection } from '../sections/compare/compare.js';
export { AgreedAnswersController } from '../sections/compare/agreed-answers-controller.js';

/** Adopted after the extras' styles when this chunk arrives (chunk-styles.ts). */
export const styles = [compareStyles];
