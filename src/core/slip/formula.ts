// The live "Slip (days)" cell of one step row: the same number slipDays() gives, so a sort or a
// paste can never leave a stale slip behind (the formula moves with its row).
import { readableDate } from '../rules/fragments';

export function slipFormula(
  columns: { targetDate: string; baselineDate: string },
  row: number,
): string {
  if (!Number.isInteger(row) || row < 1) throw new RangeError(`Row ${row} is not a sheet row`);
  const target = `$${columns.targetDate}${row}`;
  const baseline = `$${columns.baselineDate}${row}`;
  return `=IF(AND(${readableDate(target)},${readableDate(baseline)}),INT(${target})-INT(${baseline}),"")`;
}
