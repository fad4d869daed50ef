import { intlWallTime } from '../dates';
import type { SelfCheckFacts } from './facts';
import { selfCheckDialogHtml, selfCheckReport } from './report';

const NOW = Date.UTC(2026, 11, 6, 15);
const ZONE = 'Asia/Kolkata';
const wall = intlWallTime(NOW, ZONE);
const done = { wrote: true, readBack: true, deleted: true, error: null };

const facts = (quota: number): SelfCheckFacts => ({
  now: NOW,
  timeZone: ZONE,
  spreadsheetName: 'Acme <b>deal</b>',
  user: 'owner@vendor.example',
  zones: {
    ok: true,
    value: {
      platformName: 'the platform formatter',
      nextChange: null,
      probes: [
        {
          label: 'now',
          at: NOW,
          intl: { ok: true, value: wall },
          platform: { ok: true, value: wall },
        },
      ],
    },
  },
  triggers: { ok: true, value: { here: [], total: 0 } },
  documentProperties: done,
  userProperties: done,
  lock: { available: true, acquired: true, released: true, error: null },
  mailQuota: { ok: true, value: quota },
  backgroundRun: { ok: true, value: null },
  authorization: { ok: true, value: { status: 'NOT_REQUIRED', granted: null } },
  requiredScopes: [],
});

describe('selfCheckReport', () => {
  it('is ok with every check passed, and says so in its text block', () => {
    const report = selfCheckReport(facts(100));
    expect(report.ok).toBe(true);
    expect(report.summary).toBe('All 6 checks passed.');
    expect(report.checkedAt).toBe('2026-12-06T15:00:00.000Z');
    const lines = report.text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Mutual Action Plan: set-up check',
      'Spreadsheet: Acme <b>deal</b> (Asia/Kolkata)',
      'Checked: Dec 6, 2026 at 20:30 as owner@vendor.example',
    ]);
    expect(lines).toContain('PASS  Mail quota: You can send to 100 more recipients today.');
    expect(lines.some((l) => l.startsWith('N/A   Last hourly run: '))).toBe(true);
    expect(lines.at(-1)).toBe('All 6 checks passed.');
  });

  it('counts the failures', () => {
    const report = selfCheckReport(facts(0));
    expect(report.ok).toBe(false);
    expect(report.summary).toBe('1 check of 7 failed.');
    expect(report.text).toContain('FAIL  Mail quota: You can send to no more recipients today');
  });
});

describe('selfCheckDialogHtml', () => {
  it('shows each check and the text to copy, every value escaped', () => {
    const html = selfCheckDialogHtml(selfCheckReport(facts(0)));
    expect(html).toContain('<li class="fail"><b>FAIL</b> <span class="title">Mail quota</span>');
    expect(html).toContain('<textarea readonly');
    expect(html).toContain('Acme &lt;b&gt;deal&lt;/b&gt;');
    expect(html).not.toContain('Acme <b>deal');
  });
});
