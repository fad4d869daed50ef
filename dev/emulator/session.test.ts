// https://developers.google.com/apps-script/reference/base/session#getActiveUser()
// ("...the email address is not available in any context that allows a script to run without
// that user's authorization... unless the developer and user belong to the same domain")
import type { Execution } from './execution';
import { activeEmailVisible, Session } from './session';

function execution(over: Partial<Execution>): Execution {
  return {
    id: 1,
    kind: 'call',
    functionName: 'f',
    activeUser: 'owner@vendor.example',
    effectiveUser: 'owner@vendor.example',
    authMode: 'FULL',
    documentId: 'doc',
    startedAt: 0,
    calls: 0,
    simulatedMs: 0,
    ...over,
  };
}

describe('Session', () => {
  const installed = (u: string) => u === 'owner@vendor.example';

  it('hides the active user where Google does', () => {
    expect(activeEmailVisible(execution({}), installed)).toBe(true);
    const simple = { kind: 'simple-trigger' as const, authMode: 'LIMITED' as const };
    expect(activeEmailVisible(execution(simple), installed)).toBe(true);
    expect(
      activeEmailVisible(execution({ ...simple, activeUser: 'x@acme.example' }), installed),
    ).toBe(false);
    expect(activeEmailVisible(execution({ ...simple, authMode: 'NONE' }), installed)).toBe(false);
    const edit = { kind: 'edit-trigger' as const };
    expect(
      activeEmailVisible(execution({ ...edit, activeUser: 'ae@vendor.example' }), installed),
    ).toBe(true);
    expect(
      activeEmailVisible(execution({ ...edit, activeUser: 'x@acme.example' }), installed),
    ).toBe(false);
    const consumer = { ...edit, activeUser: 'a@gmail.com', effectiveUser: 'b@gmail.com' };
    expect(activeEmailVisible(execution(consumer), installed)).toBe(false);
  });

  it('reports users, the script zone and a stable per-user key', () => {
    let current = execution({ kind: 'edit-trigger', activeUser: 'x@acme.example' });
    const session = new Session({
      execution: () => current,
      scriptTimeZone: () => 'Europe/Paris',
      scriptId: () => 'script',
      isAuthorized: installed,
      locale: () => 'en',
    });
    expect(session.getActiveUser().getEmail()).toBe('');
    expect(session.getEffectiveUser().getEmail()).toBe('owner@vendor.example');
    expect(session.getScriptTimeZone()).toBe('Europe/Paris');
    const key = session.getTemporaryActiveUserKey();
    expect(session.getTemporaryActiveUserKey()).toBe(key);
    expect(key).not.toContain('acme');
    current = execution({});
    expect(session.getTemporaryActiveUserKey()).not.toBe(key);
  });
});
