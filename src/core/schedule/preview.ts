// The JSON the create form shows before anything is written (src/shared/api.ts).
import type { SchedulePreview } from '../../shared/api';
import type { DateKey } from '../model';
import type { ScheduleResult } from './types';

export function schedulePreviewOf(result: ScheduleResult, today: DateKey): SchedulePreview {
  return {
    template: result.templateId,
    today,
    firstDate: result.firstDate,
    signatureDate: result.signatureDate,
    goLiveDate: result.goLiveDate,
    steps: result.steps.map((s) => ({
      phase: s.phase,
      step: s.step,
      side: s.side,
      targetDate: s.targetDate,
    })),
    startsInPast: result.startsInPast,
    warnings: result.warnings,
  };
}
