// getSidebarState: everything the sidebar draws, in ONE server call. The plan is read once and
// shared by the plan status and the weekly email's recipients. Its only writes are caches (the
// plan's location, the collaborators' display copy), so a failed write is ignored: with the
// document's storage full, the sidebar still opens and its banner says so.
import { listTemplates } from '../core/plan';
import type { SidebarState } from '../shared/api';
import { digestState, publishApprovedView } from './weekly-email/digest-state';
import { openDigestRun, readDigestPlan, recipientsOf } from './weekly-email/run-context';
import { todayIn } from './platform/sheets';

export function getSidebarState(): SidebarState {
  const run = openDigestRun('ignore');
  const lookup = readDigestPlan(run);
  const plan = lookup.kind === 'found' ? lookup.plan : null;
  // Without a plan there is nothing to email, unless the schedule has something to say (it
  // turned itself off because the plan went away, or it is paused on an unreadable plan).
  const digestMatters =
    plan !== null ||
    run.doc.schedule.owner !== null ||
    run.doc.notices.planGoneAt !== null ||
    lookup.kind === 'unreadable';
  let digest = null;
  if (digestMatters) {
    const view = digestState(run, lookup, recipientsOf(run, plan?.stakeholders ?? []));
    publishApprovedView(run, view.publish);
    digest = view.state;
  }
  return {
    user: run.me,
    timeZone: run.timeZone,
    today: todayIn(run.timeZone, run.now),
    templates: listTemplates(),
    plan: plan ? plan.reading.status : null,
    planProblem: lookup.kind === 'unreadable' ? lookup.message : null,
    digest,
  };
}
