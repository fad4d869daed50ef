// Session: who is running the script, as far as Apps Script will say.
// https://developers.google.com/apps-script/reference/base/session
// The active user's email is blank where Google hides it: a simple trigger run for someone who
// has not authorized the add-on, and an installable trigger fired by someone other than its
// owner from another domain (consumer gmail.com accounts never share a domain).
import { createHash } from 'node:crypto';
import type { Execution } from './execution';
import { KIND } from './kind';

const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);
const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

export function activeEmailVisible(execution: Execution, isAuthorized: (u: string) => boolean) {
  const { activeUser, effectiveUser } = execution;
  switch (execution.kind) {
    case 'call':
    case 'clock-trigger':
      return true;
    case 'simple-trigger':
      return execution.authMode !== 'NONE' && isAuthorized(activeUser);
    default: {
      if (activeUser === effectiveUser) return true;
      const d = domainOf(activeUser);
      return d === domainOf(effectiveUser) && !CONSUMER_DOMAINS.has(d);
    }
  }
}

export class User implements GoogleAppsScript.Base.User {
  readonly [KIND] = 'User';

  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  /** Deprecated in Apps Script; it returns the same address there. */
  getUserLoginId(): string {
    return this.email;
  }
}

export interface SessionContext {
  execution(): Execution;
  scriptTimeZone(): string;
  scriptId(): string;
  isAuthorized(user: string): boolean;
  locale(user: string): string;
}

export class Session implements Pick<
  GoogleAppsScript.Base.Session,
  | 'getActiveUser'
  | 'getEffectiveUser'
  | 'getScriptTimeZone'
  | 'getActiveUserLocale'
  | 'getTemporaryActiveUserKey'
> {
  readonly [KIND] = 'Session';

  constructor(private readonly context: SessionContext) {}

  getActiveUser(): User {
    const ex = this.context.execution();
    return new User(activeEmailVisible(ex, this.context.isAuthorized) ? ex.activeUser : '');
  }

  getEffectiveUser(): User {
    const ex = this.context.execution();
    // In a simple trigger the script runs as the active user, with the same visibility.
    if (ex.kind === 'simple-trigger') return this.getActiveUser();
    return new User(ex.effectiveUser);
  }

  getScriptTimeZone(): string {
    return this.context.scriptTimeZone();
  }

  getActiveUserLocale(): string {
    return this.context.locale(this.context.execution().activeUser);
  }

  /** Stable per user and script, opaque, and different from the email (as documented). */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256')
      .update(`${this.context.scriptId()}|${this.context.execution().activeUser}`)
      .digest('base64')
      .slice(0, 43);
  }
}
