/**
 * The parts of the checklist a person does not need to start ticking:
 * progress by behaviour and over time, the organisation profile, suggested next steps,
 * the Save, share or print section, its dialogs and notices, the printed
 * summary and action plan, and the messages for a framework that cannot be shown. One
 * chunk, fetched as soon as the checklist is first drawn, so that the
 * first load stays small (README, Size; docs/decisions.md).
 */
export { behaviourChart } from './templates/behaviour-chart.js';
export { storageNotice } from './templates/storage-notice.js';
export { aboutLine, profileForm } from './templates/profile-form.js';
export { nextSteps } from './templates/next-steps.js';
export { actionsPanel } from './templates/actions-panel.js';
export { importNotice, problemText } from './templates/import-notice.js';
export { nameFields } from './templates/name-fields.js';
export { printHeader, printSummary } from './templates/print-summary.js';
export { printPlan } from './templates/print-plan.js';
export { resetDialog } from './templates/reset-dialog.js';
export { importDialog } from './templates/import-dialog.js';
export { frameworkProblems } from './templates/framework-problems.js';
export { progressOverTime } from './templates/progress-over-time.js';
export { SnapshotController } from '../../controller/snapshot-controller.js';
