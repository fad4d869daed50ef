// The add-on's emails for a plan of harmless text that still shows every section a digest can
// have (your open items, late, due soon, done, moved dates, uncommitted, unreadable rows): the
// vocabulary hostile emails are held to.
import type { DigestEmailJson } from '../../src/shared/api';
import { vocabularyOf, type Vocabulary } from './escaping';
import { addUnapprovedStakeholder } from './mailbox';
import type { MessyPlan, RowSpec } from './messy-plan';
import { CHAMPION, freshWorld, OWNER, TODAY } from '../support/world';
import { writeMessyPlan } from './write-plan';

function addDays(days: number): string {
  const [y, m, d] = TODAY.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function row(
  i: number,
  owner: string,
  email: string,
  target: string,
  status: string,
  doneOn = '',
): RowSpec {
  return {
    blank: false,
    cells: [
      String(i),
      'Phase',
      `Step ${i}`,
      'Joint',
      owner,
      email,
      target,
      status,
      doneOn,
      '',
      '',
      `Note ${i}`,
    ],
    defects: [],
  };
}

const ROWS: RowSpec[] = [
  ...Array.from({ length: 12 }, (_, i) =>
    row(i + 1, 'Chris Champion', CHAMPION, addDays(-3 - i), 'In progress'),
  ),
  ...Array.from({ length: 12 }, (_, i) =>
    row(i + 13, 'Olivia Owner', OWNER, addDays(1 + i), 'Not started'),
  ),
  ...Array.from({ length: 6 }, (_, i) =>
    row(i + 25, 'Olivia Owner', OWNER, addDays(-20), 'Done', addDays(-1)),
  ),
  ...Array.from({ length: 30 }, (_, i) => row(i + 40, '', '', '', 'Not started')),
  row(35, 'Dana', '', addDays(30), 'Blocked'),
  row(36, 'Dana', '', addDays(40), 'Skipped'),
  {
    blank: false,
    cells: row(37, 'Dana', '', 'next Friday', 'Not started').cells,
    defects: ['targetDate'],
  },
];

export const HARMLESS_PLAN: MessyPlan = { rows: ROWS, ops: [] };

/** Smaller plans for the other statuses and the progress bar's ends (0 % and 100 %). */
const OTHER_PLANS: MessyPlan[] = [
  { rows: [], ops: [] },
  {
    rows: [
      row(1, 'Dana', '', addDays(3), 'Not started'),
      row(2, 'Dana', '', addDays(-1), 'Done', addDays(-1)),
    ],
    ops: [],
  },
  {
    rows: [
      row(1, 'Dana', '', addDays(-2), 'In progress'),
      row(2, 'Dana', '', addDays(9), 'Not started'),
    ],
    ops: [],
  },
  {
    rows: [
      row(1, 'Dana', '', addDays(-2), 'Done', addDays(-2)),
      row(2, 'Dana', '', addDays(-1), 'Done', addDays(-1)),
    ],
    ops: [],
  },
];

function previewOf(plan: MessyPlan): DigestEmailJson[] {
  const world = freshWorld();
  writeMessyPlan(world, plan);
  return world.em.call('previewWeeklyDigest') as DigestEmailJson[];
}

export function harmlessEmails(): DigestEmailJson[] {
  return [...richEmails(), ...OTHER_PLANS.flatMap(previewOf)];
}

/** The big plan, after a first email and some changes, so every section has content. */
function richEmails(): DigestEmailJson[] {
  const world = freshWorld();
  const { em, planSheet } = world;
  const written = writeMessyPlan(world, HARMLESS_PLAN);
  // The owner's copy lists who waits for approval and which addresses are invalid.
  addUnapprovedStakeholder(em);
  addUnapprovedStakeholder(em, 'not-an-address');
  // A first email, then progress and a moved date, so the next one has changes to report.
  em.setNow(`${TODAY}T09:30:00`);
  em.call('sendWeeklyDigestNow');
  em.advance('1d');
  em.edit(`${planSheet}!H${written.firstRow}`, 'Done');
  em.edit(`${planSheet}!G${written.firstRow + 13}`, addDays(20));
  return em.call('previewWeeklyDigest') as DigestEmailJson[];
}

export function harmlessVocabulary(): Vocabulary {
  const emails = harmlessEmails();
  if (emails.length === 0) throw new Error('the harmless plan produced no email to learn from');
  return vocabularyOf(emails.map((e) => e.htmlBody));
}
