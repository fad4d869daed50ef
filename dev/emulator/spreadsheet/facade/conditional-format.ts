// ConditionalFormatRule, its builder and its BooleanCondition.
// https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
import { KIND } from '../../kind';
import { isDateLike, timeOf } from '../cell-writes';
import { normalizeColor } from '../colors';
import type { ConditionalRule, CriteriaValue, TextStyle } from '../models';
import type { SheetModel } from '../sheet-model';
import { MODEL, badArguments, modelOf, typeName, type Env } from './env';
import { RangeFacade, type RangeModel } from './range';

interface RuleModel {
  sheet: SheetModel | null;
  rule: ConditionalRule;
}

/** A criterion value as Apps Script hands it back: Dates as Date, relative dates as enums. */
export function criteriaOut(v: CriteriaValue): unknown {
  if (typeof v === 'object' && 'date' in v) return new Date(v.date);
  if (typeof v === 'object' && 'relativeDate' in v) return v.relativeDate;
  return v;
}

const RELATIVE_DATES = ['TODAY', 'TOMORROW', 'YESTERDAY', 'PAST_WEEK', 'PAST_MONTH', 'PAST_YEAR'];

function dateArg(method: string, v: unknown): CriteriaValue {
  if (isDateLike(v)) return { date: timeOf(v) };
  if (typeof v === 'string' && RELATIVE_DATES.includes(v)) return { relativeDate: v };
  throw badArguments(`SpreadsheetApp.ConditionalFormatRuleBuilder.${method}`, typeName(v));
}

export class BooleanConditionFacade {
  readonly [KIND] = 'BooleanCondition';

  constructor(private readonly rule: ConditionalRule) {}

  getCriteriaType(): string {
    return this.rule.type;
  }
  getCriteriaValues(): unknown[] {
    return this.rule.values.map(criteriaOut);
  }
  getBackground(): string | null {
    return this.rule.format.background ?? null;
  }
  getFontColor(): string | null {
    return this.rule.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.rule.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.rule.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.rule.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.rule.format.underline ?? null;
  }
}

export class ConditionalFormatRuleFacade {
  readonly [KIND] = 'ConditionalFormatRule';
  readonly [MODEL]: { kind: 'ConditionalFormatRule'; value: RuleModel };

  constructor(
    private readonly env: Env,
    private readonly sheet: SheetModel | null,
    private readonly rule: ConditionalRule,
  ) {
    this[MODEL] = { kind: 'ConditionalFormatRule', value: { sheet, rule } };
  }

  getRanges(): RangeFacade[] {
    if (!this.sheet) return [];
    return this.rule.ranges.map((r) => new RangeFacade(this.env, this.sheet!, { ...r }));
  }
  getBooleanCondition(): BooleanConditionFacade | null {
    return new BooleanConditionFacade(this.rule);
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): ConditionalFormatRuleBuilderFacade {
    return new ConditionalFormatRuleBuilderFacade(this.env, this.sheet, structuredClone(this.rule));
  }
}

export class ConditionalFormatRuleBuilderFacade {
  readonly [KIND] = 'ConditionalFormatRuleBuilder';
  private hasCondition: boolean;

  constructor(
    private readonly env: Env,
    private sheet: SheetModel | null = null,
    private readonly rule: ConditionalRule = { ranges: [], type: '', values: [], format: {} },
  ) {
    this.hasCondition = rule.type !== '';
  }

  private when(type: string, values: CriteriaValue[]): ConditionalFormatRuleBuilderFacade {
    this.rule.type = type;
    this.rule.values = values;
    this.hasCondition = true;
    return this;
  }

