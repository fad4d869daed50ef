import { addressKey, checkEmailAddress, domainOf } from './email-address';

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
