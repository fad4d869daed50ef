// Property: whatever people do to the step table (text in date cells, numbers as text, blank
// and duplicate rows, renamed / moved / extra / missing columns, huge notes, emoji, RTL, HTML,
// script and formula-looking text), the add-on reads it without crashing, reports every row it
// could not read with the column at fault, reports no row it could read, never lets sheet text
// become markup or a header line in an email, and never addresses one to anyone unapproved.
import fc from 'fast-check';
import type { DigestEmailJson, PlanStatusResult, SidebarState } from '../../src/shared/api';
import type { Vocabulary } from './escaping';
import { harmlessVocabulary } from './harmless';
import { expectationsOf, LABEL, messyPlanArb } from './messy-plan';
import {
  attempt,
  checkEmails,
  checkTriggerRuns,
  checkWarnings,
  expectClearRefusal,
} from './plan-checks';
import { freshWorld } from '../support/world';
import { writeMessyPlan } from './write-plan';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 20);

describe('messy MAP sheets through the built add-on', () => {
  let vocabulary: Vocabulary;

  beforeAll(() => {
    vocabulary = harmlessVocabulary();
  });

  // One world per plan serves every check: writing a messy plan (each edit a run of the add-on)
  // costs far more than reading it back three ways.
  it('reads them (each unreadable row reported with its reason, no other) and previews their email safely', () => {
    fc.assert(
      fc.property(messyPlanArb(25), (plan) => {
        const world = freshWorld();
        const written = writeMessyPlan(world, plan);
        checkTriggerRuns(written, world);
        const expected = expectationsOf(plan, written.firstRow, written.columns);

        // First, as a weekly run would see the sheet the prospect left.
        const preview = attempt<DigestEmailJson[]>(world, 'previewWeeklyDigest');
        expectClearRefusal(preview, expected, 'previewWeeklyDigest');
        if (preview.ok) checkEmails(preview.value, vocabulary, plan);

        const status = attempt<PlanStatusResult>(world, 'getPlanStatus');
        expectClearRefusal(status, expected, 'getPlanStatus');
        if (status.ok) {
          if (expected.missing.length) {
            throw new Error(
              `read a table without its ${expected.missing.map((k) => LABEL[k]).join(', ')} column`,
            );
          }
          checkWarnings(status.value, expected);
        }
        // The sidebar always opens, whatever the sheet holds, and says why it cannot show a
        // plan rather than offering to create a second one.
        const sidebar = attempt<SidebarState & { planProblem?: string | null }>(
          world,
          'getSidebarState',
        );
        if (!sidebar.ok) throw new Error(`getSidebarState failed: ${sidebar.message}`);
        if (expected.missing.length) {
          const problem = sidebar.value.planProblem ?? '';
          if (
            sidebar.value.plan !== null ||
            !expected.missing.some((k) => problem.includes(LABEL[k]))
          ) {
            throw new Error(
              `the sidebar does not say the plan lacks a column: ${JSON.stringify(problem)}`,
            );
          }
        } else if (sidebar.value.plan === null) {
          throw new Error('the sidebar shows no plan for a readable one');
        }
      }),
      { numRuns: RUNS },
    );
  });
});
