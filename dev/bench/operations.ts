// The operations the benchmark measures, each as "get ready" (not measured) and "do it once"
// (measured), for our add-on and for the hand-written reference. The order matters: the
// operations that change the plan (the edits, the tick that sends) run last.
import type { Emulator } from '../emulator';
import type { CreatePlanOptions, PlanStatusResult, SchedulePreview } from '../../src/shared/api';
import { addBusinessDays } from '../../src/core/dates';
import {
  DUE,
  NEXT_DAY_DUE,
  newEmulator,
  OWNER,
  PLAN,
  REMINDED_DATE,
  REMINDERS,
  WEEKLY,
  type World,
} from './world';

export type OperationId =
  | 'createPlan'
  | 'getPlanStatus'
  | 'sidebarLoad'
  | 'previewWeeklyDigest'
  | 'refreshFormatting'
  | 'onPlanEdit (other tab)'
  | 'onPlanEdit (plan header)'
  | 'onPlanEdit (table)'
  | 'weeklyDigestTick'
  | 'weeklyDigestTick (reminders)'
  | 'replan';

export const OPERATIONS: readonly OperationId[] = [
  'createPlan',
  'getPlanStatus',
  'sidebarLoad',
  'previewWeeklyDigest',
  'refreshFormatting',
  'onPlanEdit (other tab)',
  'onPlanEdit (plan header)',
  'onPlanEdit (table)',
  'weeklyDigestTick',
  'weeklyDigestTick (reminders)',
  'replan',
];

/** Operations whose result does not depend on the plan's size (the template fixes createPlan's). */
export const SIZE_FREE: ReadonlySet<OperationId> = new Set(['createPlan']);

/** Edits outside the step table: the on-edit budget applies to these. */
export const OUTSIDE_EDITS: ReadonlySet<OperationId> = new Set([
  'onPlanEdit (other tab)',
  'onPlanEdit (plan header)',
]);

export type Runner = {
  /** Idempotent reads get one unmeasured warm-up so CPU is not V8 compiling the bundle. */
  warm: boolean;
  /** Unmeasured set-up; it may give the world a new emulator (createPlan needs a fresh one). */
  prepare?: (world: World) => void;
  run: (world: World) => void;
};

/** createPlan takes the vendor's people as sellers, at most 10 of them. */
export const MAX_SELLERS = 10;

function createOptions(world: World): CreatePlanOptions {
  const sellers = world.team.filter((p) => p.side === 'Vendor').slice(0, MAX_SELLERS);
  return { ...PLAN, sellers: sellers.map((p) => ({ name: p.name, email: p.email })) };
}

function expectSent(em: Emulator, before: number, want: number, who: string): void {
  const sent = em.outbox.length - before;
  if (sent !== want)
    throw new Error(`${who} weeklyDigestTick sent ${sent} emails, expected ${want}`);
}

/** Our add-on: the public functions of dist/Code.js. */
export function ourRunner(id: OperationId, latencyMs: number): Runner {
  switch (id) {
    case 'createPlan':
      // A fresh spreadsheet each time: createPlan refuses a second plan.
      return {
        warm: false,
        prepare: (world) => {
          world.em = newEmulator(latencyMs);
        },
        run: (world) => void world.em.call('createPlan', createOptions(world)),
      };
    case 'getPlanStatus':
      return { warm: true, run: (w) => void w.em.call('getPlanStatus') };
    case 'sidebarLoad':
      return { warm: true, run: (w) => void w.em.call('getSidebarState') };
    case 'previewWeeklyDigest':
      return { warm: true, run: (w) => void w.em.call('previewWeeklyDigest') };
    case 'refreshFormatting':
      return { warm: true, run: (w) => void w.em.call('refreshFormatting') };
    case 'onPlanEdit (other tab)':
      return { warm: false, run: (w) => void w.em.edit('Sheet1!B2', 'scratch note 2') };
    case 'onPlanEdit (plan header)':
      return { warm: false, run: (w) => void w.em.edit(`${w.planSheet}!C5`, 'Go live by Q2') };
    case 'onPlanEdit (table)':
      return {
        warm: false,
        run: (w) => void w.em.edit(`${w.planSheet}!H${w.headerRow + 1}`, 'Done'),
      };
    case 'weeklyDigestTick':
      return {
        warm: false,
        run: (w) => {
          const before = w.em.outbox.length;
          w.em.setNow(DUE);
          w.em.call('weeklyDigestTick');
          expectSent(w.em, before, w.team.length, 'our');
        },
      };
    case 'weeklyDigestTick (reminders)':
      // The next day at the schedule's hour: no weekly email owed, reminders to every owner
      // whose steps come up (one email each, however many steps they own).
      return {
        warm: false,
        prepare: (w) => {
          w.em.call('configureWeeklyDigest', { ...WEEKLY, reminders: REMINDERS });
          // The second step (the table-edit row above it is Done by now) comes up two business days
          // after that day, whatever the plan's size.
          w.em.workbook.userPaste(OWNER, w.planSheet, `G${w.headerRow + 2}`, [[REMINDED_DATE]]);
        },
        run: (w) => {
          const before = w.em.outbox.length;
          w.em.setNow(NEXT_DAY_DUE);
          w.em.call('weeklyDigestTick');
          if (w.em.outbox.length === before) throw new Error('no reminder was sent');
        },
      };
    case 'replan': {
      // Every open step five business days later: one read of the plan, one write of the
      // Target date column, the header, and one Slip history append.
      let request = { signatureDate: '', mode: 'shift' as const };
      return {
        warm: false,
        prepare: (w) => {
          const status = w.em.call('getPlanStatus') as PlanStatusResult;
          if (!status.signatureDate) throw new Error('the bench plan has no signature date');
          request = { signatureDate: addBusinessDays(status.signatureDate, 5), mode: 'shift' };
        },
        run: (w) => void w.em.call('replan', request),
      };
    }
  }
}

/** Operations the reference script has no counterpart for: their rows have no ratio. */
const NO_REFERENCE: ReadonlySet<OperationId> = new Set(['weeklyDigestTick (reminders)', 'replan']);

/** The reference script: the same operation done a cell or a row at a time. */
export function referenceRunner(
  id: OperationId,
  latencyMs: number,
  codePath: string,
): Runner | null {
  if (NO_REFERENCE.has(id)) return null;
  switch (id) {
    case 'createPlan': {
      let steps: SchedulePreview['steps'] = [];
      return {
        warm: false,
        prepare: (world) => {
          // The same steps and dates our template yields, so both write the same plan.
          steps = (newEmulator(0).call('previewSchedule', PLAN) as SchedulePreview).steps;
          world.em = newEmulator(latencyMs, codePath);
        },
        run: (world) => void world.em.call('createPlan', createOptions(world), steps),
      };
    }
    case 'sidebarLoad':
      // Such a sidebar asks for each panel separately: one round trip each.
      return {
        warm: true,
        run: (w) => {
          for (const name of [
            'getPlanStatus',
            'getDigestSettings',
            'getRecipients',
            'getTemplates',
          ]) {
            w.em.call(name);
          }
        },
      };
    case 'weeklyDigestTick':
      return {
        warm: false,
        run: (w) => {
          const before = w.em.outbox.length;
          w.em.setNow(DUE);
          w.em.call('weeklyDigestTick');
          expectSent(w.em, before, w.team.length, 'the reference');
        },
      };
    default:
      return ourRunner(id, latencyMs);
  }
}

/** Round trips the sidebar makes to draw itself: ours is measured in Chromium (sidebar.ts). */
export const REFERENCE_SIDEBAR_ROUND_TRIPS = 4;
