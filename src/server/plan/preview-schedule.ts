// previewSchedule: the create form's live preview, worked back from TODAY in the spreadsheet's
// time zone exactly as createPlan will. Writes nothing.
import { schedulePreviewOf, scheduleTemplate } from '../../core/schedule';
import type { SchedulePreview } from '../../shared/api';
import { activeSpreadsheet } from '../platform/spreadsheet';
import { todayIn } from '../platform/time-zone';
import { readScheduleOptions } from './options';

export function previewSchedule(input: unknown): SchedulePreview {
  const options = readScheduleOptions(input);
  const today = todayIn(activeSpreadsheet().getSpreadsheetTimeZone());
  const result = scheduleTemplate({ ...options, today });
  return schedulePreviewOf(result, today);
}
