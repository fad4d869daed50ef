// Our conditional-format rules on the step table, built from core's specs. Sheets keeps one
// list of rules per sheet and setConditionalFormatRules replaces all of it, so the user's rules
// are read, kept in their order and first (they win where they overlap), and ours follow in
// core's priority order: one read and one write however often this runs.
import { isOurRule, stepRuleRange, stepRules } from '../../core/plan';
import { type StepTable, stepLetters } from '../../core/plan';
import { buildConditionalRule } from '../platform/sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** Replaces our rules on the sheet; the rules cover every row down to the sheet's last row. */
export function applyStepRules(sheet: Sheet, table: StepTable, maxRows: number): void {
  const area = stepRuleRange(table);
  const range = sheet.getRange(
    area.firstRow,
    area.firstColumn,
    Math.max(1, maxRows - area.firstRow + 1),
    area.lastColumn - area.firstColumn + 1,
  );
  const ours = stepRules(stepLetters(table), area.firstRow).map((spec) =>
    buildConditionalRule(spec, range),
  );
  const theirs = sheet.getConditionalFormatRules().filter((rule) => !isOurs(rule));
  sheet.setConditionalFormatRules([...theirs, ...ours]);
}

export function isOurs(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  return condition.getCriteriaValues().some((v) => typeof v === 'string' && isOurRule(v));
}
