import { isPublicMailDomain, publicDomainMessage } from './public-domains';

describe('isPublicMailDomain', () => {
  it.each([
    'gmail.com',
    'GoogleMail.com',
    '@outlook.com',
    'hotmail.com',
    'hotmail.fr',
    'live.com',
    'msn.com',
    'yahoo.com',
    'yahoo.co.uk',
    'yahoo.com.br',
    'ymail.com',
    'icloud.com',
    'me.com',
    'mac.com',
    'aol.com',
    'proton.me',
    'protonmail.com',
    'pm.me',
    'gmx.de',
    'gmx.net',
    'web.de',
    'mail.ru',
    'yandex.ru',
    'yandex.com',
    'qq.com',
    '163.com',
    '126.com',
    'zoho.com',
    'fastmail.com',
    'hey.com',
    'tutanota.com',
    ' gmail.com. ',
  ])('%s is a public provider', (domain) => {
    expect(isPublicMailDomain(domain)).toBe(true);
  });

  it.each([
    'vendor.example',
    'acme.com',
    'gmail.com.evil.example',
    'yahoo.vendor.example',
    'mail.acme.com',
    'live.acme.example',
    'notgmail.com',
    '',
  ])('%s is not', (domain) => {
    expect(isPublicMailDomain(domain)).toBe(false);
  });

  it('names the domain in its message', () => {
    expect(publicDomainMessage('@Gmail.com')).toBe(
      'gmail.com is a public mail provider: approve people at it one by one',
    );
  });
});
