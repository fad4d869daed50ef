import type { TemplateSummary } from '../../shared/api';
import {
  looksLikeEmail,
  toCreateOptions,
  toPreviewOptions,
  type CreateFormValues,
} from './options';

function values(overrides: Partial<CreateFormValues> = {}): CreateFormValues {
  return {
    template: 'enterprise',
    customer: ' Acme Corp ',
    vendor: 'Vendorly',
    goal: '',
    signatureDate: '2025-06-27',
    goLiveDate: '',
    sellers: [{ name: 'Sam Lee', email: 'sam@vendorly.example' }],
    holidays: [],
    compress: false,
    ...overrides,
  };
}

const TODAY = '2025-03-10';

const TEMPLATES: TemplateSummary[] = [
  {
    id: 'enterprise',
    name: 'Enterprise',
    description: '',
    stepCount: 12,
    typicalBusinessDays: 60,
    postSignature: false,
  },
  {
    id: 'onboarding',
    name: 'Onboarding',
    description: '',
    stepCount: 7,
    typicalBusinessDays: 25,
    postSignature: true,
  },
];

describe('toCreateOptions', () => {
  it('trims text and leaves optional fields out when empty', () => {
    const { options, errors } = toCreateOptions(values(), TODAY);
    expect(errors).toEqual([]);
    expect(options).toEqual({
      template: 'enterprise',
      customer: 'Acme Corp',
      vendor: 'Vendorly',
      signatureDate: '2025-06-27',
      sellers: [{ name: 'Sam Lee', email: 'sam@vendorly.example' }],
    });
  });

  it('carries goal, go-live and compress when given', () => {
    const { options } = toCreateOptions(
      values({ goal: ' Live before Q3 ', goLiveDate: '2025-08-01', compress: true }),
      TODAY,
    );
    expect(options.goal).toBe('Live before Q3');
    expect(options.goLiveDate).toBe('2025-08-01');
    expect(options.compress).toBe(true);
  });

  it('names every missing required field', () => {
    const { errors } = toCreateOptions(
      values({ template: '', customer: ' ', vendor: '', signatureDate: '' }),
      TODAY,
    );
    expect(errors.map((e) => e.field)).toEqual(['template', 'customer', 'vendor', 'signatureDate']);
  });

  it('refuses a go-live before signature or an impossible date', () => {
    expect(toCreateOptions(values({ goLiveDate: '2025-06-01' }), TODAY).errors).toEqual([
      { field: 'goLiveDate', message: 'Go-live cannot come before signature.', asTyped: true },
    ]);
    expect(toCreateOptions(values({ signatureDate: '2025-02-30' }), TODAY).errors[0].field).toBe(
      'signatureDate',
    );
  });

  it('drops blank seller rows, keeps address-only ones and flags bad ones by row', () => {
    const { options, errors } = toCreateOptions(
      values({
        sellers: [
          { name: '', email: '' },
          { name: 'Ana', email: '' },
          { name: '', email: 'not-an-email' },
          { name: ' Bo ', email: ' bo@vendorly.example ' },
        ],
      }),
      TODAY,
    );
    expect(errors.map((e) => e.field)).toEqual(['seller-1-email', 'seller-2-email']);
    expect(options.sellers).toContainEqual({ name: 'Bo', email: 'bo@vendorly.example' });
    expect(options.sellers).toHaveLength(3);
  });

  it('omits sellers entirely when every row is blank', () => {
    const { options } = toCreateOptions(values({ sellers: [{ name: ' ', email: '' }] }), TODAY);
    expect(options).not.toHaveProperty('sellers');
  });
});

describe('checks said as the user types', () => {
  it('refuses a signature date before today, and says so as typed', () => {
    expect(toCreateOptions(values({ signatureDate: '2025-03-07' }), TODAY).errors).toEqual([
      {
        field: 'signatureDate',
        message: 'The target signature is in the past: pick a date from today on.',
        asTyped: true,
      },
    ]);
    expect(toCreateOptions(values({ signatureDate: TODAY }), TODAY).errors).toEqual([]);
  });

  it('takes a past signature for a template that starts at signature (the deal is signed)', () => {
    const past = values({ template: 'onboarding', signatureDate: '2025-03-07' });
    expect(toCreateOptions(past, TODAY, TEMPLATES).errors).toEqual([]);
    expect(toPreviewOptions(past, TODAY, TEMPLATES)).toMatchObject({ signatureDate: '2025-03-07' });
    // The same date for a plan that ends at signature is refused.
    expect(
      toCreateOptions({ ...past, template: 'enterprise' }, TODAY, TEMPLATES).errors,
    ).toHaveLength(1);
  });

  it('counts lengths as the server does, after tidying, against the shared limits', () => {
    const errors = toCreateOptions(
      values({
        customer: ` ${'C'.repeat(100)} `,
        vendor: 'V'.repeat(101),
        goal: 'g'.repeat(501),
        sellers: [{ name: 'n'.repeat(101), email: 'sam@vendorly.example' }],
      }),
      TODAY,
    ).errors;
    expect(errors).toEqual([
      {
        field: 'vendor',
        message: 'Vendor is too long: 101 characters, at most 100.',
        asTyped: true,
      },
      {
        field: 'goal',
        message: 'The goal is too long: 501 characters, at most 500.',
        asTyped: true,
      },
      {
        field: 'seller-0-name',
        message: 'The name is too long: 101 characters, at most 100.',
        asTyped: true,
      },
    ]);
  });

  it('sends holidays once each, earliest first, and leaves them out when there are none', () => {
    const { options } = toCreateOptions(
      values({ holidays: ['2025-06-19', '2025-05-26', '2025-06-19'] }),
      TODAY,
    );
    expect(options.holidays).toEqual(['2025-05-26', '2025-06-19']);
    expect(toCreateOptions(values(), TODAY).options).not.toHaveProperty('holidays');
  });
});

describe('toPreviewOptions', () => {
  it('asks nothing for a signature date in the past', () => {
    expect(toPreviewOptions(values({ signatureDate: '2025-03-09' }), TODAY)).toBeNull();
  });

  it('waits for a template and a valid signature date', () => {
    expect(toPreviewOptions(values({ template: '' }), TODAY)).toBeNull();
    expect(toPreviewOptions(values({ signatureDate: '2025-06' }), TODAY)).toBeNull();
  });

  it('previews before names are typed', () => {
    expect(toPreviewOptions(values({ customer: '', vendor: '', compress: true }), TODAY)).toEqual(
      expect.objectContaining({
        template: 'enterprise',
        signatureDate: '2025-06-27',
        compress: true,
      }),
    );
  });
});

describe('looksLikeEmail', () => {
  it('catches obvious typos only', () => {
    expect(looksLikeEmail('dana@acme.example')).toBe(true);
    expect(looksLikeEmail('dana@acme')).toBe(false);
    expect(looksLikeEmail('dana acme.example')).toBe(false);
  });
});
