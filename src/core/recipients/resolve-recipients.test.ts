import type { Stakeholder } from '../model';
import { addressesToMail, resolveRecipients } from './resolve-recipients';

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
