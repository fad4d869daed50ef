import { isLogNews, reportMessage, sendReport, skippedParts, type RunFacts } from './run-report';

const base: RunFacts = {
  period: '2026-10-12',
  plan: { alreadySent: [], uncertain: [], givenUp: [], overCapacity: [], quotaShort: null },
  sent: [],
  failed: [],
  waiting: [],
  invalid: 0,
};

describe('what a run says about itself', () => {
  it('counts who was sent and who already had it', () => {
    const facts = {
      ...base,
      sent: ['a@x.example', 'b@x.example'],
      plan: { ...base.plan, alreadySent: ['c@x.example'] },
    };
    expect(reportMessage(facts)).toBe(
      "Sent to 2 recipients. 1 recipient already had this week's update, so it was not sent again.",
    );
    expect(sendReport(facts)).toMatchObject({
      sent: facts.sent,
      alreadySent: ['c@x.example'],
      period: '2026-10-12',
    });
  });

  it('says nobody was sent when the quota is short, whatever else is true', () => {
    const facts = {
      ...base,
      waiting: ['w@x.example'],
      plan: { ...base.plan, quotaShort: { needed: 5, remaining: 1 } },
    };
    expect(reportMessage(facts)).toMatch(/^Nobody was sent .* 1 more email today and it needs 5\./);
    expect(skippedParts(facts)[0]).toMatch(/quota too low \(1 left, 5 needed\)/);
  });

  it('reports failures, maybe-sent and waiting addresses, and an empty list as such', () => {
    const facts = {
      ...base,
      failed: [{ email: 'f@x.example', error: 'boom' }],
      waiting: ['w@x.example', 'v@x.example'],
      invalid: 1,
      plan: { ...base.plan, uncertain: ['u@x.example'] },
    };
    expect(reportMessage(facts)).toBe(
      '1 recipient may have been mailed by a run that stopped, so it was not sent again. ' +
        '1 send failed; it is retried automatically. 2 addresses still wait for your approval.',
    );
    expect(skippedParts(facts)).toEqual([
      '1 not resent: a stopped run may have mailed them',
      '2 waiting for approval',
      '1 invalid',
    ]);
    expect(reportMessage(base)).toMatch(/^Nobody is set to receive/);
  });
});

describe('what goes into the send log', () => {
  const quiet = { quotaShort: null, notifyOwnerOfQuota: false, newlyUncertain: [] };
  const nothing = { sent: [], failed: [] };

  it('keeps every "send now", and a scheduled run only when it did or found something', () => {
    expect(isLogNews('manual', quiet, nothing)).toBe(true);
    expect(isLogNews('schedule', quiet, nothing)).toBe(false);
    expect(isLogNews('schedule', quiet, { ...nothing, sent: ['a@x.example'] })).toBe(true);
    expect(
      isLogNews('schedule', quiet, { sent: [], failed: [{ email: 'a@x.example', error: 'e' }] }),
    ).toBe(true);
    expect(isLogNews('schedule', { ...quiet, newlyUncertain: ['u@x.example'] }, nothing)).toBe(
      true,
    );
  });

  it('logs a quota shortfall once: when the owner is told, not every hour after', () => {
    const short = { ...quiet, quotaShort: { needed: 3, remaining: 1 } };
    expect(isLogNews('schedule', { ...short, notifyOwnerOfQuota: true }, nothing)).toBe(true);
    expect(isLogNews('schedule', short, nothing)).toBe(false);
  });
});
