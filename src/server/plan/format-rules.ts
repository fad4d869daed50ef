// Our conditional-format rules on the step table, built from core's specs. Sheets keeps one
// list of rules per sheet and setConditionalFormatRules replaces all of it, so the user's rules
// are read, kept in their order and first (they win where they overlap), and ours follow in
// core's priority order: one read and one write however often this runs.
import { isOurRule, stepRuleRange, stepRules } from '../../core/plan';
import { type StepTable, stepLetters } from '../../core/plan';
import { boundsOfA1, buildConditionalRule, type Bounds } from '../platform/sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** Where the rules go: the table's columns, from its first data row. */
export type RuleTable = Pick<StepTable, 'column' | 'firstDataRow'>;

/**
 * Replaces our rules on the sheet; they cover the table's columns from its first data row down
 * to `lastRow` (core's liveRowsEnd). `rules` is the sheet's list when the caller has read it.
 */
export function applyStepRules(
  sheet: Sheet,
  table: RuleTable,
  lastRow: number,
  rules: Rule[] = sheet.getConditionalFormatRules(),
): void {
  const area = stepRuleRange(table);
  const range = sheet.getRange(
    area.firstRow,
    area.firstColumn,
    Math.max(1, lastRow - area.firstRow + 1),
    area.lastColumn - area.firstColumn + 1,
  );
  const ours = stepRules(stepLetters(table), area.firstRow).map((spec) =>
    buildConditionalRule(spec, range),
  );
  const theirs = rules.filter((rule) => !isOurs(rule));
  sheet.setConditionalFormatRules([...theirs, ...ours]);
}

/** The range our rules cover on the sheet now, or null when none of ours is there. */
export function ourRulesArea(rules: readonly Rule[]): Bounds | null {
  const ours = rules.find(isOurs);
  const range = ours?.getRanges()[0];
  return range ? boundsOfA1(range.getA1Notation()) : null;
}

export function isOurs(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  return condition.getCriteriaValues().some((v) => typeof v === 'string' && isOurRule(v));
}
