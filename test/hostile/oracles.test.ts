// The hostile suites' own yardsticks must be able to fail: each is shown a case it must reject.
import { Emulator } from '../../dev/emulator';
import { ADDON_CODE_PATH } from '../../dev/addon-bundle';
import { markupProblems, subjectProblems, vocabularyOf } from './escaping';
import {
  expectationsOf,
  KEYS,
  LABEL,
  moveColumns,
  type Column,
  type MessyPlan,
} from './messy-plan';

const HARMLESS =
  '<!DOCTYPE html><html><body style="margin:0;"><p style="margin:0;"><span dir="auto">Hi</span></p><br></body></html>';
const vocabulary = vocabularyOf([HARMLESS]);

describe('markupProblems', () => {
  it('accepts the harmless document itself', () => {
    expect(markupProblems(HARMLESS, vocabulary, ['Hi'])).toEqual([]);
  });

  it('rejects an element, an attribute or a value the add-on never writes', () => {
    const inject = (s: string) => HARMLESS.replace('Hi', s);
    expect(markupProblems(inject('<img src=x onerror=alert(1)>'), vocabulary, [])).toContain(
      'element <img>',
    );
    expect(markupProblems(inject('<span onclick="x">a</span>'), vocabulary, [])).toContain(
      'attribute span.onclick',
    );
    expect(markupProblems(inject('<span dir="rtl">a</span>'), vocabulary, [])).toContain(
      'attribute value dir=rtl',
    );
  });

  it('rejects sheet text that reached the HTML unescaped, even as known tags', () => {
    const html = HARMLESS.replace('Hi', '<p style="margin:0;">x</p>');
    const problems = markupProblems(html, vocabulary, ['</p><p style="margin:0;">x</p>']);
    expect(problems.some((p) => p.startsWith('sheet text shown as markup'))).toBe(true);
    expect(markupProblems(HARMLESS.replace('Hi', '&lt;p&gt;'), vocabulary, ['<p>'])).toEqual([]);
  });
});

describe('subjectProblems', () => {
  it('rejects line breaks and other control characters, accepts plain text and emoji', () => {
    expect(subjectProblems('Plan\r\nBcc: x@evil.example')).toHaveLength(1);
    expect(subjectProblems('Plan\u2028next')).toHaveLength(1);
    expect(subjectProblems('Acme × Globex MAP: on track \u{1f680}')).toEqual([]);
  });
});

describe('moveColumns', () => {
  it('moves columns exactly as the emulated Sheets does', () => {
    const cases: [number, number, number][] = [
      [8, 1, 3],
      [2, 2, 9],
      [1, 1, 13],
      [5, 2, 6],
      [12, 1, 1],
    ];
    for (const [from, count, before] of cases) {
      const em = new Emulator({ codePath: ADDON_CODE_PATH, now: '2026-11-02T08:00:00' });
      em.workbook.userPaste('owner@vendor.example', 'Sheet1', 'A1', [KEYS.map((k) => LABEL[k])]);
      em.workbook.userMoveColumns('Sheet1', from, count, before);
      const row = em.workbook
        .requireSheet('Sheet1')
        .read({ row: 1, column: 1, numRows: 1, numColumns: KEYS.length }).values[0];
      expect(row).toEqual(moveColumns(KEYS, from, count, before).map((k) => LABEL[k]));
    }
  });
});

describe('expectationsOf', () => {
  const plan: MessyPlan = {
    rows: [
      { blank: false, cells: [], defects: ['side', 'targetDate'] },
      { blank: true, cells: [], defects: [] },
      { blank: false, cells: [], defects: ['side'] },
    ],
    ops: [],
  };
  const all: Column[] = KEYS.map((key) => ({ key, header: LABEL[key] }));

  it('expects each defect in a column the table still has', () => {
    const e = expectationsOf(plan, 8, all);
    expect(e.missing).toEqual([]);
    expect([...e.defects]).toEqual([
      [8, ['side', 'targetDate']],
      [10, ['side']],
    ]);
    expect(e.blank).toEqual([9]);
  });

  it('drops defects of a column renamed away, and names a missing required one', () => {
    const renamed = all.map((c) =>
      c.key === 'side' || c.key === 'step' ? { key: null, header: 'x' } : c,
    );
    const e = expectationsOf(plan, 8, renamed);
    expect(e.missing).toEqual(['step']);
    expect([...e.defects]).toEqual([[8, ['targetDate']]]);
    expect(e.clean).toEqual([10]);
  });
});
