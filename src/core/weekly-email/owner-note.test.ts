import { structureOf, textOf, tokenizeHtml } from '../../../test/support/html-scan';
import { HOSTILE_STRINGS } from '../../../test/support/hostile-strings';
import { MAX_LISTED_ADDRESSES, renderOwnerNote, type OwnerNoteInput } from './owner-note';
import { SHEET_URL, TODAY } from '../../../test/support/test-plan';

const BASE: OwnerNoteInput = {
  planTitle: 'Acme × Globex',
  period: TODAY,
  today: TODAY,
  sheetUrl: SHEET_URL,
};

describe('renderOwnerNote', () => {
  it('leads with the quota problem and says nobody was sent', () => {
    const note = renderOwnerNote({
      ...BASE,
      quotaShort: { needed: 12, remaining: 3 },
      waiting: ['x@y.example'],
    });
    expect(note.subject).toBe(
      'Acme × Globex MAP: weekly email not sent: daily email quota too low',
    );
    expect(note.body).toContain('3 more emails today');
    expect(note.body).toContain('needs 12');
    expect(note.body).toContain('x@y.example');
    expect(textOf(tokenizeHtml(note.htmlBody))).toContain('Nobody was sent a partial update');
  });

  it('explains maybe-sent addresses', () => {
    const note = renderOwnerNote({ ...BASE, uncertain: ['a@x.example'] });
    expect(note.subject).toBe('Acme × Globex MAP: weekly email may not have reached 1 person');
    expect(note.body).toContain('it is not resent');
  });

  it('lists waiting, invalid and failed addresses', () => {
    const note = renderOwnerNote({
      ...BASE,
      waiting: ['a@x.example', 'b@x.example'],
      invalid: [{ email: 'bad@', reason: 'nothing after @' }],
      failed: [{ email: 'c@x.example', error: 'Service unavailable' }],
    });
    expect(note.subject).toBe('Acme × Globex MAP: weekly email failed for 1 address');
    expect(note.body).toContain('2 ADDRESSES WAITING FOR YOUR APPROVAL');
    expect(note.body).toContain('- bad@: nothing after @');
    expect(note.body).toContain('- c@x.example: Service unavailable');
  });

  it('bounds long lists', () => {
    const waiting = Array.from({ length: 120 }, (_, i) => `p${i}@x.example`);
    const note = renderOwnerNote({ ...BASE, waiting });
    expect(note.body).toContain(`and ${120 - MAX_LISTED_ADDRESSES} more`);
    expect(note.body).not.toContain('p60@x.example');
  });

  it('escapes every value and keeps its structure', () => {
    const shape = structureOf(
      tokenizeHtml(renderOwnerNote({ ...BASE, planTitle: 'x', waiting: ['x'] }).htmlBody),
    );
    for (const s of HOSTILE_STRINGS) {
      const note = renderOwnerNote({ ...BASE, planTitle: s, waiting: [s] });
      expect(structureOf(tokenizeHtml(note.htmlBody))).toEqual(shape);
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(note.subject).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(note.body).not.toMatch(/[\r\u0000-\u0009\u000b-\u001f]/);
    }
  });
});
