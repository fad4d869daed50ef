// The plan's public functions (createPlan, refreshFormatting, getPlanStatus, onPlanEdit, ...),
// re-exported by src/server/index.ts.
export {};
