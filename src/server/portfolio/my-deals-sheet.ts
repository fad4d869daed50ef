// writeMyDealsSheet: the portfolio as a "My deals" tab in the current spreadsheet, for sellers
// who want it in a sheet (to sort, to share with their manager). Creating and refreshing are the
// same call: the tab's contents are replaced in one setValues and its one chart is updated,
// never duplicated.
import type { MyDealsSheetJson } from '../../shared/api';
import { plural } from '../../core/text';
import { upsertStackedColumnChart } from '../platform/charts';
import { withDocumentLock } from '../platform/lock';
import { activeSpreadsheet, writeBlock } from '../platform/sheets';
import { getPortfolio } from './get-portfolio';
import { CHART_TITLE, DEAL_HEADINGS, MY_DEALS_TAB, myDealsLayout } from './my-deals-layout';

export function writeMyDealsSheet(): MyDealsSheetJson {
  const ss = activeSpreadsheet();
  const portfolio = getPortfolio();
  const layout = myDealsLayout(portfolio);
  const timeZone = ss.getSpreadsheetTimeZone();
  return withDocumentLock(() => {
    const found = ss.getSheetByName(MY_DEALS_TAB);
    const sheet = found ?? ss.insertSheet(MY_DEALS_TAB);
    if (found) sheet.clearContents();
    const width = layout.grid[0].length;
    const columns = sheet.getMaxColumns();
    const needed = width + 2;
    if (columns < needed) sheet.insertColumnsAfter(columns, needed - columns);
    writeBlock(sheet, 1, 1, layout.grid, timeZone);
    sheet.getRange(layout.dealHeadingRow, 1, 1, DEAL_HEADINGS.length).setFontWeight('bold');
    for (const f of layout.formats) {
      sheet.getRange(f.firstRow, f.column, f.numRows, 1).setNumberFormat(f.format);
    }
    const w = layout.weeks;
    upsertStackedColumnChart(sheet, sheet.getRange(w.row, w.column, w.numRows, w.numColumns), {
      title: CHART_TITLE,
      anchorRow: layout.chartAnchor.row,
      anchorColumn: layout.chartAnchor.column,
    });
    return {
      sheetName: MY_DEALS_TAB,
      deals: layout.deals,
      message: `${found ? 'Refreshed' : 'Created'} the '${MY_DEALS_TAB}' tab: ${plural(layout.deals, 'deal')} and your steps for the next ${portfolio.weeks.length} weeks.`,
    };
  });
}
