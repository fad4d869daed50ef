// Work-back scheduling: templates laid onto the business-day calendar. The rules are written
// out at the top of schedule/schedule-template.ts.
export { scheduleTemplate } from './schedule/schedule-template';
export { schedulePreviewOf } from './schedule/preview';
export { squeezeDurations } from './schedule/squeeze';
export type { ScheduleInput, ScheduleResult, ScheduledStep, StartsInPast } from './schedule/types';
