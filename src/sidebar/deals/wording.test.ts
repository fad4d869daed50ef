import { portfolio, UFUQ_NAME } from '../../../test/support/portfolio';
import {
  archivedText,
  backgroundText,
  commitmentText,
  countsText,
  customerEditText,
  customerInText,
  itemDetail,
  loadByDeal,
  progressText,
  signatureText,
  staleText,
  triggersText,
  weekLabel,
  weekSummary,
} from './wording';

const ZONE = 'Europe/Berlin';
const TODAY = '2025-03-10';

describe('Your deals wording', () => {
  it('counts days since the last customer edit on the sheet’s calendar, not UTC’s', () => {
    expect(customerEditText('2025-02-26T15:40:00.000Z', ZONE, TODAY)).toEqual({
      text: 'No customer edit in 12 days',
      warn: true,
    });
    // 23:30 UTC on Mar 9 is already Mar 10 in Berlin.
    expect(customerEditText('2025-03-09T23:30:00.000Z', ZONE, TODAY).text).toBe(
      'Customer edited today',
    );
    expect(customerEditText('2025-03-09T23:30:00.000Z', 'America/New_York', TODAY).text).toBe(
      'Customer edited yesterday',
    );
    expect(customerEditText('2025-03-07T10:00:00.000Z', ZONE, TODAY)).toEqual({
      text: 'No customer edit in 3 days',
      warn: false,
    });
    expect(customerEditText(null, ZONE, TODAY)).toEqual({
      text: 'No customer edit yet',
      warn: true,
    });
    // A zone the platform does not know still yields a count (in UTC) instead of throwing.
    expect(customerEditText('2025-03-08T12:00:00.000Z', 'Mars/Olympus', TODAY).text).toBe(
      'No customer edit in 2 days',
    );
  });

  it('says the background run in words, warning on a failure or a run without its document', () => {
    const at = '2025-03-10T08:05:00.000Z';
    expect(
      backgroundText(
        { at, ok: true, outcome: 'Weekly email sent.', hadDocument: true },
        ZONE,
        TODAY,
      ),
    ).toEqual({
      text: 'Last background run Mon, Mar 10 at 09:05: Weekly email sent.',
      warn: false,
    });
    expect(
      backgroundText({ at, ok: false, outcome: 'Quota used up.', hadDocument: true }, ZONE, TODAY),
    ).toEqual({ text: 'Background run failed Mon, Mar 10 at 09:05: Quota used up.', warn: true });
    expect(backgroundText({ at, ok: true, outcome: '', hadDocument: false }, ZONE, TODAY)).toEqual({
      text: 'Background run Mon, Mar 10 at 09:05 ran without its document.',
      warn: true,
    });
    // The server's outcome may be a phrase; the line still ends as a sentence.
    expect(
      backgroundText({ at, ok: true, outcome: 'nothing was due', hadDocument: true }, ZONE, TODAY)
        .text,
    ).toBe('Last background run Mon, Mar 10 at 09:05: nothing was due.');
    expect(backgroundText(null, ZONE, TODAY)).toEqual({
      text: 'No background run yet.',
      warn: false,
    });
    expect(backgroundText(undefined, ZONE, '2026-01-02').text).toBe('No background run yet.');
    // Another year than today's shows the year, as everywhere else in the sidebar.
    expect(
      backgroundText({ at, ok: true, outcome: '', hadDocument: true }, ZONE, '2026-01-02').text,
    ).toBe('Last background run Mon, Mar 10, 2025 at 09:05.');
  });

  it('words a deal’s numbers, its signature, commitment, staleness and archive', () => {
    expect(progressText({ done: 2, total: 14, percent: 14.4 })).toBe('2 of 14 steps done (14%)');
    expect(progressText({ done: 1, total: 1, percent: 100 })).toBe('1 of 1 step done (100%)');
    expect(signatureText('2025-04-18', TODAY)).toEqual({
      text: 'Signature Fri, Apr 18',
      warn: false,
    });
    expect(signatureText(null, TODAY)).toEqual({ text: 'No signature date', warn: true });
    expect(countsText({ late: 4, uncommitted: 5 })).toEqual({
      text: '4 late · 5 without owner or date',
      warn: true,
    });
    expect(countsText({ late: 0, uncommitted: 1 })).toEqual({
      text: '1 without owner or date',
      warn: false,
    });
    expect(countsText({ late: 0, uncommitted: 0 }).text).toBe('Nothing late or uncommitted');
    expect(commitmentText(20)).toEqual({
      text: 'Prospect committed to 20% of their steps',
      warn: true,
    });
    expect(commitmentText(66.7).text).toBe('Prospect committed to 67% of their steps');
    expect(commitmentText(null)).toEqual({ text: 'No customer-side steps', warn: false });
    expect(staleText('2025-02-27T09:00:00.000Z', ZONE, TODAY)).toBe(
      'Summary from Thu, Feb 27 at 10:00: open the plan once to refresh it.',
    );
    expect(archivedText({ outcome: 'won', at: '2025-03-03T23:30:00.000Z' }, ZONE, TODAY)).toBe(
      'Won · archived Tue, Mar 4',
    );
    expect(archivedText({ outcome: 'lost', at: 'soon' }, ZONE, TODAY)).toBe('Lost · archived soon');
    expect(triggersText({ used: 18, limit: 20 })).toEqual({
      text: 'Background triggers: 18 of 20 used.',
      warn: true,
    });
    expect(triggersText({ used: 4, limit: 20 }).warn).toBe(false);
  });

  it('sums each week per deal and names it for a screen reader', () => {
    const weeks = portfolio().weeks;
    expect(weeks.map((w, i) => weekLabel(w, i))).toEqual([
      'This week',
      'Mar 17',
      'Mar 24',
      'Mar 31',
      'Apr 7',
      'Apr 14',
      'Apr 21',
      'Apr 28',
    ]);
    expect(loadByDeal(weeks[0])).toEqual([
      { spreadsheetId: 'sheet-globex', customer: 'Globex Corporation', count: 2 },
      { spreadsheetId: 'sheet-ufuq', customer: UFUQ_NAME, count: 1 },
      { spreadsheetId: 'sheet-initech', customer: 'Initech', count: 1 },
    ]);
    expect(weekSummary(weeks[0], TODAY)).toBe('Week of Mon, Mar 10: 4 steps from 3 deals, crunch');
    expect(weekSummary(weeks[3], TODAY)).toBe('Week of Mon, Mar 31: 1 step from 1 deal');
    expect(weekSummary(weeks[6], TODAY)).toBe('Week of Mon, Apr 21: nothing due');
    expect(itemDetail(weeks[0].items[0], TODAY)).toBe(
      'Wed, Mar 5 · Prospect · Priya Nair · 5 days late',
    );
    expect(itemDetail({ ...weeks[1].items[1], side: '' }, TODAY)).toBe(
      'Wed, Mar 19 · No side · No owner',
    );
  });

  it('isolates a right-to-left customer inside a sentence', () => {
    expect(customerInText(UFUQ_NAME)).toBe(`\u2068${UFUQ_NAME}\u2069`);
    expect(customerInText('Initech')).toBe('Initech');
    expect(customerInText('')).toBe('Unnamed customer');
  });
});
