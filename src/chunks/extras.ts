/**
 * The parts of the checklist a person does not need to start ticking:
 * the summary's counts in words, progress by behaviour and over time, the organisation profile, suggested next steps,
 * By when's date fields (inside notes, which start closed), the Save, share or print section, its dialogs and notices, the printed
 * summary and action plan, and the messages for a framework that cannot be shown. One
 * chunk, fetched as soon as the checklist is first drawn, so that the
 * first load stays small (README, Size; docs/decisions.md). Its styles come
 * with it, in the order they had in the single stylesheet (chunk-styles.ts).
 */
import { actionsStyles } from '../sections/actions/actions.styles.js';
import { dialogsStyles } from '../sections/dialogs/dialogs.styles.js';
import { nextStepsStyles } from '../sections/next-steps/next-steps.styles.js';
import { printStyles } from '../sections/print/print.styles.js';
import { profileStyles } from '../sections/profile/profile.styles.js';
import { progressOverTimeStyles } from '../sections/progress-over-time/progress-over-time.styles.js';
import { behaviourChartStyles } from '../sections/progress-summary/behaviour-chart.styles.js';
import { dateEntryStyles } from '../sections/practice/date-entry.styles.js';

export const styles = [actionsStyles, profileStyles, nextStepsStyles, progressOverTimeStyles, dialogsStyles, behaviourChartStyles, printStyles, dateEntryStyles];

export { behaviourChart } from '../sections/progress-summary/behaviour-chart.js';
export { summaryCounts } from '../sections/progress-summary/summary-counts.js';
export { storageNotice } from '../sections/actions/storage-notice.js';
export { aboutLine, profileForm, roleLabel, sizeLabel } from '../sections/profile/profile.js';
export { nextSteps } from '../sections/next-steps/next-steps.js';
export { actionsPanel } from '../sections/actions/actions.js';
export { importNotice, problemText } from '../sections/actions/import-notice.js';
export { nameFields } from '../sections/actions/name-fields.js';
export { dateEntry } from '../sections/practice/date-entry.js';
export { printHeader, printSummary } from '../sections/print/print-summary.js';
export { printPlan } from '../sections/print/print-plan.js';
export { printReport, sheetsOf } from '../sections/print/report-document.js';
export { reportTitle, reportTitleBlock } from '../sections/print/report-title-block.js';
export { resetDialog } from '../sections/dialogs/reset-dialog.js';
export { importDialog } from '../sections/dialogs/import-dialog.js';
export { frameworkProblems } from '../sections/framework-problems/framework-problems.js';
export { progressOverTime } from '../sections/progress-over-time/progress-over-time.js';
export { SnapshotController } from '../sections/progress-over-time/progress-over-time-controller.js';
export { ProfileController } from '../sections/profile/profile-controller.js';
