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
    compress: false,
    ...overrides,
  };
}

describe('toCreateOptions', () => {
  it('trims text and leaves optional fields out when empty', () => {
    const { options, errors } = toCreateOptions(values());
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
    );
    expect(options.goal).toBe('Live before Q3');
    expect(options.goLiveDate).toBe('2025-08-01');
    expect(options.compress).toBe(true);
  });

  it('names every missing required field', () => {
    const { errors } = toCreateOptions(
      values({ template: '', customer: ' ', vendor: '', signatureDate: '' }),
    );
    expect(errors.map((e) => e.field)).toEqual(['template', 'customer', 'vendor', 'signatureDate']);
  });

  it('refuses a go-live before signature or an impossible date', () => {
    expect(toCreateOptions(values({ goLiveDate: '2025-06-01' })).errors).toEqual([
      { field: 'goLiveDate', message: 'Go-live cannot come before signature.' },
    ]);
    expect(toCreateOptions(values({ signatureDate: '2025-02-30' })).errors[0].field).toBe(
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
    );
    expect(errors.map((e) => e.field)).toEqual(['seller-1-email', 'seller-2-email']);
    expect(options.sellers).toContainEqual({ name: 'Bo', email: 'bo@vendorly.example' });
    expect(options.sellers).toHaveLength(3);
  });

  it('omits sellers entirely when every row is blank', () => {
    const { options } = toCreateOptions(values({ sellers: [{ name: ' ', email: '' }] }));
    expect(options).not.toHaveProperty('sellers');
  });
});

describe('toPreviewOptions', () => {
  it('waits for a template and a valid signature date', () => {
    expect(toPreviewOptions(values({ template: '' }))).toBeNull();
    expect(toPreviewOptions(values({ signatureDate: '2025-06' }))).toBeNull();
  });

  it('previews before names are typed', () => {
    expect(toPreviewOptions(values({ customer: '', vendor: '', compress: true }))).toEqual(
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
