import type { Stakeholder } from '../plan';
import type { RecipientJson } from '../../shared/api';
import {
  approvedViewOf,
  MAX_APPROVALS_BYTES,
  MAX_VIEW_CHARS,
  normalizeApprovals,
  NO_APPROVALS,
  parseApprovals,
  parseApprovedView,
  recipientsForViewer,
  serializeApprovals,
} from './approvals';

const OWNER = 'SE@vendor.example';

const person = (row: number, email: string): Stakeholder => ({
  row,
  name: `P${row}`,
  email,
  side: 'Prospect',
  role: '',
  weeklyEmail: true,
});

describe('the collaborators’ display copy of who is approved', () => {
  const recipients: RecipientJson[] = [
    { row: 2, name: 'A', email: 'A@x.example', state: 'will receive' },
    { row: 3, name: 'B', email: 'b@y.example', state: 'waiting for approval' },
    { row: 4, name: 'C', email: 'bad', state: 'invalid' },
  ];
  const source = { owner: OWNER, recipients, domains: ['vendor.example'] };

  it('holds whose it is, what was checked, what is approved, and the approved domains', () => {
    expect(parseApprovedView(approvedViewOf(source))).toEqual({
      owner: 'se@vendor.example',
      checked: ['a@x.example', 'b@y.example'],
      approved: ['a@x.example'],
      domains: ['vendor.example'],
    });
  });

  it('is the same text for the same decisions, so an unchanged copy is never rewritten', () => {
    const shuffled = { ...source, domains: ['vendor.example'], recipients: [...recipients] };
    expect(approvedViewOf(shuffled)).toBe(approvedViewOf(source));
    expect(approvedViewOf({ ...source, domains: [] })).not.toBe(approvedViewOf(source));
  });

  it('stays within its size by leaving addresses unchecked, never by misreporting them', () => {
    const many: RecipientJson[] = Array.from({ length: 400 }, (_, i) => ({
      row: i + 2,
      name: '',
      email: `someone.with.a.long.name.${i}@customer-${i % 7}.example`,
      state: i % 2 === 0 ? 'will receive' : 'waiting for approval',
    }));
    const json = approvedViewOf({ ...source, recipients: many });
    expect(json.length).toBeLessThanOrEqual(MAX_VIEW_CHARS);
    const view = parseApprovedView(json)!;
    expect(view.checked.length).toBeGreaterThan(50);
    expect(view.checked.length).toBeLessThan(many.length);
    for (const email of view.approved) expect(view.checked).toContain(email);
    const approvedOnes = many.filter((r) => r.state === 'will receive').map((r) => r.email);
    for (const email of view.approved) expect(approvedOnes).toContain(email);
  });
});

describe('a collaborator’s view of the recipients', () => {
  const stored = parseApprovedView(
    approvedViewOf({
      owner: OWNER,
      recipients: [
        { row: 2, name: 'A', email: 'a@x.example', state: 'will receive' },
        { row: 3, name: 'B', email: 'b@y.example', state: 'waiting for approval' },
      ],
      domains: ['vendor.example'],
    }),
  );

  it('shows the owner’s decisions, and an address added since at an approved domain as receiving', () => {
    const seen = recipientsForViewer(
      [
        person(2, 'a@x.example'),
        person(3, 'b@y.example'),
        person(4, 'new@vendor.example'),
        person(5, 'other@x.example'),
      ],
      stored,
      OWNER,
    );
    expect(seen.map((r) => [r.email, r.state, r.unchecked ?? false])).toEqual([
      ['a@x.example', 'will receive', false],
      ['b@y.example', 'waiting for approval', false],
      ['new@vendor.example', 'will receive', false],
      // Same domain as an approved ADDRESS: not known, so shown as not (yet) receiving.
      ['other@x.example', 'waiting for approval', true],
    ]);
    expect(seen[1].reason).toMatch(/waiting for SE@vendor\.example/);
    expect(seen[3].reason).toMatch(/managed by SE@vendor\.example/);
  });

  it('trusts no copy left by a previous owner', () => {
    const seen = recipientsForViewer([person(2, 'a@x.example')], stored, 'new@vendor.example');
    expect(seen[0]).toMatchObject({ state: 'waiting for approval', unchecked: true });
  });

  it('treats a damaged or old-format copy as knowing nothing', () => {
    for (const value of ['{', '["a@x.example"]', '{"v":2}']) {
      const seen = recipientsForViewer([person(2, 'a@x.example')], parseApprovedView(value), OWNER);
      expect(seen[0]).toMatchObject({ state: 'waiting for approval', unchecked: true });
    }
  });
});

describe('the owner’s own approvals as stored', () => {
  it('are lower-cased, deduplicated and sorted, and read back the same', () => {
    const approvals = normalizeApprovals({
      emails: ['B@x.example', 'a@x.example', 'b@X.example', ''],
      domains: ['@Vendor.example', 'vendor.example'],
    });
    expect(approvals).toEqual({
      emails: ['a@x.example', 'b@x.example'],
      domains: ['vendor.example'],
    });
    expect(parseApprovals(serializeApprovals(approvals))).toEqual(approvals);
  });

  it('read a damaged value as none approved', () => {
    for (const raw of [null, '', '{', '{"emails":"a@x.example"}']) {
      expect(parseApprovals(raw)).toEqual(NO_APPROVALS);
    }
  });

  it('refuse a list too long for one property value, naming the way out', () => {
    const emails = Array.from({ length: 400 }, (_, i) => `someone.${i}@customer.example`);
    expect(() => serializeApprovals({ emails, domains: [] })).toThrow(/approve whole domains/);
    const fits = serializeApprovals({ emails: emails.slice(0, 100), domains: [] });
    expect(fits.length).toBeLessThanOrEqual(MAX_APPROVALS_BYTES);
  });
});
