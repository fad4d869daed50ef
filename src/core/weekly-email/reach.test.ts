import type { RecipientJson } from '../../shared/api';
import { emptyLedger } from './ledger';
import { nobodyReason, reachNow, sendNowQuestion } from './reach';

const PERIOD = '2026-12-07';
const NOW = '2026-12-07T15:00:00.000Z';
const ZONE = 'America/New_York';

function person(
  row: number,
  email: string,
  state: RecipientJson['state'] = 'will receive',
): RecipientJson {
  return { row, name: `P${row}`, email, state };
}

describe('reachNow', () => {
  const four = [1, 2, 3, 4].map((i) => person(i + 1, `p${i}@vendor.example`));

  it('offers everyone still owed, and no reason', () => {
    const reach = reachNow({
      recipients: four,
      ledger: emptyLedger(PERIOD),
      remainingQuota: 100,
      now: NOW,
      timeZone: ZONE,
    });
    expect(reach.sendNow).toEqual({ recipients: four.map((r) => r.email), reason: null });
    expect(reach.problem).toBeNull();
    expect(sendNowQuestion(reach.sendNow)).toBe(
      'Email 4 recipients now from your account? Addresses waiting for approval are skipped.',
    );
  });

  it('says nobody would receive it once this period’s email went out', () => {
    const sent = Object.fromEntries(four.map((r) => [r.email, '2026-12-07T14:05:00Z']));
    const ledger = { ...emptyLedger(PERIOD), sent, completedAt: '2026-12-07T14:05:00Z' };
    const reach = reachNow({
      recipients: four,
      ledger,
      remainingQuota: 100,
      now: NOW,
      timeZone: ZONE,
    });
    expect(reach.sendNow).toEqual({
      recipients: [],
      reason: 'this week’s email already went out on Mon, Dec 7',
    });
    expect(sendNowQuestion(reach.sendNow)).toBe(
      'Nobody would receive it now: this week’s email already went out on Mon, Dec 7.',
    );
    expect(reach.recipients.every((r) => r.state === 'will receive')).toBe(true);
  });

  it('never shows as "will receive" who a cap or the quota stops, and says why', () => {
    const junk = Array.from({ length: 90 }, (_, i) => person(i + 10, `junk${i}@vendor.example`));
    const over = reachNow({
      recipients: [...junk, person(152, 'real@vendor.example')],
      ledger: emptyLedger(PERIOD),
      remainingQuota: 1500,
      now: NOW,
      timeZone: ZONE,
    });
    expect(over.recipients.filter((r) => r.state === 'will receive')).toEqual([]);
    expect(over.recipients.find((r) => r.row === 152)?.reason).toMatch(/over the plan's maximum/);
    expect(over.problem).toMatch(/ticks 91 approved people/);
    expect(over.sendNow.recipients).toEqual([]);

    const quota = reachNow({
      recipients: four,
      ledger: emptyLedger(PERIOD),
      remainingQuota: 3,
      now: NOW,
      timeZone: ZONE,
    });
    expect(quota.recipients.map((r) => r.state)).toEqual(Array(4).fill('will not receive'));
    expect(quota.recipients[0].reason).toMatch(/over the daily mail quota: 3 left today, 4 needed/);
    expect(quota.sendNow.reason).toMatch(/can send 3 more emails today and this needs 4/);
  });

  it('says why nobody can be mailed', () => {
    const invalid = [person(2, 'Champion', 'invalid'), person(3, 'Economic buyer', 'invalid')].map(
      (r) => ({ ...r, reason: 'missing @' }),
    );
    const reach = reachNow({
      recipients: invalid,
      ledger: emptyLedger(PERIOD),
      remainingQuota: 100,
      now: NOW,
      timeZone: ZONE,
    });
    expect(reach.sendNow.recipients).toEqual([]);
    expect(reach.problem).toMatch(
      /^Nobody can be sent the weekly email: none of the 2 ticked addresses/,
    );
    expect(nobodyReason([])).toMatch(/nobody on the Stakeholders tab has "Weekly email" ticked/);
    expect(nobodyReason([person(2, 'x@gmail.com', 'waiting for approval')])).toMatch(
      /none of the ticked addresses is approved yet/,
    );
  });
});
