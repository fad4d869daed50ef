import { buildDigest } from '../../core/weekly-email/prepare';
import { renderDigest } from '../../core/weekly-email';
import {
  HEADER,
  OWNER,
  SHEET_URL,
  STAKEHOLDERS,
  STEPS,
  TIME_ZONE,
  TODAY,
  summaryOf,
} from '../../../test/support/test-plan';
import type { RecipientJson } from '../../shared/api';
import {
  digestComposer,
  noteToOwner,
  senderName,
  testCopy,
  TEST_SUBJECT_PREFIX,
  type ComposeInput,
} from './compose';
import type { DigestPlan } from './run-context';
import type { PlanReading } from '../plan/read-plan';

const recipients: RecipientJson[] = [
  { row: 2, name: 'Sam Seller', email: OWNER, state: 'will receive' },
  { row: 3, name: 'Jane Doe', email: 'jane@globex.example', state: 'will receive' },
  { row: 4, name: 'Outsider', email: 'x@other.example', state: 'waiting for approval' },
];

function reading(): PlanReading {
  return {
    // Where the plan sits on the sheet: composing never looks at it.
    plan: null as unknown as PlanReading['plan'],
    sheetName: 'MAP',
    timeZone: TIME_ZONE,
    today: TODAY,
    steps: STEPS,
    header: HEADER,
    headerCells: {} as PlanReading['headerCells'],
    warnings: [],
    status: summaryOf(STEPS),
  };
}

/** A plan that counts how often its reading is looked at. */
function countedPlan(): { plan: DigestPlan; reads: () => number } {
  const value = reading();
  let reads = 0;
  const plan = {
    stakeholders: STAKEHOLDERS,
    stakeholderWarnings: [],
    sheetUrl: SHEET_URL,
    stakeholdersProblem: null,
    get reading() {
      reads += 1;
      return value;
    },
  };
  return { plan, reads: () => reads };
}

function inputWith(plan: DigestPlan): ComposeInput {
  return { plan, owner: OWNER, recipients, lastDigest: null };
}

describe('digestComposer', () => {
  it('reads the plan once for a whole run, and not at all when nobody is mailed', () => {
    const { plan, reads } = countedPlan();
    const compose = digestComposer(inputWith(plan));
    expect(reads()).toBe(0);
    compose({ name: 'Sam Seller', email: OWNER });
    const once = reads();
    expect(once).toBeGreaterThan(0);
    compose({ name: 'Jane Doe', email: 'jane@globex.example' });
    compose({ name: '', email: 'x@other.example' });
    expect(reads()).toBe(once);
  });

  it('makes each message the one built for that recipient alone', () => {
    const { plan } = countedPlan();
    const input = inputWith(plan);
    const compose = digestComposer(input);
    for (const recipient of [
      { name: 'Jane Doe', email: 'jane@globex.example' },
      { name: 'Sam Seller', email: OWNER },
      { name: '', email: 'nobody@else.example' },
    ]) {
      const message = compose(recipient);
      expect(message).toEqual(digestComposer(input)(recipient));
      const alone = renderDigest(
        buildDigest({
          summary: summaryOf(STEPS),
          steps: STEPS,
          header: HEADER,
          stakeholders: STAKEHOLDERS,
          recipient,
          today: TODAY,
          timeZone: TIME_ZONE,
          sheetUrl: SHEET_URL,
          lastDigest: null,
          ownerEmail: OWNER,
          recipients,
        }),
      );
      expect(message).toEqual({
        to: recipient.email,
        subject: alone.subject,
        body: alone.body,
        htmlBody: alone.htmlBody,
        replyTo: OWNER,
        name: senderName(plan),
      });
    }
  });
});

describe('the emails to the owner', () => {
  it('sends the test as the owner’s own copy, to whoever asked, marked in its subject', () => {
    const { plan } = countedPlan();
    const input = inputWith(plan);
    const own = digestComposer(input)({ name: 'Sam Seller', email: OWNER });
    const copy = testCopy(input, 'asker@globex.example');
    expect(copy).toEqual({
      ...own,
      to: 'asker@globex.example',
      subject: TEST_SUBJECT_PREFIX + own.subject,
    });
    // The owner's copy lists who is still waiting for approval.
    expect(copy.body).toContain('x@other.example');
  });

  it('sends notes from and to the owner, plain text unless the note has HTML', () => {
    const plain = noteToOwner(OWNER, { subject: 'S', body: 'B' });
    expect(plain).toEqual({
      to: OWNER,
      replyTo: OWNER,
      name: 'Mutual Action Plan',
      subject: 'S',
      body: 'B',
      htmlBody: '',
    });
    expect(noteToOwner(OWNER, { subject: 'S', body: 'B', htmlBody: '<p>B</p>' }).htmlBody).toBe(
      '<p>B</p>',
    );
  });
});
