import {
  approvalProblem,
  approvalReason,
  checkAddressToApprove,
  isApproved,
  normalizeApprovedDomain,
  chunkRecipients,
  MAX_RECIPIENTS_PER_MESSAGE,
  addressKey,
  checkEmailAddress,
  domainOf,
  addressesToMail,
  resolveRecipients,
  honouredDomains,
  ignoredDomainApprovals,
} from './recipients';
import type { Stakeholder } from '../plan';

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

describe('chunkRecipients', () => {
  it('splits into messages of at most 50', () => {
    const list = Array.from({ length: 123 }, (_, i) => `p${i}@x.example`);
    const chunks = chunkRecipients(list);
    expect(chunks.map((c) => c.length)).toEqual([50, 50, 23]);
    expect(chunks.flat()).toEqual(list);
    expect(MAX_RECIPIENTS_PER_MESSAGE).toBe(50);
  });

  it('handles empty and exact multiples', () => {
    expect(chunkRecipients([])).toEqual([]);
    expect(chunkRecipients([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('refuses a nonsensical size', () => {
    expect(() => chunkRecipients([1], 0)).toThrow(RangeError);
  });
});

describe('checkEmailAddress', () => {
  it.each([
    'jane@globex.example',
    'Jane.Doe@Globex.Example',
    'first.last+tag@sub.domain.co.uk',
    "o'brien@example.com",
    'x_y-z!#$%&*/=?^`{|}~@example.org',
    'a@b.xn--p1ai',
    'a@1example.com',
  ])('accepts %s', (address) => {
    expect(checkEmailAddress(address)).toEqual({ ok: true, email: address });
  });

  it('trims surrounding whitespace', () => {
    expect(checkEmailAddress('  jane@globex.example \n')).toEqual({
      ok: true,
      email: 'jane@globex.example',
    });
  });

  it.each([
    ['', 'no address'],
    ['   ', 'no address'],
    ['mailto:jane@globex.example', 'mailto'],
    ['Jane <jane@globex.example>', 'without a name'],
    ['jane@globex.example\u200b', 'invisible'],
    ['jane@glo\u202ebex.example', 'invisible'],
    ['jane doe@globex.example', 'space'],
    ['jané@globex.example', 'non-ASCII'],
    ['jane.globex.example', 'missing @'],
    ['jane@@globex.example', 'more than one @'],
    ['a@b@globex.example', 'more than one @'],
    ['@globex.example', 'nothing before @'],
    ['jane@', 'nothing after @'],
    ['.jane@globex.example', 'misplaced dot'],
    ['jane.@globex.example', 'misplaced dot'],
    ['ja..ne@globex.example', 'misplaced dot'],
    ['"jane"@globex.example', 'not allowed'],
    ['ja(ne)@globex.example', 'not allowed'],
    ['jane@localhost', 'no dot'],
    ['jane@[192.168.0.1]', 'IP-address'],
    ['jane@globex..example', 'misplaced dot in the domain'],
    ['jane@.globex.example', 'misplaced dot in the domain'],
    ['jane@-globex.example', 'hyphen'],
    ['jane@globex-.example', 'hyphen'],
    ['jane@glo_bex.example', 'not a valid domain part'],
    ['jane@globex.123', 'ending'],
    ['jane@globex.c', 'ending'],
    ['a'.repeat(65) + '@globex.example', 'longer than 64'],
    ['jane@' + 'a'.repeat(64) + '.example', 'longer than 63'],
    ['jane@' + 'abcdefghi.'.repeat(25) + 'example', 'longer than'],
  ])('refuses %j (%s)', (address, reason) => {
    const result = checkEmailAddress(address);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('refuses non-strings', () => {
    expect(checkEmailAddress(undefined).ok).toBe(false);
    expect(checkEmailAddress(12).ok).toBe(false);
  });
});

describe('addressKey and domainOf', () => {
  it('compare case-insensitively', () => {
    expect(addressKey(' Jane@Globex.EXAMPLE ')).toBe('jane@globex.example');
    expect(domainOf('Jane@Globex.EXAMPLE')).toBe('globex.example');
    expect(domainOf('nodomain')).toBe('');
  });
});

function person(row: number, name: string, email: string, weeklyEmail = true): Stakeholder {
  return { row, name, email, side: 'Prospect', role: '', weeklyEmail };
}

const SELLER = 'se@vendor.example';
const APPROVALS = { emails: ['cfo@globex.example'], domains: ['vendor.example'] };

describe('resolveRecipients', () => {
  it('gives each ticked row a state, in sheet order', () => {
    const result = resolveRecipients(
      [
        person(2, 'SE', 'SE@vendor.example'),
        person(3, 'AE', 'ae@vendor.example'),
        person(4, 'CFO', 'cfo@globex.example'),
        person(5, 'Champion', 'champ@globex.example'),
        person(6, 'Typo', 'champ@globex'),
        person(7, 'Silent', 'silent@globex.example', false),
      ],
      APPROVALS,
      SELLER,
    );
    expect(result.map((r) => [r.row, r.state])).toEqual([
      [2, 'will receive'],
      [3, 'will receive'],
      [4, 'will receive'],
      [5, 'waiting for approval'],
      [6, 'invalid'],
    ]);
    expect(result[3].reason).toContain('@globex.example');
    expect(result[4].reason).toContain('no dot');
    expect(result[0].reason).toBeUndefined();
  });

  it('drops later duplicates case-insensitively, keeping the first', () => {
    const result = resolveRecipients(
      [
        person(2, 'First', 'Jane@Globex.example'),
        person(3, 'Second', ' jane@globex.EXAMPLE '),
        person(4, 'Other', 'john@globex.example'),
      ],
      APPROVALS,
      SELLER,
    );
    expect(result.map((r) => [r.row, r.name, r.email])).toEqual([
      [2, 'First', 'Jane@Globex.example'],
      [4, 'Other', 'john@globex.example'],
    ]);
  });

  it('reports a ticked row with no address as invalid', () => {
    const [r] = resolveRecipients([person(9, 'Nobody', '')], APPROVALS, SELLER);
    expect(r).toMatchObject({ row: 9, state: 'invalid', reason: 'no address' });
  });

  it('never marks an outsider added by a prospect as receiving', () => {
    const result = resolveRecipients(
      [person(2, 'Outsider', 'someone@vendor.example.evil.com')],
      APPROVALS,
      SELLER,
    );
    expect(addressesToMail(result)).toEqual([]);
  });

  it('lists the addresses to mail, lower-cased', () => {
    const result = resolveRecipients(
      [person(2, 'AE', 'AE@Vendor.example'), person(3, 'Champion', 'champ@globex.example')],
      APPROVALS,
      SELLER,
    );
    expect(addressesToMail(result)).toEqual(['ae@vendor.example']);
  });
});

describe('public mail providers', () => {
  const GMAIL = 'gmail.com is a public mail provider: approve people at it one by one';

  it.each(['gmail.com', '@GMAIL.com', 'yahoo.co.uk', 'gmx.net'])(
    'refuses approving the whole domain %s, naming it',
    (domain) => {
      expect(approvalProblem('domain', domain)).toMatch(/is a public mail provider/);
    },
  );

  it('says so with the domain’s name', () => {
    expect(approvalProblem('domain', '@Gmail.com')).toBe(GMAIL);
    const check = checkAddressToApprove('@gmail.com');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(GMAIL);
  });

  it('no longer honours a stored approval of such a domain', () => {
    const approvals = { emails: ['kim@gmail.com'], domains: ['gmail.com', 'vendor.example'] };
    const recipients = resolveRecipients(
      [
        { row: 2, name: 'Stranger', email: 'stranger@gmail.com', weeklyEmail: true },
        { row: 3, name: 'Kim', email: 'kim@gmail.com', weeklyEmail: true },
        { row: 4, name: 'Ana', email: 'ana@vendor.example', weeklyEmail: true },
      ] as Stakeholder[],
      approvals,
      'owner@vendor.example',
    );
    expect(recipients.map((r) => r.state)).toEqual([
      'waiting for approval',
      'will receive',
      'will receive',
    ]);
    expect(recipients[0].reason).toBe('not approved yet: approve this address');
    expect(honouredDomains(approvals)).toEqual(['vendor.example']);
    expect(ignoredDomainApprovals(approvals)).toEqual([
      { domain: 'gmail.com', message: `${GMAIL}; this approval is no longer honoured` },
    ]);
  });
});
