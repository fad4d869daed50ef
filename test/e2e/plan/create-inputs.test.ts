// Every createPlan option, missing, empty, of the wrong type, very long, formula-looking, HTML,
// emoji and right-to-left; unknown templates; sellers with invalid, duplicate and mixed-case
// addresses; fields a careless caller adds or sends as the wrong type, in Kiritimati (+14) with
// the script in Pago Pago (-11); selectStepRow with rows that are not rows. Accepted text is
// stored as TEXT exactly where the user will read it; refused input names every problem and
// writes nothing.
import type { Emulator } from '../../../dev/emulator';
import type { CreatePlanResult } from '../../../src/shared/api';
import { create, DATE_LINE, errorOf, OWNER, PLAN, refusal, world } from '../../support/world';
import { headerValue, tab, targetDates } from '../../support/sheet';
import { notJson } from '../../support/plan-oracle';

jest.setTimeout(60_000);

/** The refusal message, and proof that nothing was written. */
const refused = (options: unknown) => refusal(world().em, options);

/** The spreadsheet in Kiritimati (+14), the script in Pago Pago (-11). */
const kiritimati = (now = '2026-11-02T09:00:00') => world({ ...DATE_LINE, now }).em;

function formulasOf(em: Emulator, name: string): string[] {
  return (tab(em, name).formulas ?? []).flat().filter((f) => f !== '');
}

describe('options that are not options', () => {
  it.each([[undefined], [null], ['enterprise'], [42], [[PLAN]]])('%p', (options) => {
    expect(refused(options)).toMatch(/^No plan options were given\. Template is required\./);
  });

  it('lists every missing field at once', () => {
    expect(refused({})).toBe(
      'Template is required. Customer is required. Vendor is required. Target signature date is required.',
    );
  });
});

describe('each text option', () => {
  it.each([
    ['template', 3, 'Template must be text.'],
    ['template', '', 'Template is required.'],
    ['template', 'ENTERPRISE', 'Unknown template "ENTERPRISE". Choose one of: enterprise,'],
    ['template', '__proto__', 'Unknown template "__proto__"'],
    ['template', 'constructor', 'Unknown template "constructor"'],
    ['customer', '   ', 'Customer is required.'],
    ['customer', { name: 'Acme' }, 'Customer must be text.'],
    ['customer', 'x'.repeat(10_000), 'Customer is too long (at most 100 characters).'],
    ['vendor', false, 'Vendor must be text.'],
    ['vendor', 'v'.repeat(10_000), 'Vendor is too long'],
    ['goal', 7, 'Goal must be text.'],
    ['goal', 'g'.repeat(10_000), 'Goal is too long (at most 500 characters).'],
    ['compress', 'yes', 'Compress must be true or false.'],
  ])('%s = %p is refused', (field, value, message) => {
    expect(refused({ ...PLAN, [field]: value })).toContain(message);
  });

  it('goal is optional', () => {
    const em = world().em;
    expect(create(em, { goal: undefined }).outcome).toBe('created');
  });
});

