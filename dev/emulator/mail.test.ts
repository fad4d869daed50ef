// https://developers.google.com/apps-script/reference/mail/mail-app
// https://developers.google.com/apps-script/guides/services/quotas (recipients per day / message)
import { MailApp, MailSystem, parseRecipients, QUOTA_EXHAUSTED, TOO_MANY_RECIPIENTS } from './mail';

function setup(user = 'owner@vendor.example', start = Date.UTC(2024, 2, 5, 17)) {
  const mail = new MailSystem();
  let now = start;
  let who = user;
  const app = new MailApp(mail, { effectiveUser: () => who, now: () => now });
  return {
    mail,
    app,
    as: (u: string) => (who = u),
    advance: (ms: number) => (now += ms),
  };
}

describe('MailApp', () => {
  it('sends with every overload and records the effective user as sender', () => {
    const { mail, app } = setup();
    app.sendEmail('a@x.com', 'S1', 'B1');
    app.sendEmail('a@x.com, B <b@y.org>', 'S2', 'B2', {
      cc: 'c@z.com',
      htmlBody: '<b>2</b>',
      name: 'Bot',
    });
    app.sendEmail('a@x.com', 'reply@v.com', 'S3', 'B3');
    app.sendEmail({ to: 'd@w.com', bcc: 'e@w.com', subject: 'S4', body: 'B4', replyTo: 'r@v.com' });
    expect(mail.outbox.map((m) => [m.from, m.to, m.cc, m.bcc, m.subject, m.replyTo])).toEqual([
      ['owner@vendor.example', ['a@x.com'], [], [], 'S1', null],
      ['owner@vendor.example', ['a@x.com', 'b@y.org'], ['c@z.com'], [], 'S2', null],
      ['owner@vendor.example', ['a@x.com'], [], [], 'S3', 'reply@v.com'],
      ['owner@vendor.example', ['d@w.com'], [], ['e@w.com'], 'S4', 'r@v.com'],
    ]);
    expect(mail.outbox[1]).toMatchObject({ htmlBody: '<b>2</b>', name: 'Bot', body: 'B2' });
    expect(mail.outbox[0].sentAt).toBe('2024-03-05T17:00:00.000Z');
  });

  it('consumes the quota per recipient, per sending user, until the next day', () => {
    const { mail, app, as, advance } = setup();
    expect(app.getRemainingDailyQuota()).toBe(100);
    app.sendEmail({ to: 'a@x.com,b@x.com', cc: 'c@x.com', subject: 's', body: 'b' });
    expect(app.getRemainingDailyQuota()).toBe(97);
    as('other@vendor.example');
    expect(app.getRemainingDailyQuota()).toBe(100);
    as('owner@vendor.example');
    mail.setRemaining('owner@vendor.example', 1, Date.UTC(2024, 2, 5, 17));
    expect(() => app.sendEmail('a@x.com,b@x.com', 's', 'b')).toThrow(QUOTA_EXHAUSTED);
    expect(mail.outbox).toHaveLength(1);
    app.sendEmail('a@x.com', 's', 'b');
    expect(() => app.sendEmail('a@x.com', 's', 'b')).toThrow(QUOTA_EXHAUSTED);
    advance(24 * 3_600_000);
    expect(app.getRemainingDailyQuota()).toBe(100);
  });

  it('refuses more than 50 recipients in one message', () => {
    const { app } = setup();
    const fifty = Array.from({ length: 50 }, (_, i) => `r${i}@x.com`);
    app.sendEmail({ to: fifty.join(','), subject: 's', body: 'b' });
    expect(() =>
      app.sendEmail({ to: fifty.join(','), cc: 'one@more.com', subject: 's', body: 'b' }),
    ).toThrow(TOO_MANY_RECIPIENTS);
  });

  it('refuses invalid addresses with the real message', () => {
    const { app, mail } = setup();
    expect(() => app.sendEmail('a@x.com, not-an-address', 's', 'b')).toThrow(
      'Invalid email: not-an-address',
    );
    expect(() => app.sendEmail('', 's', 'b')).toThrow(/no recipient/);
    expect(mail.outbox).toHaveLength(0);
    expect(parseRecipients('Jane Doe <jane@x.co.uk>')).toEqual(['jane@x.co.uk']);
  });

  it('round-trips quotas and outbox through JSON', () => {
    const { mail, app } = setup();
    app.sendEmail('a@x.com', 's', 'b');
    const copy = MailSystem.fromJSON(JSON.parse(JSON.stringify(mail.toJSON())));
    expect(copy.toJSON()).toEqual(mail.toJSON());
    expect(copy.remaining('owner@vendor.example', Date.UTC(2024, 2, 5, 18))).toBe(99);
  });
});
