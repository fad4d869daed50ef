import type { Stakeholder } from '../../core/model';
import type { RecipientJson } from '../../shared/api';
import { approvedViewOf, approvedViewWrite, recipientsForViewer } from './approved-view';
import { KEYS } from './property-keys';

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

  it('holds only the approved addresses, lower-cased, and is rewritten only when it changes', () => {
    expect(JSON.parse(approvedViewOf(recipients))).toEqual(['a@x.example']);
    const write = approvedViewWrite({}, recipients);
    expect(write).toEqual({ [KEYS.approvedView]: '["a@x.example"]' });
    expect(approvedViewWrite(write ?? {}, recipients)).toBeNull();
  });

  it('shows a collaborator the owner’s decisions without any approval rule', () => {
    const stored = { [KEYS.approvedView]: '["a@x.example"]' };
    const seen = recipientsForViewer(
      [person(2, 'a@x.example'), person(3, 'b@y.example'), person(5, 'other@x.example')],
      stored,
      'se@vendor.example',
    );
    expect(seen.map((r) => [r.email, r.state])).toEqual([
      ['a@x.example', 'will receive'],
      ['b@y.example', 'waiting for approval'],
      // Same domain as an approved address, but domains are not part of the copy.
      ['other@x.example', 'waiting for approval'],
    ]);
    expect(seen[1].reason).toMatch(/se@vendor\.example/);
  });

  it('treats a damaged copy as approving nobody', () => {
    const seen = recipientsForViewer(
      [person(2, 'a@x.example')],
      { [KEYS.approvedView]: '{' },
      null,
    );
    expect(seen[0].state).toBe('waiting for approval');
  });
});
