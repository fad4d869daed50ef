// The plan's name as the email and its sender show it.
import type { PlanHeader } from '../model';

/** "Vendor x Customer", or whichever of the two is known, or the tab's name. */
export function planTitle(header: PlanHeader | null, sheetName: string): string {
  const parts = [header?.vendor ?? '', header?.customer ?? ''].map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 ? parts.join(' x ') : sheetName.trim();
}
