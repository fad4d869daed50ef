// One writer at a time per document: two people pressing Create (or a refresh racing an edit
// handler) must not interleave their writes.

/** Runs `work` holding the document lock, or throws a message the user can act on. */
export function withDocumentLock<T>(work: () => T, waitMs = 10_000): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) {
    throw new Error('Someone else is changing the plan right now; try again in a few seconds.');
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
