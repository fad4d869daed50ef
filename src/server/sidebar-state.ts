// getSidebarState: everything the sidebar draws, in ONE server call. The plan is read once and
// shared by the plan status and the weekly email's recipients. Its only writes are caches (the
// plan's location, the collaborators' display copy), so a failed write is ignored: with the
// document's storage full, the sidebar still opens and its banner says so.
import { listTemplates } from '../core/plan';
import type { SidebarState } from '../shared/api';
import { digestState } from './weekly-email/state';
import { readNotices } from './weekly-email/notices';
import { readDigestPlan, openDigestRun } from './weekly-email/run';
import { todayIn } from './platform/sheets';

export function getSidebarState(): SidebarState {
  const run = openDigestRun('ignore');
  const lookup = readDigestPlan(run.ss, run.docProps, run.timeZone, run.now);
  const plan = lookup.kind === 'found' ? lookup.plan : null;
  // Without a plan there is nothing to email, unless the schedule has something to say (it
  // turned itself off because the plan went away, or it is paused on an unreadable plan).
  const notices = readNotices(run.stored);
  const digestMatters =
    plan !== null ||
    run.schedule.owner !== null ||
    notices.planGoneAt !== null ||
    lookup.kind === 'unreadable';
  return {
    user: run.me,
    timeZone: run.timeZone,
    today: todayIn(run.timeZone, run.now),
    templates: listTemplates(),
    plan: plan ? plan.reading.status : null,
    planProblem: lookup.kind === 'unreadable' ? lookup.message : null,
    digest: digestMatters ? digestState(run, lookup) : null,
  };
}
