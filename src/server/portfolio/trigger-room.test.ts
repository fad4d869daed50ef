import {
  dealMeta,
  encodeMeta,
  encodeSummary,
  readRegistry,
  summarizeForPortfolio,
} from '../../core/portfolio';
import { triggerRoom } from './trigger-room';

/** A registry of `plans` plans holding an edit and a clock trigger each. */
function registryOf(plans: number) {
  const stored: Record<string, string> = {};
  for (let i = 0; i < plans; i++) {
    const id = `sheet-${i}`;
    const s = summarizeForPortfolio({
      spreadsheetId: id,
      url: '',
      timeZone: 'UTC',
      header: { customer: `Customer ${i}`, vendor: 'V', signatureDate: null },
      steps: [],
      asOf: '2026-11-02T00:00:00Z',
      lastCustomerEdit: null,
    });
    const meta = dealMeta({
      customer: `Customer ${i}`,
      url: '',
      timeZone: 'UTC',
      triggers: [
        { kind: 'edit', id: `e${i}` },
        { kind: 'clock', id: `c${i}` },
      ],
    });
    for (const w of [encodeSummary(s), encodeMeta(id, meta)]) stored[w.key] = w.value;
  }
  return readRegistry(stored);
}

describe('triggerRoom', () => {
  it('lets a plan take a trigger while Google counts room', () => {
    expect(triggerRoom(registryOf(9), 18, 1)).toEqual({ ok: true });
    expect(triggerRoom(registryOf(9), 19, 1)).toEqual({ ok: true });
  });

  it('refuses at 20, naming the plans that hold the triggers and suggesting archiving', () => {
    const room = triggerRoom(registryOf(10), 20, 1);
    expect(room.ok).toBe(false);
    if (room.ok) return;
    expect(room.message).toMatch(/20 of 20 triggers/);
    expect(room.message).toContain('Customer 0 (2)');
    expect(room.message).toMatch(/Archive/);
    expect(room.message).not.toMatch(/too many triggers/i);
  });

  it('trusts Google when the registry knows of fewer triggers, and says so in our words', () => {
    const room = triggerRoom(registryOf(3), 20, 1);
    expect(room.ok).toBe(false);
    if (!room.ok) expect(room.message).toMatch(/open your other plans once so they are counted/);
  });

  it('trusts Google when the registry lists triggers deleted since', () => {
    expect(triggerRoom(registryOf(10), 12, 2)).toEqual({ ok: true });
  });

  it('always has room for nothing', () => {
    expect(triggerRoom(registryOf(10), 20, 0)).toEqual({ ok: true });
  });
});
