// SpreadsheetApp.Protection: a protected range or a protected sheet.
// https://developers.google.com/apps-script/reference/spreadsheet/protection
import { KIND } from '../../kind';
import type { GridRange } from '../a1';
import type { ProtectionRecord } from '../models';
import { PROTECTED_MESSAGE, canEditProtection, protectionEditors } from '../protection';
import type { SheetModel } from '../sheet-model';
import { MODEL, badArguments, modelOf, typeName, type Env } from './env';
import { RangeFacade, type RangeModel } from './range';
import { UserFacade, emailOf } from './user';

export class ProtectionFacade {
  readonly [KIND] = 'Protection';
  readonly [MODEL]: { kind: 'Protection'; value: ProtectionRecord };

  constructor(
    private readonly env: Env,
    private readonly sheet: SheetModel,
    private readonly p: ProtectionRecord,
  ) {
    this[MODEL] = { kind: 'Protection', value: p };
  }

  /** Only someone who may edit the protected cells may change the protection. */
  private guard(): void {
    if (!canEditProtection(this.env.book, this.p, this.env.ctx.user())) {
      throw new Error(PROTECTED_MESSAGE);
    }
  }

  private explicitEditors(): string[] {
    return [...(this.p.editors ?? this.env.book.editors)];
  }

  getProtectionType(): string {
    return this.p.type;
  }
  getRange(): RangeFacade {
    const r: GridRange = this.p.range ?? {
      row: 1,
      column: 1,
      numRows: this.sheet.maxRows,
      numColumns: this.sheet.maxColumns,
    };
    return new RangeFacade(this.env, this.sheet, { ...r });
  }
  setRange(range: unknown): ProtectionFacade {
    this.guard();
    const m = modelOf<RangeModel>(range, 'Range');
    if (!m) throw badArguments('SpreadsheetApp.Protection.setRange', typeName(range));
    this.p.range = { ...m.range };
    return this;
  }
  getDescription(): string {
    return this.p.description;
  }
  setDescription(description: string): ProtectionFacade {
    this.guard();
    this.p.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this.p.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): ProtectionFacade {
    this.guard();
    this.p.warningOnly = Boolean(warningOnly);
    return this;
  }
  canEdit(): boolean {
    return canEditProtection(this.env.book, this.p, this.env.ctx.user());
  }
  canDomainEdit(): boolean {
    return this.p.domainEdit;
  }
  setDomainEdit(editable: boolean): ProtectionFacade {
    this.guard();
    this.p.domainEdit = Boolean(editable);
    return this;
  }
  getEditors(): UserFacade[] {
    return protectionEditors(this.env.book, this.p).map((e) => new UserFacade(e));
  }
  addEditor(emailOrUser: unknown): ProtectionFacade {
    return this.addEditors([emailOrUser]);
  }
  addEditors(emails: unknown[]): ProtectionFacade {
    this.guard();
    const list = this.explicitEditors();
    for (const e of emails.map(emailOf)) if (!list.includes(e)) list.push(e);
    this.p.editors = list;
    return this;
  }
  /** The owner cannot be removed; removing anyone narrows the list from the file's editors. */
  removeEditor(emailOrUser: unknown): ProtectionFacade {
    return this.removeEditors([emailOrUser]);
  }
  removeEditors(emails: unknown[]): ProtectionFacade {
    this.guard();
    const gone = new Set(emails.map(emailOf));
    this.p.editors = this.explicitEditors().filter(
      (e) => !gone.has(e) || e === this.env.book.owner,
    );
    return this;
  }
  getUnprotectedRanges(): RangeFacade[] {
    return this.p.unprotectedRanges.map((r) => new RangeFacade(this.env, this.sheet, { ...r }));
  }
  setUnprotectedRanges(ranges: unknown[]): ProtectionFacade {
    this.guard();
    if (this.p.type !== 'SHEET') {
      throw new Error('Unprotected ranges can only be set on a sheet protection.');
    }
    this.p.unprotectedRanges = ranges.map((r) => {
      const m = modelOf<RangeModel>(r, 'Range');
      if (!m) throw badArguments('SpreadsheetApp.Protection.setUnprotectedRanges', typeName(r));
      return { ...m.range };
    });
    return this;
  }
  remove(): void {
    this.guard();
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.p);
  }
}

export function newRangeProtection(env: Env, sheet: SheetModel, r: GridRange): ProtectionFacade {
  const record: ProtectionRecord = {
    id: env.book.newProtectionId(),
    type: 'RANGE',
    range: { ...r },
    description: '',
    warningOnly: false,
    editors: null,
    domainEdit: false,
    unprotectedRanges: [],
  };
  sheet.protections.push(record);
  return new ProtectionFacade(env, sheet, record);
}

export function newSheetProtection(env: Env, sheet: SheetModel): ProtectionFacade {
  let record = sheet.protections.find((p) => p.type === 'SHEET');
  if (!record) {
    record = {
      id: env.book.newProtectionId(),
      type: 'SHEET',
      description: '',
      warningOnly: false,
      editors: null,
      domainEdit: false,
      unprotectedRanges: [],
    };
    sheet.protections.push(record);
  }
  return new ProtectionFacade(env, sheet, record);
}
