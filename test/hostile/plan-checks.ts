// The checks every messy-plan run ends with, shared by the property suites and the 5,000-row
// run: reading either works or stops with a message naming a missing required column; every
// unreadable row is reported with the column at fault and no readable row is; listed steps
// point at real steps; emails go to approved addresses only and carry no markup from the sheet.
import type { DigestEmailJson, PlanStatusResult } from '../../src/shared/api';
import { emailProblems, type Vocabulary } from './escaping';
import { LABEL, type Expectations, type MessyPlan } from './messy-plan';
import { CHAMPION, type HostileWorld, OWNER, SELLER } from '../support/world';
import type { WrittenPlan } from './write-plan';

const APPROVED = new Set([OWNER, SELLER, CHAMPION]);

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

export function attempt<T>(world: HostileWorld, name: string): Outcome<T> {
  try {
    return { ok: true, value: world.em.call(name) as T };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** A missing required column may stop the read, but only with a message naming one of them. */
export function expectClearRefusal(
  outcome: Outcome<unknown>,
  expected: Expectations,
  what: string,
): void {
  if (outcome.ok) return;
  const named = expected.missing.some((k) => outcome.message.includes(LABEL[k]));
  if (!named || expected.missing.length === 0) {
    throw new Error(
      `${what} failed: ${outcome.message} (missing required columns: ${expected.missing.join(', ') || 'none'})`,
    );
  }
}

export function checkWarnings(status: PlanStatusResult, expected: Expectations): void {
  const byRow = new Map<number, string[]>();
  for (const w of status.warnings) byRow.set(w.row, [...(byRow.get(w.row) ?? []), w.message]);
  for (const [row, defects] of expected.defects) {
    const messages = byRow.get(row) ?? [];
    for (const d of defects) {
      if (!messages.some((m) => m.includes(LABEL[d]))) {
        throw new Error(
          `row ${row}: its ${LABEL[d]} is unreadable but the warnings say ${JSON.stringify(messages)}`,
        );
      }
    }
  }
  for (const row of [...expected.clean, ...expected.blank]) {
    if (byRow.has(row))
      throw new Error(`row ${row} is readable but was reported: ${JSON.stringify(byRow.get(row))}`);
  }
  const named = new Set([
    ...expected.clean,
    ...[...expected.defects].filter(([, d]) => !d.includes('step')).map(([r]) => r),
  ]);
  for (const ref of [...status.late, ...status.dueSoon, ...status.uncommitted, ...status.next]) {
    if (!named.has(ref.row))
      throw new Error(`a listed step points at row ${ref.row}, which holds no named step`);
  }
}

export function checkTriggerRuns(written: WrittenPlan, world: HostileWorld): void {
  const failed = written.runs.filter((r) => !r.ok);
  if (failed.length) throw new Error(`an on-edit run failed: ${failed[0].error?.message}`);
  const swallowed = world.em.log.filter((line) => line.includes('onPlanEdit:'));
  if (swallowed.length)
    throw new Error(`onPlanEdit hit an error it logged: ${swallowed[0].slice(0, 300)}`);
}

export function sheetTexts(plan: MessyPlan): string[] {
  return [
    ...plan.rows.flatMap((r) => r.cells),
    ...plan.ops.flatMap((o) =>
      o.kind === 'extra' ? [o.header, ...o.values] : o.kind === 'rename' ? [o.to] : [],
    ),
  ];
}

export function checkEmails(
  emails: DigestEmailJson[],
  vocabulary: Vocabulary,
  plan: MessyPlan,
): void {
  const texts = sheetTexts(plan);
  for (const email of emails) {
    if (!APPROVED.has(email.to.toLowerCase()))
      throw new Error(`an email is addressed to ${email.to}`);
    const problems = emailProblems(email, vocabulary, texts);
    if (problems.length)
      throw new Error(`email to ${email.to}: ${problems.slice(0, 5).join('; ')}`);
  }
}
