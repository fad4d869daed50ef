// LockService with real mutual exclusion between overlapping emulated executions.
// JavaScript here is synchronous, so an execution that finds a lock held can only be one that
// was started while the holder is suspended (from a fault hook, mid-call). The holder cannot
// finish while the waiter waits, so a blocked acquire spends its whole timeout — on the virtual
// clock — and fails, which is what a real waiter sees when the holder outlasts its timeout.
import { KIND } from './kind';

export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

/** Which execution holds each lock: 'document:<id>', 'script', 'user:<email>'. */
export class LockTable {
  private readonly holders = new Map<string, number>();

  holder(key: string): number | undefined {
    return this.holders.get(key);
  }

  acquire(key: string, executionId: number): void {
    this.holders.set(key, executionId);
  }

  release(key: string, executionId: number): void {
    if (this.holders.get(key) === executionId) this.holders.delete(key);
  }

  /** Apps Script releases an execution's locks when it ends. */
  releaseAll(executionId: number): void {
    for (const [key, id] of this.holders) if (id === executionId) this.holders.delete(key);
  }
}

export interface LockContext {
  executionId(): number;
  effectiveUser(): string;
  /** The active document; null when the script runs without one. */
  documentId(): string | null;
  /** Whether an execution is still running (suspended ones included). */
  isRunning(executionId: number): boolean;
  /** Spends time on the virtual clock, as waiting would. */
  wait(ms: number): void;
}

function checkTimeout(ms: unknown): number {
  const n = Number(ms);
  if (!Number.isFinite(n) || n < 0) throw new Error('Invalid argument: timeoutInMillis');
  return n;
}

export class Lock implements GoogleAppsScript.Lock.Lock {
  readonly [KIND] = 'Lock';

  constructor(
    private readonly key: string,
    private readonly table: LockTable,
    private readonly context: LockContext,
    private readonly owner: number,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    const timeout = checkTimeout(timeoutInMillis);
    const holder = this.table.holder(this.key);
    if (holder === undefined || holder === this.owner || !this.context.isRunning(holder)) {
      this.table.acquire(this.key, this.owner);
      return true;
    }
    this.context.wait(timeout);
    return false;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT);
  }

  hasLock(): boolean {
    return this.table.holder(this.key) === this.owner;
  }

  releaseLock(): void {
    this.table.release(this.key, this.owner);
  }
}

// Not `implements` Apps Script's typing: it has getDocumentLock never return null, which Apps
// Script does outside a document.
export class LockService {
  readonly [KIND] = 'LockService';

  constructor(
    private readonly table: LockTable,
    private readonly context: LockContext,
  ) {}

  private lock(key: string): Lock {
    return new Lock(key, this.table, this.context, this.context.executionId());
  }

  getDocumentLock(): Lock | null {
    const id = this.context.documentId();
    return id === null ? null : this.lock(`document:${id}`);
  }

  getScriptLock(): Lock {
    return this.lock('script');
  }

  getUserLock(): Lock {
    return this.lock(`user:${this.context.effectiveUser()}`);
  }
}
