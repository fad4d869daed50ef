import fc from 'fast-check';
import { addDays, compareDateKeys, type DateKey } from '../dates';
import { optionalDateOrder, indexOwners, ownsStep, planTitle } from './content';
import { randomPlan } from '../../../test/support/arbitraries';
import { HEADER } from '../../../test/support/test-plan';

const key = fc.integer({ min: -800, max: 800 }).map((d) => addDays('2026-12-07', d));

describe('optionalDateOrder', () => {
  it('orders dates as compareDateKeys does, dated before undated', () => {
    fc.assert(
      fc.property(fc.array(fc.option(key, { nil: null })), (keys) => {
        const sorted = [...keys].sort(optionalDateOrder());
        const dated = keys.filter((k): k is DateKey => k !== null).sort(compareDateKeys);
        expect(sorted).toEqual([...dated, ...keys.filter((k) => k === null)]);
      }),
    );
  });

  it('still refuses a key that is not a date, however often it is compared', () => {
    const compare = optionalDateOrder();
    expect(compare('2026-12-07', '2026-12-08')).toBeLessThan(0);
    expect(() => compare('2026-12-07', '2026-02-30')).toThrow(RangeError);
    expect(() => compare('2026-02-30', '2026-12-07')).toThrow(RangeError);
  });
});

const jane = { name: 'Jane Doe', email: 'Jane@Globex.example' };

describe('ownsStep', () => {
  it.each([
    [{ owner: 'Jane Doe', ownerEmail: '' }, true],
    [{ owner: '  jane   DOE ', ownerEmail: '' }, true],
    [{ owner: 'Bob, Jane Doe', ownerEmail: '' }, true],
    [{ owner: 'Bob and Jane Doe', ownerEmail: '' }, true],
    [{ owner: 'Bob / Jane Doe', ownerEmail: '' }, true],
    [{ owner: 'Someone', ownerEmail: 'jane@globex.EXAMPLE' }, true],
    [{ owner: 'Someone', ownerEmail: 'bob@globex.example; jane@globex.example' }, true],
    [{ owner: 'jane@globex.example', ownerEmail: '' }, true],
    [{ owner: 'Jane', ownerEmail: '' }, false],
    [{ owner: 'Jane Doe-Smith', ownerEmail: '' }, false],
    [{ owner: 'Bob', ownerEmail: 'janet@globex.example' }, false],
    [{ owner: '', ownerEmail: '' }, false],
  ])('%j -> %s', (step, expected) => {
    expect(ownsStep(step, jane)).toBe(expected);
  });

  it('matches nothing by name when the recipient has none', () => {
    expect(ownsStep({ owner: '', ownerEmail: '' }, { name: '', email: '' })).toBe(false);
    expect(
      ownsStep({ owner: 'Bob', ownerEmail: '' }, { name: '', email: 'jane@globex.example' }),
    ).toBe(false);
  });
});

describe('indexOwners', () => {
  it('finds exactly the steps ownsStep gives to any of the names, in step order', () => {
    fc.assert(
      fc.property(randomPlan, (plan) => {
        const index = indexOwners(plan.steps);
        const nameSets = [[], ['Jane Doe'], ['Nick Name', ' jane  doe '], ['JO', 'Bob', '']];
        // Every answer that differs, in one expect: an expect per answer costs more than the check.
        const wrong: unknown[] = [];
        for (const { email } of plan.addresses) {
          for (const names of nameSets) {
            const identities = names.length > 0 ? names : [''];
            const expected = plan.steps.flatMap((step, i) =>
              identities.some((name) => ownsStep(step, { name, email })) ? [i] : [],
            );
            const owned = index.owned(names, email);
            if (JSON.stringify(owned) !== JSON.stringify(expected)) {
              wrong.push({ names, email, owned, expected });
            }
          }
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('planTitle', () => {
  it('names customer then vendor, as the plan tab’s title does, or what is known', () => {
    expect(planTitle(HEADER, 'MAP')).toBe('Globex × Acme');
    expect(planTitle({ ...HEADER, vendor: ' ' }, 'MAP')).toBe('Globex');
    expect(planTitle(null, ' Plan ')).toBe('Plan');
  });
});
