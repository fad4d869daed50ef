// The set-up check as the user gets it: the typed result (for tests and the sidebar), one plain
// text block to copy into a message, and the dialog the menu item shows.
import type { SelfCheckJson } from '../../shared/api';
import { formatInstant } from '../dates';
import { escapeHtml, plural } from '../text';
import { selfCheckItems, type CheckItem } from './checks';
import type { SelfCheckFacts } from './facts';

const MARK: Record<CheckItem['result'], string> = {
  pass: 'PASS',
  fail: 'FAIL',
  unknown: 'N/A ',
};

export function selfCheckReport(facts: SelfCheckFacts): SelfCheckJson {
  const items = selfCheckItems(facts);
  const failed = items.filter((i) => i.result === 'fail').length;
  const passed = items.filter((i) => i.result === 'pass').length;
  const summary =
    failed === 0
      ? `All ${plural(passed, 'check')} passed.`
      : `${plural(failed, 'check')} of ${items.length} failed.`;
  const checkedAt = new Date(facts.now).toISOString();
  const heading = [
    'Mutual Action Plan: set-up check',
    `Spreadsheet: ${facts.spreadsheetName} (${facts.timeZone})`,
    `Checked: ${formatInstant(facts.now, facts.timeZone, { year: true })} as ${facts.user || 'an unnamed user'}`,
  ];
  const lines = items.map((i) => `${MARK[i.result]}  ${i.title}: ${i.words}`);
  const text = [...heading, '', ...lines, '', summary].join('\n');
  return { ok: failed === 0, checkedAt, timeZone: facts.timeZone, items, summary, text };
}

/** The dialog: each check in words, then the same as text ready to select and copy. */
export function selfCheckDialogHtml(report: SelfCheckJson): string {
  const rows = report.items
    .map(
      (i) =>
        `<li class="${i.result}"><b>${escapeHtml(MARK[i.result].trim())}</b> ` +
        `<span class="title">${escapeHtml(i.title)}</span>: ${escapeHtml(i.words)}</li>`,
    )
    .join('');
  return [
    '<!DOCTYPE html><html><head><base target="_top"><style>',
    'body{font:13px Arial,sans-serif;margin:12px;color:#202124}',
    'ul{list-style:none;padding:0;margin:0 0 12px}li{margin:0 0 8px}',
    '.pass b{color:#137333}.fail b{color:#c5221f}.unknown b{color:#5f6368}.title{font-weight:bold}',
    'textarea{width:100%;height:140px;font:12px monospace;box-sizing:border-box}',
    '</style></head><body>',
    `<p><b>${escapeHtml(report.summary)}</b></p>`,
    `<ul>${rows}</ul>`,
    '<p>To send this to someone who supports you, copy the text below:</p>',
    `<textarea readonly onclick="this.select()">${escapeHtml(report.text)}</textarea>`,
    '</body></html>',
  ].join('');
}