  whenFormulaSatisfied(formula: string) {
    return this.when('CUSTOM_FORMULA', [String(formula)]);
  }
  whenCellEmpty() {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty() {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenTextEqualTo(text: string) {
    return this.when('TEXT_EQUAL_TO', [String(text)]);
  }
  whenTextDoesNotContain(text: string) {
    return this.when('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }
  whenTextContains(text: string) {
    return this.when('TEXT_CONTAINS', [String(text)]);
  }
  whenTextStartsWith(text: string) {
    return this.when('TEXT_STARTS_WITH', [String(text)]);
  }
  whenTextEndsWith(text: string) {
    return this.when('TEXT_ENDS_WITH', [String(text)]);
  }
  whenNumberLessThan(n: number) {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: number) {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberGreaterThan(n: number) {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number) {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberEqualTo(n: number) {
    return this.when('NUMBER_EQUAL_TO', [n]);
  }
  whenNumberNotEqualTo(n: number) {
    return this.when('NUMBER_NOT_EQUAL_TO', [n]);
  }
  whenNumberBetween(start: number, end: number) {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberNotBetween(start: number, end: number) {
    return this.when('NUMBER_NOT_BETWEEN', [start, end]);
  }
  /** A Date or a SpreadsheetApp.RelativeDate. */
  whenDateBefore(date: unknown) {
    const v = dateArg('whenDateBefore', date);
    return this.when(
      typeof v === 'object' && 'relativeDate' in v ? 'DATE_BEFORE_RELATIVE' : 'DATE_BEFORE',
      [v],
    );
  }
  whenDateAfter(date: unknown) {
    const v = dateArg('whenDateAfter', date);
    return this.when(
      typeof v === 'object' && 'relativeDate' in v ? 'DATE_AFTER_RELATIVE' : 'DATE_AFTER',
      [v],
    );
  }
  whenDateEqualTo(date: unknown) {
    const v = dateArg('whenDateEqualTo', date);
    return this.when(
      typeof v === 'object' && 'relativeDate' in v ? 'DATE_EQUAL_TO_RELATIVE' : 'DATE_EQUAL_TO',
      [v],
    );
  }

  private style(patch: TextStyle): ConditionalFormatRuleBuilderFacade {
    Object.assign(this.rule.format, patch);
    for (const k of Object.keys(this.rule.format) as (keyof TextStyle)[]) {
      if (this.rule.format[k] === undefined) delete this.rule.format[k];
    }
    return this;
  }

  setBackground(color: string | null) {
    return this.style({ background: color === null ? undefined : normalizeColor(color) });
  }
  setFontColor(color: string | null) {
    return this.style({ fontColor: color === null ? undefined : normalizeColor(color) });
  }
  setBold(bold: boolean | null) {
    return this.style({ bold: bold === null ? undefined : Boolean(bold) });
  }
  setItalic(italic: boolean | null) {
    return this.style({ italic: italic === null ? undefined : Boolean(italic) });
  }
  setStrikethrough(strikethrough: boolean | null) {
    return this.style({
      strikethrough: strikethrough === null ? undefined : Boolean(strikethrough),
    });
  }
  setUnderline(underline: boolean | null) {
    return this.style({ underline: underline === null ? undefined : Boolean(underline) });
  }

  setRanges(ranges: unknown[]): ConditionalFormatRuleBuilderFacade {
    if (!Array.isArray(ranges)) {
      throw badArguments('SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', typeName(ranges));
    }
    const models = ranges.map((r) => {
      const m = modelOf<RangeModel>(r, 'Range');
      if (!m)
        throw badArguments('SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', typeName(r));
      return m;
    });
    if (models.some((m) => m.sheet !== models[0]?.sheet)) {
      throw new Error('All ranges of a conditional format rule must be on the same sheet.');
    }
    this.sheet = models[0]?.sheet ?? null;
    this.rule.ranges = models.map((m) => ({ ...m.range }));
    return this;
  }

  getRanges(): RangeFacade[] {
    if (!this.sheet) return [];
    return this.rule.ranges.map((r) => new RangeFacade(this.env, this.sheet!, { ...r }));
  }
  getBooleanCondition(): BooleanConditionFacade | null {
    return this.hasCondition ? new BooleanConditionFacade(this.rule) : null;
  }

  copy(): ConditionalFormatRuleBuilderFacade {
    return new ConditionalFormatRuleBuilderFacade(this.env, this.sheet, structuredClone(this.rule));
  }

  build(): ConditionalFormatRuleFacade {
    if (!this.hasCondition) {
      throw new Error('Conditional format rules must have a condition. Please set one.');
    }
    return new ConditionalFormatRuleFacade(this.env, this.sheet, structuredClone(this.rule));
  }
}
