import { dealMeta, encodeMeta, type DealTrigger } from './meta';
import { readRegistry } from './registry';
import { summarizeForPortfolio } from './summary';
import { encodeSummary } from './summary-codec';
import { canAddTriggers, triggerBudget, triggerLimitMessage } from './triggers';

/** A registry of plans holding the given numbers of triggers, named by customer. */
function registryOf(plans: Record<string, number>, extra: Record<string, string> = {}) {
  const properties: Record<string, string> = { ...extra };
  let uid = 100;
  for (const [customer, count] of Object.entries(plans)) {
    const id = `id${customer.replace(/\W/g, '')}`;
    const triggers: DealTrigger[] = Array.from({ length: count }, (_, i) => ({
      kind: i === 0 ? 'edit' : 'clock',
      id: String(uid++),
    }));
    const meta = encodeMeta(id, dealMeta({ customer, url: '', timeZone: 'UTC', triggers }));
    properties[meta.key] = meta.value;
  }
  return readRegistry(properties);
}

const TEN_PLANS = {
  Acme: 2,
  Globex: 2,
  Initech: 2,
  Umbrella: 2,
  Hooli: 2,
  Stark: 2,
  Wayne: 2,
  Wonka: 2,
  Tyrell: 2,
  Cyberdyne: 2,
};

describe('triggerBudget', () => {
  it('counts the triggers every plan holds, most first', () => {
    const budget = triggerBudget(registryOf({ Globex: 1, Acme: 2, Initech: 0 }));
    expect(budget.used).toBe(3);
    expect(budget.holders.map((h) => [h.customer, h.count])).toEqual([
      ['Acme', 2],
      ['Globex', 1],
    ]);
    expect(budget.message).toBeNull();
  });

  it('warns from 18 triggers in use', () => {
    const { Cyberdyne: _, ...nine } = TEN_PLANS;
    expect(triggerBudget(registryOf(nine)).message).toBe(
      'You have 18 of 20 triggers in use: Acme (2), Globex (2), Hooli (2), Initech (2), Stark (2), Tyrell (2), Umbrella (2), Wayne (2), 1 more plan. Each plan needs one for edits and one more while its weekly email is on. Archive closed deals to free theirs.',
    );
  });

  it('names the summary customer over the one in meta, and says when a plan is unnamed', () => {
    const { key, value } = encodeSummary(
      summarizeForPortfolio({
        spreadsheetId: 'idAcme',
        url: '',
        timeZone: 'UTC',
        header: { customer: 'Acme Corp', vendor: '', signatureDate: null },
        steps: [],
        asOf: 0,
        lastCustomerEdit: null,
      }),
    );
    const budget = triggerBudget(registryOf({ Acme: 1, ' ': 1 }, { [key]: value }));
    expect(budget.holders.map((h) => h.customer)).toEqual(['Acme Corp', 'Untitled plan']);
  });
});

describe('canAddTriggers', () => {
  it('allows what fits', () => {
    expect(canAddTriggers(registryOf({ Acme: 2 }), 2).ok).toBe(true);
  });

  it('refuses at the limit, naming the plans that hold triggers', () => {
    const decision = canAddTriggers(registryOf(TEN_PLANS), 1);
    expect(decision).toEqual(
      expect.objectContaining({
        ok: false,
        message:
          'You have 20 of 20 triggers in use: Acme (2), Cyberdyne (2), Globex (2), Hooli (2), Initech (2), Stark (2), Tyrell (2), Umbrella (2), 2 more plans. Archive a closed deal to free its triggers.',
      }),
    );
  });

  it('refuses what does not fit in the room left', () => {
    const { Cyberdyne: _, ...nine } = TEN_PLANS;
    const decision = canAddTriggers(registryOf({ ...nine, Solo: 1 }), 2);
    expect(decision.ok).toBe(false);
    if (!decision.ok) {
      expect(decision.message).toMatch(/^This needs 2 triggers but only 1 of 20 is free: /);
      expect(decision.message).toMatch(/Archive a closed deal to free its triggers\.$/);
    }
  });

  it('counts plans whose bookkeeping it cannot read as uncounted, not as free', () => {
    const registry = registryOf({ Acme: 2 }, { 'map.deal.idX.meta': '{"v":9}' });
    expect(triggerLimitMessage(registry)).toBe(
      'Google allows 20 triggers for this add-on across all your spreadsheets, and they are all in use. The plans this add-on knows of hold Acme (2), 1 more plan not counted. Archive a closed deal to free its triggers, or open your other plans once so they are counted.',
    );
  });

  it('refuses a needed count that is not a whole number', () => {
    expect(() => canAddTriggers(registryOf({}), 1.5)).toThrow('whole number');
  });
});
