// Mail providers anyone can sign up at. Approving one of these as a whole domain would approve
// every stranger a prospect types into the Stakeholders tab, so only single addresses at them
// can be approved. Kept as data: a provider is added here and nowhere else.

/** Exact domains. */
const PUBLIC_MAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'ymail.com',
  'rocketmail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
  'web.de',
  't-online.de',
  'freenet.de',
  'mail.ru',
  'inbox.ru',
  'list.ru',
  'bk.ru',
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'zoho.com',
  'zohomail.com',
  'fastmail.com',
  'fastmail.fm',
  'hey.com',
  'tutanota.com',
  'tutanota.de',
  'tuta.io',
  'tuta.com',
  'mail.com',
  'email.com',
  'usa.com',
  'hushmail.com',
  'mailfence.com',
  'posteo.de',
  'posteo.net',
  'laposte.net',
  'orange.fr',
  'free.fr',
  'libero.it',
  'virgilio.it',
  'naver.com',
  'daum.net',
  'rediffmail.com',
  'seznam.cz',
  'wp.pl',
  'o2.pl',
  'interia.pl',
  'onet.pl',
  'rambler.ru',
  'skiff.com',
  'duck.com',
];

/**
 * Providers that run the same service under many country endings (yahoo.co.uk, gmx.net,
 * yandex.ru, hotmail.fr…): the brand followed by a country or generic ending.
 */
const PUBLIC_MAIL_BRANDS: readonly string[] = [
  'yahoo',
  'gmx',
  'yandex',
  'hotmail',
  'outlook',
  'live',
  'aol',
  'protonmail',
];

/** The bare lower-case domain, as recipients.ts's normalizeApprovedDomain reduces it. */
function bareDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^@+/, '').replace(/\.+$/, '');
}

/** Whether a domain ("gmail.com", "@Yahoo.co.uk") belongs to a public mail provider. */
export function isPublicMailDomain(domain: string): boolean {
  const bare = bareDomain(domain);
  if (bare === '') return false;
  if (PUBLIC_MAIL_DOMAINS.includes(bare)) return true;
  const [brand, ...ending] = bare.split('.');
  // "co.uk", "com.br", "de": one or two short labels, so "yahoo.vendor.example" is not taken.
  const countryEnding =
    ending.length >= 1 && ending.length <= 2 && ending.every((l) => l.length <= 3);
  return countryEnding && PUBLIC_MAIL_BRANDS.includes(brand);
}

/** Why a whole public-provider domain cannot be approved, in the owner's words. */
export function publicDomainMessage(domain: string): string {
  return `${bareDomain(domain)} is a public mail provider: approve people at it one by one`;
}
