import { InvalidOptionsError, LIMITS, readPlanOptions, readScheduleOptions } from './plan-options';

const valid = {
  template: 'enterprise',
  customer: 'Acme',
  vendor: 'Globex',
  signatureDate: '2026-12-10',
};

function problemsOf(input: unknown): string[] {
  try {
    readPlanOptions(input);
  } catch (error) {
    if (error instanceof InvalidOptionsError) return error.problems;
    throw error;
  }
  throw new Error('expected the options to be refused');
}

describe('readPlanOptions', () => {
  it('accepts minimal options and fills the optional ones', () => {
    expect(readPlanOptions(valid)).toEqual({
      ...valid,
      goal: '',
      goLiveDate: null,
      sellers: [],
      holidays: [],
      compress: false,
    });
  });

  it('keeps formula-looking names as they are (they are written as text later)', () => {
    const customer = '=IMPORTXML("http://x","//a")';
    expect(readPlanOptions({ ...valid, customer }).customer).toBe(customer);
  });

  it('reports every problem at once, in the form’s words', () => {
    const problems = problemsOf({
      template: 'enterprise',
      customer: '  ',
      vendor: 'v'.repeat(LIMITS.vendor + 1),
      signatureDate: '2026-02-30',
      goLiveDate: '12/10/2026',
      sellers: [{ name: 'Sam', email: 'sam at vendor' }],
    });
    expect(problems).toEqual([
      'Customer is required.',
      `Vendor is too long (at most ${LIMITS.vendor} characters).`,
      "Target signature date '2026-02-30' is not a date; use yyyy-MM-dd, e.g. 2026-12-10.",
      "Go-live date '12/10/2026' is not a date; use yyyy-MM-dd, e.g. 2026-12-10.",
      expect.stringMatching(/^Seller 1's email 'sam at vendor' is not valid: /),
    ]);
  });

  it('requires a signature date and refuses non-objects', () => {
    expect(problemsOf({ ...valid, signatureDate: undefined })).toEqual([
      'Target signature date is required.',
    ]);
    expect(problemsOf(null)).toContain('No plan options were given.');
    expect(problemsOf({ ...valid, customer: 42 })).toEqual(['Customer must be text.']);
  });

  it('cleans control characters and skips empty seller rows', () => {
    const o = readPlanOptions({
      ...valid,
      customer: 'Ac\u202eme\n  Corp',
      sellers: [
        { name: '', email: '' },
        { name: ' Sam  Seller ', email: ' sam@vendor.example ' },
        { name: '', email: 'se@vendor.example' },
      ],
    });
    expect(o.customer).toBe('Acme Corp');
    expect(o.sellers).toEqual([
      { name: 'Sam Seller', email: 'sam@vendor.example' },
      { name: 'se@vendor.example', email: 'se@vendor.example' },
    ]);
  });

  it('needs an email for a named seller and valid holidays', () => {
    expect(
      problemsOf({ ...valid, sellers: [{ name: 'Sam' }], holidays: ['2026-12-25', 'Xmas'] }),
    ).toEqual(["Holiday 'Xmas' is not a date; use yyyy-MM-dd.", 'Seller 1 (Sam) needs an email.']);
  });
});

describe('readPlanOptions: dates judged against the spreadsheet’s today', () => {
  const today = { today: '2026-12-06', timeZone: 'Europe/Paris' };

  function fieldsOf(input: unknown): { field: string; message: string }[] {
    try {
      readPlanOptions(input, today);
    } catch (error) {
      if (error instanceof InvalidOptionsError) return error.fields;
      throw error;
    }
    throw new Error('expected the options to be refused');
  }

  it('refuses a signature date before today, and a go-live before signature, by field', () => {
    expect(fieldsOf({ ...valid, signatureDate: '2026-12-05' })).toEqual([
      {
        field: 'signatureDate',
        message: expect.stringMatching(
          /^The target signature date, Sat, Dec 5, has already passed \(today is Sun, Dec 6 in the spreadsheet's time zone, Europe\/Paris\)/,
        ),
      },
    ]);
    expect(fieldsOf({ ...valid, goLiveDate: '2026-12-09' }).map((f) => f.field)).toEqual([
      'goLiveDate',
    ]);
    expect(readPlanOptions({ ...valid, signatureDate: '2026-12-06' }, today).signatureDate).toBe(
      '2026-12-06',
    );
  });

  it('gives each problem its field, the way the form names them', () => {
    expect(
      fieldsOf({
        template: 'enterprise',
        vendor: 'Globex',
        signatureDate: 'soon',
        holidays: ['Xmas'],
        sellers: [{ name: 'Sam', email: 'sam at' }],
      }).map((f) => f.field),
    ).toEqual(['customer', 'signatureDate', 'holidays', 'seller-0-email']);
  });

  it('keeps holidays sorted and each once', () => {
    expect(
      readPlanOptions({ ...valid, holidays: ['2026-12-25', ' 2026-12-24', '2026-12-25'] }, today)
        .holidays,
    ).toEqual(['2026-12-24', '2026-12-25']);
  });
});

describe('readScheduleOptions', () => {
  it('previews dates before the customer is typed, but still checks the dates', () => {
    expect(readScheduleOptions({ template: 'velocity', signatureDate: '2026-12-10' })).toEqual({
      template: 'velocity',
      signatureDate: '2026-12-10',
      goLiveDate: null,
      holidays: [],
      compress: false,
    });
    expect(() => readScheduleOptions({ template: 'velocity', signatureDate: 'soon' })).toThrow(
      "Target signature date 'soon' is not a date",
    );
  });
});

describe('readPlanOptions: awkward values a caller may send', () => {
  it('lists a seller once when the address repeats in another case, and says so', () => {
    const o = readPlanOptions({
      ...valid,
      sellers: [
        { name: 'Ana', email: 'ana@vendor.example' },
        { name: 'Ana again', email: 'ANA@Vendor.Example' },
        { name: 'Bob', email: 'Bob@Vendor.example' },
      ],
    });
    expect(o.sellers).toEqual([
      { name: 'Ana', email: 'ana@vendor.example' },
      { name: 'Bob', email: 'Bob@Vendor.example' },
    ]);
    expect(o.notes).toEqual([
      "Seller 2 repeats seller 1's address ANA@Vendor.Example; it is listed once.",
    ]);
  });

  it('refuses seller entries that are not a name and an email', () => {
    expect(problemsOf({ ...valid, sellers: [null, 3, 'x@vendor.example'] })).toEqual([
      'Seller 2 must be a name and an email.',
      'Seller 3 must be a name and an email.',
    ]);
  });

  it('trims stray spaces around a date, but asks for text instead of a Date object', () => {
    expect(readPlanOptions({ ...valid, signatureDate: ' 2026-12-10 ' }).signatureDate).toBe(
      '2026-12-10',
    );
    expect(problemsOf({ ...valid, signatureDate: new Date(Date.UTC(2026, 11, 10)) })).toEqual([
      'Target signature date must be text like 2026-12-10 (yyyy-MM-dd), not a Date object.',
    ]);
    expect(problemsOf({ ...valid, signatureDate: '   ' })).toEqual([
      'Target signature date is required.',
    ]);
  });
});
