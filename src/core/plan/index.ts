// The plan: templates and work-back scheduling, the tabs' layout and rules, reading the step
// table, the header and the stakeholders, step state, slip and plan status.
export {
  DATE_FORMAT,
  cellText,
  formulaErrorOf,
  isDateCell,
  isDateValue,
  isFormulaCell,
  isInstantCell,
  unreadableDateWords,
} from './cells';
export type { CellPosition, ColumnFormat, SheetCell, TableFormat, ValidationSpec } from './cells';
export { dateChangeOf, dateOfOldValue, doneOnStamp, editEffects } from './edits';
export type { CellWrite, EditEffects } from './edits';
export { headerFormulas, isSignatureLabel, readHeader, signatureCellIn } from './header';
export type { HeaderRead } from './header';
export { STATUSES, buyerWordIn, sideChoices, sideWord } from './model';
export type { BuyerWord } from './model';
export type {
  ParsedStep,
  PlanHeader,
  PlanStatus,
  RowWarning,
  Side,
  Stakeholder,
  Step,
  StepColumnKey,
  StepStatus,
} from './model';
export { isOurRule, stepRuleRange, stepRules } from './rules';
export type { RuleSpec } from './rules';
export { planDateProblems } from './plan-dates';
export type { PlanDateProblem } from './plan-dates';
export { refusedPreviewOf, schedulePreviewOf, scheduleTemplate } from './schedule';
export { startsInPastWords } from './work-back';
export type { ScheduleResult } from './schedule';
export { dealTitle, MAP_TABLE_HEADER_ROW, mapSheetLayout, stepColumnFormats } from './sheet-layout';
export { SLIP_HISTORY_FORMAT, slipFormula, slipHistoryEntry, slipHistoryHeader } from './slip';
export {
  STAKEHOLDERS_FORMAT,
  listStakeholderWarnings,
  parseStakeholders,
  stakeholderGrid,
  stakeholderSeeds,
} from './stakeholders';
export { summarizePlan } from './status';
export {
  LEGEND,
  LEGEND_COLUMNS,
  LEGEND_ORIGIN,
  LEGEND_ROWS,
  LEGEND_TITLE,
  legendCells,
  legendPlace,
} from './legend';
export type { LegendCell, LegendEntry } from './legend';
export {
  signatureWarnings,
  seInvolvedTest,
  isSignatureStep,
  isStepMarker,
  signatureStepIn,
  signatureStepMove,
  stepMarkersOf,
} from './step-markers';
export type { StepMarker } from './step-markers';
export { replanSteps } from './replan';
export type { ReplanMode, ReplanInput, ReplanMove, Replan, ReplanOutcome } from './replan';
export { planStatusOf, progressOf } from './status';
export {
  classifyStep,
  editMovesTableEnd,
  liveRowsEnd,
  parseStatus,
  parseSteps,
  stepTableEnd,
  tableEndIn,
  TABLE_END_BLANK_ROWS,
  UNREADABLE_STEP_NAME,
} from './steps';
export type { ClassifiableStep } from './steps';
export { planEvidenceIn, sortedHeadingWarning } from './table-evidence';
export {
  DEFAULT_SCAN_ROWS,
  columnLetter,
  locateStakeholderTable,
  locateStepTable,
  stepLetters,
} from './table';
export type { StepTable, TableNotFound } from './table';
export { getTemplate, listTemplates, stakeholderRoles } from './templates';
