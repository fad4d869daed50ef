// DataValidation and DataValidationBuilder.
// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
import { KIND } from '../../kind';
import { isDateLike, timeOf } from '../cell-writes';
import type { CriteriaValue, ValidationRule, ValidationValue } from '../models';
import { criteriaOut } from './conditional-format';
import { MODEL, badArguments, modelOf, typeName, type Env } from './env';
import { RangeFacade, type RangeModel } from './range';

function valuesOut(env: Env, values: ValidationValue[]): unknown[] {
  return values.map((v) => {
    if (Array.isArray(v)) return [...v];
    if (v && typeof v === 'object' && 'rangeRef' in v) {
      const sheet = env.book.getSheetById(v.rangeRef.sheetId);
      return sheet ? new RangeFacade(env, sheet, { ...v.rangeRef.range }) : null;
    }
    return criteriaOut(v as CriteriaValue);
  });
}

export class DataValidationFacade {
  readonly [KIND] = 'DataValidation';
  readonly [MODEL]: { kind: 'DataValidation'; value: ValidationRule };

  constructor(
    private readonly env: Env,
    private readonly rule: ValidationRule,
  ) {
    this[MODEL] = { kind: 'DataValidation', value: rule };
  }

  getCriteriaType(): string {
    return this.rule.type;
  }
  getCriteriaValues(): unknown[] {
    return valuesOut(this.env, this.rule.values);
  }
  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }
  getHelpText(): string | null {
    return this.rule.helpText;
  }
  copy(): DataValidationBuilderFacade {
    return new DataValidationBuilderFacade(this.env, structuredClone(this.rule));
  }
}

const METHOD = 'SpreadsheetApp.DataValidationBuilder';

function dateValue(method: string, v: unknown): CriteriaValue {
  if (!isDateLike(v)) throw badArguments(`${METHOD}.${method}`, typeName(v));
  return { date: timeOf(v) };
}

export class DataValidationBuilderFacade {
  readonly [KIND] = 'DataValidationBuilder';

  constructor(
    private readonly env: Env,
    // A new rule warns rather than rejects until setAllowInvalid(false), as in Apps Script.
    private readonly rule: ValidationRule = {
      type: '',
      values: [],
      allowInvalid: true,
      helpText: null,
    },
  ) {}

  private require(type: string, values: ValidationValue[]): DataValidationBuilderFacade {
    this.rule.type = type;
    this.rule.values = values;
    return this;
  }

  requireValueInList(values: unknown[], showDropdown = true) {
    if (!Array.isArray(values))
      throw badArguments(`${METHOD}.requireValueInList`, typeName(values));
    return this.require('VALUE_IN_LIST', [Array.from(values, String), showDropdown]);
  }
  requireValueInRange(range: unknown, showDropdown = true) {
    const m = modelOf<RangeModel>(range, 'Range');
    if (!m) throw badArguments(`${METHOD}.requireValueInRange`, typeName(range));
    return this.require('VALUE_IN_RANGE', [
      { rangeRef: { sheetId: m.sheet.sheetId, range: { ...m.range } } },
      showDropdown,
    ]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown) {
    const values: ValidationValue[] = [];
    if (checkedValue !== undefined) values.push(String(checkedValue));
    if (uncheckedValue !== undefined) values.push(String(uncheckedValue));
    return this.require('CHECKBOX', values);
  }
  requireDate() {
    return this.require('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: unknown) {
    return this.require('DATE_AFTER', [dateValue('requireDateAfter', date)]);
  }
  requireDateBefore(date: unknown) {
    return this.require('DATE_BEFORE', [dateValue('requireDateBefore', date)]);
  }
  requireDateOnOrAfter(date: unknown) {
    return this.require('DATE_ON_OR_AFTER', [dateValue('requireDateOnOrAfter', date)]);
  }
  requireDateOnOrBefore(date: unknown) {
    return this.require('DATE_ON_OR_BEFORE', [dateValue('requireDateOnOrBefore', date)]);
  }
  requireDateEqualTo(date: unknown) {
    return this.require('DATE_EQUAL_TO', [dateValue('requireDateEqualTo', date)]);
  }
  requireDateBetween(start: unknown, end: unknown) {
    return this.require('DATE_BETWEEN', [
      dateValue('requireDateBetween', start),
      dateValue('requireDateBetween', end),
    ]);
  }
  requireDateNotBetween(start: unknown, end: unknown) {
    return this.require('DATE_NOT_BETWEEN', [
      dateValue('requireDateNotBetween', start),
      dateValue('requireDateNotBetween', end),
    ]);
  }
  requireNumberBetween(start: number, end: number) {
    return this.require('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number) {
    return this.require('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(n: number) {
    return this.require('NUMBER_EQUAL_TO', [n]);
  }
  requireNumberNotEqualTo(n: number) {
    return this.require('NUMBER_NOT_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number) {
    return this.require('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number) {
    return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number) {
    return this.require('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number) {
    return this.require('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireTextIsEmail() {
    return this.require('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl() {
    return this.require('TEXT_IS_VALID_URL', []);
  }
  requireTextContains(text: string) {
    return this.require('TEXT_CONTAINS', [String(text)]);
  }
  requireTextDoesNotContain(text: string) {
    return this.require('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }
  requireTextEqualTo(text: string) {
    return this.require('TEXT_EQUAL_TO', [String(text)]);
  }
  requireFormulaSatisfied(formula: string) {
    return this.require('CUSTOM_FORMULA', [String(formula)]);
  }

  setAllowInvalid(allowInvalid: boolean): DataValidationBuilderFacade {
    this.rule.allowInvalid = Boolean(allowInvalid);
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilderFacade {
    this.rule.helpText = helpText === null || helpText === undefined ? null : String(helpText);
    return this;
  }

  getCriteriaType(): string | null {
    return this.rule.type === '' ? null : this.rule.type;
  }
  getCriteriaValues(): unknown[] {
    return valuesOut(this.env, this.rule.values);
  }
  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }
  getHelpText(): string | null {
    return this.rule.helpText;
  }

  copy(): DataValidationBuilderFacade {
    return new DataValidationBuilderFacade(this.env, structuredClone(this.rule));
  }

  build(): DataValidationFacade {
    if (this.rule.type === '') {
      throw new Error('You must set a validation criteria before building the rule.');
    }
    return new DataValidationFacade(this.env, structuredClone(this.rule));
  }
}
