import { planDateProblems } from './plan-dates';

describe('planDateProblems', () => {
  const today = { today: '2026-12-06', timeZone: 'America/New_York' };

  it('refuses a target signature before today, naming the spreadsheet’s zone', () => {
    expect(
      planDateProblems({
        template: 'mid-market',
        signatureDate: '2026-11-20',
        goLiveDate: null,
        ...today,
      }),
    ).toEqual([
      {
        field: 'signatureDate',
        message:
          "The target signature date, Fri, Nov 20, has already passed (today is Sun, Dec 6 in the spreadsheet's time zone, America/New_York): choose today or a later date.",
      },
    ]);
  });

  it('accepts today and later, and judges nothing past without a today', () => {
    for (const signatureDate of ['2026-12-06', '2027-01-08']) {
      expect(
        planDateProblems({ template: 'enterprise', signatureDate, goLiveDate: null, ...today }),
      ).toEqual([]);
    }
    expect(
      planDateProblems({ template: 'enterprise', signatureDate: '2020-01-06', goLiveDate: null }),
    ).toEqual([]);
  });

  it('lets onboarding start on a past signature day, but not go live before it', () => {
    const onboarding = { template: 'onboarding', signatureDate: '2026-11-20', ...today };
    expect(planDateProblems({ ...onboarding, goLiveDate: null })).toEqual([]);
    expect(planDateProblems({ ...onboarding, goLiveDate: '2026-11-19' })).toEqual([
      {
        field: 'goLiveDate',
        message:
          'The go-live date, Thu, Nov 19, is before the signature (start) date (Fri, Nov 20): choose a go-live date on or after signature.',
      },
    ]);
  });

  it('reports a date no plan can hold as that, before anything else', () => {
    expect(
      planDateProblems({
        template: 'velocity',
        signatureDate: '1999-12-31',
        goLiveDate: '2206-01-01',
        ...today,
      }),
    ).toEqual([
      {
        field: 'signatureDate',
        message:
          "Target signature date 1999-12-31 is out of range: a plan's dates must fall in 2000-01-01 to 2100-12-31.",
      },
      {
        field: 'goLiveDate',
        message:
          "Go-live date 2206-01-01 is out of range: a plan's dates must fall in 2000-01-01 to 2100-12-31.",
      },
    ]);
  });
});
