// MailApp: an outbox instead of Gmail. Mail goes out as the EFFECTIVE user (a trigger's owner),
// from that user's daily recipient quota; every recipient in to, cc and bcc counts.
// https://developers.google.com/apps-script/reference/mail/mail-app
// https://developers.google.com/apps-script/guides/services/quotas
import { KIND, notEmulated } from './kind';
import { dateKeyIn } from './timezone';

export const DEFAULT_DAILY_QUOTA = 100;
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const QUOTA_EXHAUSTED = 'Service invoked too many times for one day: email.';
export const TOO_MANY_RECIPIENTS = 'Limit Exceeded: Email Recipients Per Message.';
/** Google's quota day; see README for why this is an approximation. */
export const QUOTA_TIME_ZONE = 'America/Los_Angeles';

export interface MailRecord {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string | null;
  name: string | null;
  subject: string;
  body: string;
  htmlBody: string | null;
  noReply: boolean;
  /** ISO 8601 instant. */
  sentAt: string;
}

export interface MailState {
  dailyQuota: number;
  /** Per sending user: what is left on the quota day `day` ('yyyy-MM-dd', Pacific). */
  quotas: Record<string, { day: string; remaining: number }>;
  outbox: MailRecord[];
}

const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** 'a@x.com, B <b@y.org>' -> ['a@x.com', 'b@y.org']; throws `Invalid email: ...` on a bad one. */
export function parseRecipients(list: unknown): string[] {
  if (list === undefined || list === null || list === '') return [];
  return String(list)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const named = /^[^<>]*<([^<>]+)>$/.exec(part);
      const address = (named ? named[1] : part).trim();
      if (!ADDRESS.test(address)) throw new Error(`Invalid email: ${part}`);
      return address;
    });
}

/** Outbox and quotas, host side. */
export class MailSystem {
  readonly outbox: MailRecord[] = [];
  private readonly quotas = new Map<string, { day: string; remaining: number }>();

  constructor(public dailyQuota = DEFAULT_DAILY_QUOTA) {}

  private entry(user: string, now: number) {
    const day = dateKeyIn(now, QUOTA_TIME_ZONE);
    const e = this.quotas.get(user);
    if (e && e.day === day) return e;
    const fresh = { day, remaining: this.dailyQuota };
    this.quotas.set(user, fresh);
    return fresh;
  }

  remaining(user: string, now: number): number {
    return this.entry(user, now).remaining;
  }

  /** What `user` has left today; the full daily quota comes back on the next quota day. */
  setRemaining(user: string, remaining: number, now: number): void {
    if (!Number.isInteger(remaining) || remaining < 0) {
      throw new Error(`Invalid quota ${remaining}: use a whole number >= 0`);
    }
    this.entry(user, now).remaining = remaining;
  }

  consume(user: string, recipients: number, now: number): void {
    const e = this.entry(user, now);
    if (e.remaining < recipients) throw new Error(QUOTA_EXHAUSTED);
    e.remaining -= recipients;
  }

  toJSON(): MailState {
    return {
      dailyQuota: this.dailyQuota,
      quotas: Object.fromEntries([...this.quotas].sort()),
      outbox: this.outbox.map((m) => ({ ...m })),
    };
  }

  static fromJSON(state: MailState): MailSystem {
    const mail = new MailSystem(state.dailyQuota ?? DEFAULT_DAILY_QUOTA);
    for (const [user, q] of Object.entries(state.quotas ?? {})) mail.quotas.set(user, { ...q });
    mail.outbox.push(...(state.outbox ?? []).map((m) => ({ ...m })));
    return mail;
  }
}

export interface MailContext {
  effectiveUser(): string;
  now(): number;
}

type Options = GoogleAppsScript.Mail.MailAdvancedParameters;

/** The four overloads of sendEmail, reduced to one message object. */
function normalize(args: unknown[]): Options {
  if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) {
    return { ...(args[0] as Options) };
  }
  if (args.length === 4 && typeof args[3] === 'string') {
    const [to, replyTo, subject, body] = args.map(String);
    return { to, replyTo, subject, body };
  }
  if (args.length === 3 || args.length === 4) {
    const [to, subject, body, options] = args;
    return {
      ...((options as Options) ?? {}),
      to: String(to),
      subject: String(subject),
      body: String(body),
    };
  }
  throw new Error(`Invalid argument: sendEmail takes 1, 3 or 4 arguments, got ${args.length}`);
}

export class MailApp {
  readonly [KIND] = 'MailApp';

  constructor(
    private readonly mail: MailSystem,
    private readonly context: MailContext,
  ) {}

  getRemainingDailyQuota(): number {
    return this.mail.remaining(this.context.effectiveUser(), this.context.now());
  }

  sendEmail(...args: unknown[]): void {
    const message = normalize(args);
    for (const unsupported of ['attachments', 'inlineImages'] as const) {
      if (message[unsupported] !== undefined)
        throw notEmulated('MailApp', `sendEmail ${unsupported}`);
    }
    const to = parseRecipients(message.to);
    const cc = parseRecipients(message.cc);
    const bcc = parseRecipients(message.bcc);
    const replyTo = message.replyTo ? (parseRecipients(message.replyTo)[0] ?? null) : null;
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw new Error('Failed to send email: no recipient');
    if (count > MAX_RECIPIENTS_PER_MESSAGE) throw new Error(TOO_MANY_RECIPIENTS);
    const from = this.context.effectiveUser();
    const now = this.context.now();
    this.mail.consume(from, count, now);
    this.mail.outbox.push({
      from,
      to,
      cc,
      bcc,
      replyTo,
      name: message.name === undefined ? null : String(message.name),
      subject: message.subject === undefined ? '' : String(message.subject),
      body: message.body === undefined ? '' : String(message.body),
      htmlBody: message.htmlBody === undefined ? null : String(message.htmlBody),
      noReply: message.noReply === true,
      sentAt: new Date(now).toISOString(),
    });
  }
}
