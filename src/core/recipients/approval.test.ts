import {
  approvalProblem,
  approvalReason,
  checkAddressToApprove,
  isApproved,
  normalizeApprovedDomain,
} from './approval';

const OWNER = 'Se@Vendor.example';

describe('isApproved', () => {
  it('always approves the owner, in any case', () => {
    expect(isApproved('se@vendor.EXAMPLE', { emails: [], domains: [] }, OWNER)).toBe(true);
  });

  it('approves listed addresses case-insensitively', () => {
    const approvals = { emails: ['Jane@Globex.example'], domains: [] };
    expect(isApproved('jane@globex.EXAMPLE', approvals, OWNER)).toBe(true);
    expect(isApproved('john@globex.example', approvals, OWNER)).toBe(false);
  });

  it('approves exactly an approved domain', () => {
    const approvals = { emails: [], domains: ['@Vendor.example', ' globex.example. '] };
    expect(isApproved('ae@vendor.example', approvals, OWNER)).toBe(true);
    expect(isApproved('cio@GLOBEX.example', approvals, OWNER)).toBe(true);
  });

  it.each([
    'x@evil-vendor.example',
    'x@vendor.example.evil.com',
    'x@sub.vendor.example',
    'x@vendorexample',
    'vendor.example@evil.com',
    'x@evilvendor.example',
  ])('does not let the look-alike %s through a domain approval', (email) => {
    expect(isApproved(email, { emails: [], domains: ['vendor.example'] }, OWNER)).toBe(false);
  });

  it('approves nobody when nothing is approved and the owner is unknown', () => {
    expect(isApproved('jane@globex.example', { emails: [], domains: [] }, '')).toBe(false);
    expect(isApproved('', { emails: [''], domains: [''] }, '')).toBe(false);
  });
});

describe('normalizeApprovedDomain', () => {
  it('strips @, trailing dots and case', () => {
    expect(normalizeApprovedDomain(' @@Globex.Example.. ')).toBe('globex.example');
  });
});

describe('approvalReason', () => {
  it('names the domain that could be approved', () => {
    expect(approvalReason('Jane@Globex.Example')).toContain('@globex.example');
  });
});

describe('approvalProblem', () => {
  it.each([
    ['email', 'Jane@Globex.example'],
    ['email', '  '],
    ['domain', '@Vendor.example'],
    ['domain', ' globex.example. '],
    ['domain', ''],
  ] as const)('keeps the %s approval %j', (kind, value) => {
    expect(approvalProblem(kind, value)).toBeNull();
  });

  it.each([
    ['email', 'bad', "'bad' is not an email address (missing @)"],
    ['email', '<x@y.example>', "'<x@y.example>' is not an email address"],
    ['domain', '*.evil.example', "'*.evil.example' is not a domain like vendor.example"],
    ['domain', 'not a domain', "'not a domain' is not a domain like vendor.example"],
    ['domain', 'localhost', "'localhost' is not a domain like vendor.example"],
  ] as const)('refuses the %s approval %j, saying why', (kind, value, message) => {
    expect(approvalProblem(kind, value)).toContain(message);
  });
});

describe('checkAddressToApprove', () => {
  it('keeps an address as typed, trimmed', () => {
    expect(checkAddressToApprove(' Eve@Customer.example ')).toEqual({
      ok: true,
      email: 'Eve@Customer.example',
    });
  });

  it.each(['@customer.example', '@@Customer.Example', 'customer.example', ' @customer.example. '])(
    'refuses the domain %s with the way to approve a domain',
    (raw) => {
      const check = checkAddressToApprove(raw);
      expect(check.ok).toBe(false);
      if (check.ok) return;
      expect(check.reason).toMatch(/whole domain, not one address/);
      expect(check.reason).toContain('Approve everyone at customer.example');
      expect(check.reason).toContain('approvedDomains');
    },
  );

  it.each([
    ['not an email', 'contains a space'],
    ['@', 'nothing before @'],
    ['@localhost', 'nothing before @'],
    ['jane@', 'nothing after @'],
    ['localhost', 'missing @'],
  ])('keeps the address reason for %s, which is no domain', (raw, reason) => {
    expect(checkAddressToApprove(raw)).toEqual({ ok: false, reason });
  });
});
