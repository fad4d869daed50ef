// The polling helper the browser tests lean on: it must judge the page by a fresh look, even
// when this process was too busy (an emulated add-on run) to look before the deadline.
import { eventually } from './wait';

/** Keeps this process busy, as a long emulated add-on run does. */
function block(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // spin
  }
}

describe('eventually', () => {
  it('returns the first value the check gives without throwing', async () => {
    let calls = 0;
    const value = await eventually(() => {
      calls += 1;
      if (calls < 3) throw new Error('not yet');
      return calls;
    });
    expect(value).toBe(3);
  });

  it('rethrows the last error once the deadline has passed', async () => {
    const started = Date.now();
    await expect(
      eventually(() => {
        throw new Error('never');
      }, 100),
    ).rejects.toThrow('never');
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('looks again after a deadline that passed while the process was busy', async () => {
    let ready = false;
    const result = eventually(async () => {
      // What the page showed when asked; the answer arrives once the process is free again.
      const seen = ready;
      await new Promise((resolve) => setTimeout(resolve, 10));
      if (!seen) throw new Error('not yet');
      return 'seen';
    }, 100);
    block(300);
    ready = true;
    await expect(result).resolves.toBe('seen');
  });
});
