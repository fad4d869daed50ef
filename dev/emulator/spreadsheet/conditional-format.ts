// Conditional formatting, evaluated lazily for the cells someone asks about. For a cell, the
// sheet's rules are tried in order; the first rule whose range holds the cell and whose
// condition is met supplies the format (later matching rules are ignored, as in Google Sheets);
// properties that rule leaves unset fall back to the cell's own format.
import { BLACK, WHITE } from './colors';
import {
  cellDay,
  criterionDay,
  criterionNumber,
  criterionText,
  displayOf,
  FormulaMemo,
  formulaHolds,
  isBlankValue,
  readCell,
  type CellView,
} from './criteria';
import type { ConditionalRule, EffectiveFormat } from './models';
import { contains } from './range-shift';
import type { SheetModel } from './sheet-model';
import type { Workbook } from './workbook';

function numberTest(rule: ConditionalRule, view: CellView): boolean {
  if (typeof view.value !== 'number') return false;
  const v = view.value;
  const a = criterionNumber(rule.values[0]);
  const b = criterionNumber(rule.values[1]);
  if (a === undefined) return false;
  switch (rule.type) {
    case 'NUMBER_EQUAL_TO':
      return v === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return v !== a;
    case 'NUMBER_GREATER_THAN':
      return v > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return v >= a;
    case 'NUMBER_LESS_THAN':
      return v < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return v <= a;
    case 'NUMBER_BETWEEN':
      return b !== undefined && v >= Math.min(a, b) && v <= Math.max(a, b);
    case 'NUMBER_NOT_BETWEEN':
      return b !== undefined && (v < Math.min(a, b) || v > Math.max(a, b));
    default:
      return false;
  }
}

/** Does `rule` hold for the cell at row/column, which lies in `rule`'s range `anchor`? */
export function ruleMatches(
  book: Workbook,
  sheet: SheetModel,
  rule: ConditionalRule,
  anchor: { row: number; column: number },
  row: number,
  column: number,
  memo?: FormulaMemo,
): boolean {
  if (rule.type === 'CUSTOM_FORMULA') {
    const formula = criterionText(rule.values[0]);
    return formulaHolds(sheet, book, formula, row - anchor.row, column - anchor.column, memo);
  }
  const view = readCell(sheet, row, column);
  const text = displayOf(view);
  const arg = criterionText(rule.values[0]);
  switch (rule.type) {
    case 'CELL_EMPTY':
      return isBlankValue(view.value);
    case 'CELL_NOT_EMPTY':
      return !isBlankValue(view.value);
    case 'TEXT_CONTAINS':
      return text.toLowerCase().includes(arg.toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.toLowerCase().includes(arg.toLowerCase());
    case 'TEXT_STARTS_WITH':
      return text.toLowerCase().startsWith(arg.toLowerCase());
    case 'TEXT_ENDS_WITH':
      return text.toLowerCase().endsWith(arg.toLowerCase());
    case 'TEXT_EQUAL_TO':
      return text === arg;
    case 'TEXT_NOT_EQUAL_TO':
      return text !== arg;
    case 'DATE_BEFORE':
    case 'DATE_AFTER':
    case 'DATE_EQUAL_TO':
    case 'DATE_BEFORE_RELATIVE':
    case 'DATE_AFTER_RELATIVE':
    case 'DATE_EQUAL_TO_RELATIVE': {
      const day = cellDay(view);
      const target = rule.values[0] === undefined ? undefined : criterionDay(book, rule.values[0]);
      if (day === undefined || target === undefined) return false;
      if (rule.type.startsWith('DATE_BEFORE')) return day < target;
      if (rule.type.startsWith('DATE_AFTER')) return day > target;
      return day === target;
    }
    default:
      return numberTest(rule, view);
  }
}

/** Evaluates the rules of one sheet, caching formula results for the life of the object. */
export class ConditionalEvaluator {
  private readonly memos: FormulaMemo[];

  constructor(
    private readonly book: Workbook,
    private readonly sheet: SheetModel,
  ) {
    this.memos = sheet.conditionalRules.map((r) => new FormulaMemo(criterionText(r.values[0])));
  }

  /** The first rule that applies to a cell, or undefined. */
  matchingRule(row: number, column: number): ConditionalRule | undefined {
    const rules = this.sheet.conditionalRules;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i];
      const anchor = rule.ranges.find((r) => contains(r, row, column));
      if (!anchor) continue;
      // Relative references count from the top-left of the rule's first range, as in Sheets.
      const origin = rule.ranges[0];
      if (ruleMatches(this.book, this.sheet, rule, origin, row, column, this.memos[i])) {
        return rule;
      }
    }
    return undefined;
  }

  format(row: number, column: number): EffectiveFormat {
    const own = this.sheet.getMeta(row, column);
    const cf = this.matchingRule(row, column)?.format ?? {};
    return {
      background: cf.background ?? own?.background ?? WHITE,
      fontColor: cf.fontColor ?? own?.fontColor ?? BLACK,
      bold: cf.bold ?? own?.bold ?? false,
      italic: cf.italic ?? own?.italic ?? false,
      strikethrough: cf.strikethrough ?? own?.strikethrough ?? false,
    };
  }
}

export function effectiveFormat(
  book: Workbook,
  sheet: SheetModel,
  row: number,
  column: number,
): EffectiveFormat {
  return new ConditionalEvaluator(book, sheet).format(row, column);
}
