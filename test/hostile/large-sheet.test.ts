// One 5,000-row messy sheet (the size the benchmark's budgets are set for), with its columns
// moved and renamed and one of the prospect's own added: read, reported and previewed like the
// small ones, in one run, because every extra run of this size costs CI seconds.
import type { DigestEmailJson, PlanStatusResult } from '../../src/shared/api';
import { harmlessVocabulary } from './harmless';
import { expectationsOf, sampleRows, type MessyPlan } from './messy-plan';
import { attempt, checkEmails, checkTriggerRuns, checkWarnings } from './plan-checks';
import { freshWorld } from '../support/world';
import { writeMessyPlan } from './write-plan';

const ROWS = 5000;

describe('a 5,000-row messy sheet', () => {
  it('is read with every unreadable row reported, and previewed safely', () => {
    const rows = sampleRows(ROWS, 20261102);
    const plan: MessyPlan = {
      rows,
      ops: [
        { kind: 'rename', key: 'targetDate', to: 'Due date', recognized: true },
        {
          kind: 'extra',
          header: 'Priority',
          values: rows.map((_, i) => (i % 3 === 0 ? 'P1 <b>high</b>' : '')),
        },
        { kind: 'move', from: 8, count: 1, before: 3 },
        { kind: 'rename', key: 'phase', to: '', recognized: false },
      ],
    };
    const world = freshWorld();
    const written = writeMessyPlan(world, plan);
    checkTriggerRuns(written, world);
    const expected = expectationsOf(plan, written.firstRow, written.columns);
    expect(expected.defects.size).toBeGreaterThan(100);
    expect(expected.clean.length).toBeGreaterThan(1000);

    const status = attempt<PlanStatusResult>(world, 'getPlanStatus');
    if (!status.ok) throw new Error(status.message);
    checkWarnings(status.value, expected);

    const preview = attempt<DigestEmailJson[]>(world, 'previewWeeklyDigest');
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.value.length).toBeGreaterThan(0);
    checkEmails(preview.value, harmlessVocabulary(), plan);
  }, 120_000);
});
