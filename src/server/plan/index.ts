export { createPlan } from './create';
export { previewSchedule } from './create-options';
export { refreshFormatting } from './formatting';
export { getPlanStatus, selectStepRow } from './plan-status';
export { onPlanEdit } from './edit';

// The plan's public functions, re-exported by src/server/index.ts: each becomes a top-level
// function of dist/Code.js. Nothing here runs at load time.
