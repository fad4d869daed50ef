import fc from 'fast-check';
import { indexOwners, ownsStep } from './owner-match';
import { randomPlan } from './plan-arbitrary';

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
        for (const { email } of plan.addresses) {
          for (const names of nameSets) {
            const identities = names.length > 0 ? names : [''];
            const expected = plan.steps.flatMap((step, i) =>
              identities.some((name) => ownsStep(step, { name, email })) ? [i] : [],
            );
            expect(index.owned(names, email)).toEqual(expected);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
