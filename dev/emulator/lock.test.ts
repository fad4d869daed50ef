// https://developers.google.com/apps-script/reference/lock/lock
// https://developers.google.com/apps-script/reference/lock/lock-service
import { Lock, LOCK_TIMEOUT, LockService, LockTable, type LockContext } from './lock';

function setup(documentId: string | null = 'doc') {
  const table = new LockTable();
  let current = 1;
  const running = new Set([1]);
  let waited = 0;
  const context: LockContext = {
    executionId: () => current,
    effectiveUser: () => (current === 1 ? 'a@x.com' : 'b@y.com'),
    documentId: () => documentId,
    isRunning: (id) => running.has(id),
    wait: (ms) => {
      waited += ms;
    },
  };
  return {
    service: new LockService(table, context),
    table,
    start(id: number) {
      running.add(id);
      current = id;
    },
    end(id: number) {
      running.delete(id);
      table.releaseAll(id);
    },
    waited: () => waited,
  };
}

describe('LockService', () => {
  it('excludes an overlapping execution: tryLock spends its timeout and fails', () => {
    const s = setup();
    const first = s.service.getDocumentLock()!;
    expect(first.tryLock(1000)).toBe(true);
    expect(first.hasLock()).toBe(true);
    s.start(2);
    const second = s.service.getDocumentLock()!;
    expect(second.tryLock(5000)).toBe(false);
    expect(s.waited()).toBe(5000);
    expect(second.hasLock()).toBe(false);
    expect(() => second.waitLock(3000)).toThrow(LOCK_TIMEOUT);
    expect(s.waited()).toBe(8000);
  });

  it('lets the next execution in once the holder releases or ends', () => {
    const s = setup();
    const first = s.service.getScriptLock();
    first.waitLock(10);
    first.releaseLock();
    expect(first.hasLock()).toBe(false);
    first.waitLock(10);
    s.start(2);
    expect(s.service.getScriptLock().tryLock(0)).toBe(false);
    s.end(1);
    expect(s.service.getScriptLock().tryLock(0)).toBe(true);
  });

  it('scopes locks: user locks per user, document and script locks shared', () => {
    const s = setup();
    expect(s.service.getUserLock().tryLock(0)).toBe(true);
    s.start(2);
    expect(s.service.getUserLock().tryLock(0)).toBe(true);
    expect(s.service.getDocumentLock()!.tryLock(0)).toBe(true);
    expect(s.service.getScriptLock().tryLock(0)).toBe(true);
  });

  it('is re-entrant within one execution and validates the timeout', () => {
    const s = setup();
    const a = s.service.getDocumentLock()!;
    const b = s.service.getDocumentLock()!;
    expect(a.tryLock(0)).toBe(true);
    expect(b.tryLock(0)).toBe(true);
    expect(b).toBeInstanceOf(Lock);
    expect(() => a.tryLock(-1)).toThrow('Invalid argument');
  });

  it('has no document lock for a run without a document', () => {
    expect(setup(null).service.getDocumentLock()).toBeNull();
  });
});
