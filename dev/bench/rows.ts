// The rows a benchmark plan is grown with: believable, deterministic, and mixed so that every
// code path a real plan exercises (late, due soon, done, blocked, uncommitted) has work to do.
import { addDaysToKey } from './date-keys';

export interface Person {
  name: string;
  email: string;
  side: 'Vendor' | 'Prospect';
  role: string;
}

const PROSPECT_ROLES = ['Champion', 'Economic buyer', 'Technical evaluator', 'Security', 'Legal'];
const VENDOR_ROLES = ['AE', 'SE', 'Customer success'];
const STATUS_CYCLE = ['Not started', 'In progress', 'Done', 'Not started', 'Blocked', 'Skipped'];
const PHASES = [
  'Discovery',
  'Solution',
  'Proof of concept',
  'Business case',
  'Commercials',
  'Close',
];

/**
 * `count` stakeholders. The first is always `owner` (the plan owner reads the digest too);
 * the rest alternate between the prospect and the vendor side.
 */
export function people(count: number, owner: string): Person[] {
  const out: Person[] = [{ name: 'Olivia Owner', email: owner, side: 'Vendor', role: 'SE' }];
  for (let i = 1; i < count; i++) {
    const prospect = i % 3 !== 0;
    out.push({
      name: `${prospect ? 'Pat' : 'Val'} Person ${i}`,
      email: `person${i}@${prospect ? 'customer.example' : 'vendor.example'}`,
      side: prospect ? 'Prospect' : 'Vendor',
      role: prospect
        ? PROSPECT_ROLES[i % PROSPECT_ROLES.length]
        : VENDOR_ROLES[i % VENDOR_ROLES.length],
    });
  }
  return out;
}

/** A Stakeholders row as typed: Name | Email | Side | Role | Weekly email. */
export function stakeholderCells(person: Person): string[] {
  return [person.name, person.email, person.side, person.role, 'TRUE'];
}

/**
 * Step row i (0-based) of a grown plan, as the texts a user would paste into the first ten
 * columns (# .. Baseline date); Slip and Notes are written separately so the slip formula
 * createPlan put in column K is not overwritten by a paste that knows nothing about it.
 */
export function stepCells(i: number, today: string, team: readonly Person[]): string[] {
  // Every seventh step has no owner and every eleventh no date: uncommitted steps.
  const owner = i % 7 === 6 ? null : team[i % team.length];
  const target = i % 11 === 10 ? '' : addDaysToKey(today, (i % 60) - 20);
  const status = STATUS_CYCLE[i % STATUS_CYCLE.length];
  return [
    String(i + 1),
    PHASES[Math.floor((i * PHASES.length) / 5000) % PHASES.length],
    `Step ${i + 1}: ${['Review', 'Agree', 'Send', 'Confirm', 'Sign off'][i % 5]} item ${i + 1}`,
    ['Vendor', 'Prospect', 'Joint'][i % 3],
    owner?.name ?? '',
    owner?.email ?? '',
    target,
    status,
    status === 'Done' ? addDaysToKey(today, -((i % 20) + 1)) : '',
    target,
  ];
}

export function noteCell(i: number): string {
  return i % 4 === 0 ? `Note for step ${i + 1}: follow up with the buying committee.` : '';
}
