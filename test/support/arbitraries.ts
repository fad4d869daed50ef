// Test support: random plans in the shapes that make owner matching and the digest's lists
// interesting (shared owners, several owners per cell, names differing only in case or spacing,
// addresses in either owner column, open, late, due, done and skipped steps, moved dates).
import fc from 'fast-check';
import type { RecipientJson } from '../../src/shared/api';
import { addDays } from '../../src/core/dates';
import type { Stakeholder, Step } from '../../src/core/plan';
import { makeDigestSnapshot, type DigestSnapshot } from '../../src/core/weekly-email';
import { step, TODAY } from './test-plan';

const PEOPLE = [
  { name: 'Jane Doe', email: 'jane@globex.example' },
  { name: 'Bob', email: 'bob@globex.example' },
  { name: 'Raj Patel', email: 'raj@acme.example' },
  { name: 'Lee', email: 'lee@acme.example' },
  { name: 'Jo', email: 'jo@acme.example' },
  { name: 'Jon', email: 'jon@acme.example' },
];

/** A second name some Stakeholders row gives the first team member's address. */
const ALIAS = 'Nick Name';

/** How an owner is written in a cell: name, odd case or spacing, or an address. */
const ownerSpelling = fc.oneof(
  { arbitrary: fc.constant(ALIAS), weight: 1 },
  { arbitrary: personSpelling(), weight: 6 },
);

function personSpelling(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...PEOPLE), fc.constantFrom('name', 'upper', 'spaced', 'email'))
    .map(([p, how]) =>
      how === 'name'
        ? p.name
        : how === 'upper'
          ? p.name.toUpperCase()
          : how === 'spaced'
            ? `  ${p.name.replace(' ', '   ')} `
            : p.email,
    );
}

const ownerCell = fc.oneof(
  fc.constant(''),
  ownerSpelling,
  fc
    .tuple(ownerSpelling, fc.constantFrom(', ', ' and ', ' / ', '; ', ' & ', '\n'), ownerSpelling)
    .map(([a, sep, b]) => a + sep + b),
);

const ownerEmailCell = fc.oneof(
  fc.constant(''),
  fc.constantFrom(...PEOPLE).map((p) => p.email.toUpperCase()),
  fc
    .subarray(PEOPLE, { minLength: 1, maxLength: 3 })
    .map((ps) => ps.map((p) => p.email).join('; ')),
);

const dayOffset = fc.integer({ min: -40, max: 60 });
const optionalDate = fc.option(
  dayOffset.map((d) => addDays(TODAY, d)),
  { nil: null, freq: 6 },
);

const stepFields = fc.record({
  owner: ownerCell,
  ownerEmail: ownerEmailCell,
  targetDate: optionalDate,
  status: fc.constantFrom('Not started', 'In progress', 'Blocked', 'Done', 'Skipped' as const),
  doneOn: optionalDate,
  side: fc.constantFrom('Vendor', 'Prospect', 'Joint' as const),
  name: fc.constantFrom('Security review', 'Legal', 'POC', 'Kickoff', 'Pricing'),
});

export interface RandomPlan {
  steps: Step[];
  stakeholders: Stakeholder[];
  recipients: RecipientJson[];
  lastDigest: DigestSnapshot | null;
  /** Addresses to build a digest for: stakeholders, the owner, and strangers. */
  addresses: { name: string; email: string }[];
}

export const OWNER_ADDRESS = 'jane@globex.example';

export const randomPlan: fc.Arbitrary<RandomPlan> = fc
  .record({
    fields: fc.array(stepFields, { maxLength: 60 }),
    team: fc.subarray(PEOPLE),
    renamed: fc.boolean(),
    moves: fc.array(fc.integer({ min: -10, max: 10 }), { maxLength: 60 }),
    snapshot: fc.constantFrom('none', 'last week', 'moved'),
  })
  .map(({ fields, team, renamed, moves, snapshot }) => {
    const steps = fields.map((f, i) =>
      step(11 + i, {
        step: `${f.name} ${i % 7}`,
        owner: f.owner,
        ownerEmail: f.ownerEmail,
        targetDate: f.targetDate,
        status: f.status,
        doneOn: f.status === 'Done' ? f.doneOn : null,
        side: f.side,
      }),
    );
    const stakeholders: Stakeholder[] = team.map((p, i) => ({
      row: 2 + i,
      name: p.name,
      email: p.email,
      side: 'Prospect',
      role: '',
      weeklyEmail: true,
    }));
    // A second row for the same address under another name: both names are the recipient's.
    if (renamed && team.length > 0) {
      stakeholders.push({ ...stakeholders[0], row: 2 + team.length, name: ALIAS });
    }
    const before = steps.map((s, i) => ({
      ...s,
      status: i % 3 === 0 ? ('Not started' as const) : s.status,
      targetDate:
        s.targetDate && snapshot === 'moved' ? addDays(s.targetDate, moves[i] ?? 0) : s.targetDate,
    }));
    const recipients: RecipientJson[] = [
      ...stakeholders.map((s) => ({
        row: s.row,
        name: s.name,
        email: s.email,
        state: 'will receive' as const,
      })),
      { row: 90, name: 'Pat', email: 'pat@elsewhere.example', state: 'waiting for approval' },
      { row: 91, name: 'Bad', email: 'not an address', state: 'invalid', reason: 'no @' },
    ];
    return {
      steps,
      stakeholders,
      recipients,
      lastDigest: snapshot === 'none' ? null : makeDigestSnapshot(before, addDays(TODAY, -7)),
      addresses: [
        ...stakeholders.map((s) => ({ name: s.name, email: s.email })),
        { name: '', email: OWNER_ADDRESS },
        { name: 'JO', email: 'someone@else.example' },
        { name: '', email: '' },
        { name: 'Stranger', email: 'stranger@else.example' },
      ],
    };
  });
