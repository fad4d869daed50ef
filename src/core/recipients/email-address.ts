// A practical subset of RFC 5322 addresses: dot-atom local part and a DNS host name. Quoted
// local parts, comments and IP-literal domains are valid in the RFC but almost never real, and
// refusing them keeps the rule easy to explain in the sidebar ("why is this invalid?").

export type AddressCheck = { ok: true; email: string } | { ok: false; reason: string };

const ATEXT = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const TOP_LABEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

const MAX_ADDRESS = 254;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const MAX_LABEL = 63;

/** Checks one address as typed in a cell; on success returns it trimmed (case kept). */
export function checkEmailAddress(raw: unknown): AddressCheck {
  const email = typeof raw === 'string' ? raw.trim() : '';
  if (email === '') return fail('no address');
  if (/^mailto:/i.test(email)) return fail('remove the "mailto:" prefix');
  if (/[<>]/.test(email)) return fail('write only the address, without a name or < >');
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/.test(email)) {
    return fail('contains invisible characters');
  }
  if (/\s/.test(email)) return fail('contains a space');
  if (/[^\x21-\x7e]/.test(email)) return fail('contains non-ASCII characters');
  if (email.length > MAX_ADDRESS) return fail(`longer than ${MAX_ADDRESS} characters`);

  const at = email.indexOf('@');
  if (at < 0) return fail('missing @');
  if (email.indexOf('@', at + 1) >= 0) return fail('more than one @');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);

  const localProblem = checkLocal(local);
  if (localProblem) return fail(localProblem);
  const domainProblem = checkDomain(domain);
  if (domainProblem) return fail(domainProblem);
  return { ok: true, email };
}

/** The form addresses are compared and stored in: trimmed and lower-case. */
export function addressKey(email: string): string {
  return email.trim().toLowerCase();
}

/** The domain of an address, lower-case ('' when there is no @). */
export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : addressKey(email.slice(at + 1));
}

function checkLocal(local: string): string | null {
  if (local === '') return 'nothing before @';
  if (local.length > MAX_LOCAL) return `part before @ is longer than ${MAX_LOCAL} characters`;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return 'misplaced dot before @';
  }
  for (const c of local) {
    if (c !== '.' && !ATEXT.test(c)) return `"${c}" is not allowed before @`;
  }
  return null;
}

function checkDomain(domain: string): string | null {
  if (domain === '') return 'nothing after @';
  if (domain.startsWith('[')) return 'IP-address domains are not supported';
  if (domain.length > MAX_DOMAIN) return `domain is longer than ${MAX_DOMAIN} characters`;
  const labels = domain.split('.');
  if (labels.length < 2) return 'domain has no dot (like example.com)';
  for (const label of labels) {
    if (label === '') return 'misplaced dot in the domain';
    if (label.length > MAX_LABEL) return 'a domain part is longer than 63 characters';
    if (!LABEL.test(label)) {
      return label.startsWith('-') || label.endsWith('-')
        ? 'a domain part starts or ends with a hyphen'
        : `"${label}" is not a valid domain part`;
    }
  }
  if (!TOP_LABEL.test(labels[labels.length - 1])) return 'domain ending is not valid';
  return null;
}

function fail(reason: string): AddressCheck {
  return { ok: false, reason };
}