describe.each([
  ['a formula', '=IMPORTXML("http://x","//a")'],
  ['a plus sign', '+1'],
  ['a minus sign', '-2'],
  ['an at sign', '@x'],
  ['HTML', '<script>alert(1)</script><b>Acme</b>'],
  ['emoji', '🚀 Acme 👩‍👩‍👧'],
  ['right-to-left text', 'شركة أكمي'],
  ['a tab-name breaker', "[Acme]*?:/\\'s"],
])('a customer, vendor, goal and seller name that is %s', (_, text) => {
  const em = world().em;
  const made = create(em, {
    customer: text,
    vendor: text,
    goal: text,
    sellers: [{ name: text, email: OWNER }],
  });
  const map = tab(em, made.sheetName);

  it('is created, with a result that is plain JSON', () => {
    expect(made.outcome).toBe('created');
    expect(notJson(made)).toEqual([]);
  });

  it('is stored as text where the user reads it, never run as a formula', () => {
    expect(headerValue(map, 'Customer')).toBe(text);
    expect(headerValue(map, 'Vendor')).toBe(text);
    expect(headerValue(map, 'Goal / compelling event')).toBe(text);
    expect(map.values[0][0]).toBe(`Mutual Action Plan: ${text} × ${text}`);
    const people = tab(em, 'Stakeholders');
    expect(people.values.find((r) => r[1] === OWNER)?.[0]).toBe(text);
    // The only formulas are the add-on's own (progress, status, slip).
    expect(formulasOf(em, made.sheetName).every((f) => /COUNTIF|IF\(|SUM|AND\(/.test(f))).toBe(
      true,
    );
    expect(formulasOf(em, 'Stakeholders')).toEqual([]);
  });

  it('names a tab Sheets accepts, and the plan is found again', () => {
    expect(made.sheetName).not.toMatch(/[[\]*?:/\\]/);
    expect(made.sheetName.length).toBeLessThanOrEqual(100);
    const found = em.call('getPlanStatus') as { sheetName: string; warnings: unknown[] };
    expect(found).toMatchObject({ sheetName: made.sheetName, warnings: [] });
  });
});

describe('a customer of exactly 100 characters', () => {
  it('is kept whole in the header and shortened in the tab name', () => {
    const em = world().em;
    const customer = 'c'.repeat(100);
    const made = create(em, { customer });
    expect(headerValue(tab(em, made.sheetName), 'Customer')).toBe(customer);
    expect(made.sheetName.length).toBeLessThanOrEqual(100);
  });
});

describe('sellers', () => {
  it('lists an address once whatever its case, keeps how it was typed, and says so', () => {
    const em = world().em;
    const made = create(em, {
      sellers: [
        { name: 'Ana', email: 'Ana.Smith@Vendor.Example' },
        { name: 'Ana again', email: 'ana.smith@vendor.example' },
        { name: 'Bob', email: '  bob@vendor.example  ' },
      ],
    });
    expect(made.outcome).toBe('created');
    expect(made.warnings).toContain(
      "Seller 2 repeats seller 1's address ana.smith@vendor.example; it is listed once.",
    );
    const ticked = tab(em, 'Stakeholders').values.filter((r) => r[4] === true);
    expect(ticked.map((r) => [r[0], r[1]])).toEqual([
      ['Ana', 'Ana.Smith@Vendor.Example'],
      ['Bob', 'bob@vendor.example'],
    ]);
  });

  it.each([
    [
      { name: 'A', email: 'not-an-email' },
      "Seller 1's email 'not-an-email' is not valid: missing @.",
    ],
    [{ name: 'A', email: 'Sam <sam@vendor.example>' }, 'without a name or < >'],
    [{ name: 'A', email: 'a@v.example,b@v.example' }, 'more than one @'],
    [{ name: 'Sam' }, 'Seller 1 (Sam) needs an email.'],
    ['sam@vendor.example', 'Seller 1 must be a name and an email.'],
  ])('refuses %j', (seller, message) => {
    expect(refused({ ...PLAN, sellers: [seller] })).toContain(message);
  });

  it('refuses a list that is not a list, or too long', () => {
    expect(refused({ ...PLAN, sellers: { name: 'A', email: 'a@v.example' } })).toBe(
      'Sellers must be a list of names and emails.',
    );
    const many = Array.from({ length: 11 }, (_, i) => ({
      name: `S${i}`,
      email: `s${i}@v.example`,
    }));
    expect(refused({ ...PLAN, sellers: many })).toBe('At most 10 sellers, please.');
  });

  it('skips an empty form row', () => {
    const em = world().em;
    expect(create(em, { sellers: [{ name: '', email: '' }] }).outcome).toBe('created');
  });
});

describe('a second createPlan', () => {
  it('is refused, says where the plan is, and changes nothing', () => {
    const em = world().em;
    const first = create(em);
    const before = JSON.stringify(em.workbook.toJSON());
    const again = create(em, { customer: 'Initech', template: 'enterprise' });
    expect(again).toMatchObject({ outcome: 'refused', sheetName: first.sheetName });
    expect(again.message).toContain(`'${first.sheetName}'`);
    expect(JSON.stringify(em.workbook.toJSON())).toBe(before);
  });
});

describe('fields the caller did not mean to send', () => {
  it('ignores unknown fields: the plan is the one the known fields describe', () => {
    const plain = kiritimati();
    const noisy = kiritimati();
    const a = create(plain);
    const b = noisy.call('createPlan', {
      ...PLAN,
      owner: 'mallory@evil.example',
      steps: [],
      timeZone: 'UTC',
    }) as CreatePlanResult;
    expect(b).toEqual(a);
    expect(targetDates(noisy, b.sheetName)).toEqual(targetDates(plain, a.sheetName));
    expect(headerValue(tab(noisy, b.sheetName), 'Plan owner')).toBe(OWNER);
  });

  it.each([
    [{ goLiveDate: null }, 'created'],
    [{ goLiveDate: '' }, 'created'],
    [{ goal: null }, 'created'],
    [{ sellers: null }, 'created'],
    [{ holidays: null }, 'created'],
    [{ holidays: [] }, 'created'],
    [{ compress: null }, 'created'],
  ])('treats %j as not given', (extra, outcome) => {
    expect(create(kiritimati(), extra as object).outcome).toBe(outcome);
  });
});

describe('fields of the wrong type', () => {
  it.each([
    [{ signatureDate: ['2027-01-29'] }, 'Target signature date \'["2027-01-29"]\' is not a date'],
    [{ signatureDate: true }, "Target signature date 'true' is not a date"],
    [{ goLiveDate: 20270301 }, "Go-live date '20270301' is not a date"],
    [{ holidays: { '2026-12-25': true } }, 'Holidays must be a list of dates.'],
    [{ compress: 1 }, 'Compress must be true or false.'],
    [{ sellers: [{ name: 42, email: 'sam@vendor.example' }] }, "Seller 1's name must be text."],
    [{ sellers: [{ name: 'Sam', email: 42 }] }, "Seller 1's email must be text."],
    [
      { sellers: [{ name: ['Sam'], email: ['sam@vendor.example'] }] },
      "Seller 1's name must be text. Seller 1's email must be text.",
    ],
  ])('%j is refused, naming the field', (extra, message) => {
    expect(refusal(kiritimati(), { ...PLAN, ...extra })).toContain(message);
  });

  it('lists every problem of one call at once', () => {
    const message = refusal(kiritimati(), {
      template: 7,
      customer: ['Acme'],
      vendor: '',
      signatureDate: '29/01/2027',
      holidays: ['Xmas', '2026-12-25', 12],
      sellers: [{ name: 'Sam', email: 'sam @vendor.example' }],
    });
    for (const part of [
      'Template must be text.',
      'Customer must be text.',
      'Vendor is required.',
      "Target signature date '29/01/2027' is not a date",
      "Holiday 'Xmas' is not a date",
      "Holiday '12' is not a date",
      "Seller 1's email 'sam @vendor.example' is not valid: contains a space.",
    ]) {
      expect(message).toContain(part);
    }
  });
});

describe('seller emails typed with spaces and capitals', () => {
  it('trims the ends, keeps the case as typed, and lists an address once in any case', () => {
    const em = kiritimati();
    const made = create(em, {
      sellers: [
        { name: 'Sam', email: '  Sam.Lee@Vendor.Example\t' },
        { name: 'SAM', email: 'SAM.LEE@VENDOR.EXAMPLE' },
      ],
    });
    expect(made.warnings.join(' ')).toMatch(
      /^Seller 2 repeats seller 1's address sam\.lee@vendor\.example; it is listed once\.$/i,
    );
    const ticked = tab(em, 'Stakeholders').values.filter((r) => r[4] === true);
    expect(ticked.map((r) => r[1])).toEqual(['Sam.Lee@Vendor.Example']);
  });

  it.each([
    ['sam lee@vendor.example', 'contains a space'],
    ['sam@vendor .example', 'contains a space'],
    ['sam@@vendor.example', 'more than one @'],
  ])('refuses %p, saying why', (email, why) => {
    expect(refusal(kiritimati(), { ...PLAN, sellers: [{ name: 'Sam', email }] })).toContain(
      `Seller 1's email '${email}' is not valid: ${why}`,
    );
  });

  it('refuses a 10,000-character seller name without writing it anywhere', () => {
    expect(
      refusal(kiritimati(), { ...PLAN, sellers: [{ name: 'n'.repeat(10_000), email: OWNER }] }),
    ).toBe("Seller 1's name is too long (at most 100 characters).");
  });
});

describe('selectStepRow with rows a caller should not send', () => {
  const em = kiritimati();
  create(em);

  it.each([0, -1, 1.5, Number.NaN, null, 'abc', { row: 8 }])('refuses %p with a message', (row) => {
    expect(errorOf(() => em.call('selectStepRow', row))).toMatch(/^Row .+ is not a sheet row\.$/);
  });

  it('refuses a row past the end of the plan', () => {
    expect(errorOf(() => em.call('selectStepRow', 99_999))).toBe(
      'Row 99999 is past the end of the plan.',
    );
  });

  it('selects a real step row and changes nothing', () => {
    const before = JSON.stringify(tab(em, 'MAP – Acme').values);
    expect(em.call('selectStepRow', 8)).toBeUndefined();
    expect(JSON.stringify(tab(em, 'MAP – Acme').values)).toBe(before);
  });
});
