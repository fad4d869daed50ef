// The plan's public functions, re-exported by src/server/index.ts: each becomes a top-level
// function of dist/Code.js. Nothing here runs at load time.
export { createPlan } from './create-plan';
export { previewSchedule } from './preview-schedule';
export { refreshFormatting } from './refresh-formatting';
export { getPlanStatus, selectStepRow } from './plan-status';
export { onPlanEdit } from './on-plan-edit';
