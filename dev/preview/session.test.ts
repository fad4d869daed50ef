import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { MENU_ITEMS } from '../../src/server/menu';
import { buildTestAddOn, type TestAddOn } from '../../test/support/built-addon';
import { OWNER, PROSPECT, type PreviewSession, type PreviewView } from './session';
import { findTable } from './table-reader';

jest.setTimeout(60_000);

let addOn: TestAddOn;

beforeAll(async () => {
  addOn = await buildTestAddOn();
});
afterAll(() => addOn?.remove());

/** A session on a Monday morning with a plan made through the add-on, as the sidebar makes it. */
function withPlan(name: string): PreviewSession {
  const session = addOn.session(name);
  session.fresh({ now: '2026-03-02T10:00' });
  const created = session.run('createPlan', [
    {
      template: 'mid-market',
      customer: 'Initech',
      vendor: 'Globex',
      signatureDate: '2026-06-30',
      sellers: [{ name: 'Sam Seller', email: OWNER }],
    },
  ]);
  expect(created).toMatchObject({ ok: true });
  return session;
}

/** What a person sees of a sheet: each cell's text and colours. */
function looks(view: PreviewView): string[][] {
  return view.sheet!.cells.map((row) =>
    row.map((c) => [c.text ?? '', c.background ?? '', c.color ?? ''].join('|')),
  );
}

describe('PreviewSession', () => {
  it('starts a newcomer on an empty spreadsheet with the add-on’s menu, saved at once', () => {
    const session = addOn.session('fresh');
    expect(session.start()).toBe('new');
    const view = session.view();
    expect(view.tabs.map((t) => t.name)).toEqual(['Sheet1']);
    expect(view.user).toBe(OWNER);
    expect(view.menu).toEqual(
      MENU_ITEMS.map((m) => ({ type: 'item', caption: m.label, functionName: m.handler })),
    );
    expect(view.sidebar).toBeNull();
    expect(view.outbox).toEqual([]);
    expect(existsSync(`${addOn.dir}/fresh.json`)).toBe(true);
  });

  it('resumes after a restart showing exactly what it showed, header formulas included', () => {
    const session = withPlan('restart');
    const plan = findTable(session.emulator.workbook, ['Step', 'Status', 'Target date']);
    session.edit(plan.sheet, plan.cell('Status', plan.rows[0].row), 'Done');
    const before = session.view();

    const again = addOn.session('restart');
    expect(again.start()).toBe('resumed');
    const after = again.view();
    expect(after.activeSheet).toBe(before.activeSheet);
    expect(looks(after)).toEqual(looks(before));
    // The live header (progress, status) computes after loading: no formula error anywhere.
    const texts = after.sheet!.cells.flat().map((c) => c.text ?? '');
    expect(texts.filter((t) => /^#(ERROR|REF|NAME|VALUE)/.test(t))).toEqual([]);
    expect(texts.some((t) => /^1 of \d+ done/.test(t))).toBe(true);
    // And the menu is rebuilt, as opening the file again runs onOpen.
    expect(after.menu?.length).toBe(MENU_ITEMS.length);
  });

  it('refuses a saved state it cannot read, pointing to --reset and keeping the file', () => {
    const file = `${addOn.dir}/broken.json`;
    writeFileSync(file, '{"version": 999}');
    expect(() => addOn.session('broken').start()).toThrow(
      /^Could not resume from .*broken\.json: .*\nStart again with: npm start -- --reset$/,
    );
    expect(readFileSync(file, 'utf8')).toBe('{"version": 999}');
  });

  it('gives a prospect no menu and no sidebar, while their edits reach the owner’s trigger', () => {
    const session = withPlan('prospect');
    session.run('showSidebar', []);
    expect(session.view().sidebar).not.toBeNull();
    session.setUser(PROSPECT);
    const view = session.view();
    expect(view.hasAddOn).toBe(false);
    expect(view.menu).toBeNull();
    expect(view.sidebar).toBeNull();
    expect(session.sidebarHtml()).toBeNull();
    expect(session.run('getPlanStatus', [])).toEqual({
      ok: false,
      error: { name: 'Error', message: `${PROSPECT} does not have the add-on installed.` },
    });

    const plan = findTable(session.emulator.workbook, ['Step', 'Status', 'Done on']);
    const row = plan.rows[0].row;
    expect(session.edit(plan.sheet, plan.cell('Status', row), 'Done')).toEqual({ ok: true });
    const stamped = findTable(session.emulator.workbook, ['Step', 'Status', 'Done on']);
    expect(stamped.rows[0].date('Done on')).toBe('2026-03-02');
  });

  it('runs only what the menu offers, and keeps the alerts and toasts the add-on shows', () => {
    const session = withPlan('menu');
    expect(session.runMenuItem('createPlan')).toMatchObject({
      ok: false,
      error: { message: 'No menu item runs createPlan' },
    });
    expect(session.runMenuItem('refreshFormattingFromMenu')).toMatchObject({ ok: true });
    expect(session.runMenuItem('showCreatePlan')).toMatchObject({ ok: true });
    const notices = session.view().notices;
    expect(notices.map((n) => n.kind)).toEqual(['toast', 'alert']);
    expect(notices[0].title).toBe('Formatting refreshed');
    expect(notices[1].message).toMatch(/already has a plan/);
    expect(notices[1].id).toBeGreaterThan(notices[0].id);
  });

  it('shows the set-up check dialog as an alert with its text to copy', () => {
    const session = withPlan('check');
    expect(session.runMenuItem('checkSetUpFromMenu')).toMatchObject({ ok: true });
    const [notice] = session.view().notices;
    expect(notice).toMatchObject({ kind: 'alert', title: 'Check set-up' });
    expect(notice.message.split('\n')[0]).toBe('Mutual Action Plan: set-up check');
    expect(notice.message).not.toContain('<');
  });

  it('reports a rejected edit as the spreadsheet words it', () => {
    const session = withPlan('reject');
    const plan = findTable(session.emulator.workbook, ['Step', 'Status']);
    const result = session.edit(plan.sheet, plan.cell('Status', plan.rows[0].row), 'Maybe');
    expect(result.ok).toBe(false);
    // The validation's help text, as Sheets shows it in its rejection dialog.
    expect(result.error?.message).toMatch(/^Choose Not started, In progress/);
  });

  it('keeps an edit whose trigger failed, and says the trigger failed', () => {
    const session = withPlan('trigger-fails');
    const plan = findTable(session.emulator.workbook, ['Step', 'Status']);
    // The add-on catches its own errors; a killed execution is what still gets through.
    const faults = session.emulator.faults;
    const stop = faults.onCall(() => faults.kill('Exceeded maximum execution time'));
    const result = session.edit(plan.sheet, plan.cell('Status', plan.rows[0].row), 'Done');
    stop();
    expect(result).toEqual({
      ok: true,
      warning: expect.stringMatching(
        /^The edit was saved, but a trigger failed: Exceeded maximum execution time$/,
      ),
    });
    expect(findTable(session.emulator.workbook, ['Step', 'Status']).rows[0].text('Status')).toBe(
      'Done',
    );
  });

  it('moves the clock: forward runs the due triggers, backward and far jumps run none', () => {
    const session = withPlan('clock');
    session.run('configureWeeklyDigest', [{ enabled: true, weekday: 'TUESDAY', hour: 9 }]);
    const day = session.advance('1d');
    expect(day.triggerRuns).toBeGreaterThanOrEqual(20);
    expect(day.failedRuns).toEqual([]);
    expect(session.view().now).toBe('2026-03-03T15:00:00.000Z');

    const back = session.setClock('2026-03-01T08:00');
    expect(back).toMatchObject({ triggerRuns: 0, message: expect.stringMatching(/went back/) });
    expect(session.view().now).toBe('2026-03-01T13:00:00.000Z');

    // Going back cannot undo a trigger's schedule: it fires again from its next run on.
    const next = session.view().triggers.find((t) => t.handler === 'weeklyDigestTick')?.nextRunAt;
    expect(next).toBe('2026-03-03T16:00:00.000Z');
    expect(session.setClock('2026-03-03T10:30').triggerRuns).toBe(0);
    expect(session.setClock('2026-03-03T12:30').triggerRuns).toBe(2);

    const far = session.setClock('2027-03-02T12:00');
    expect(far).toMatchObject({
      triggerRuns: 0,
      message: expect.stringMatching(/more than 12 weeks/),
    });
    expect(() => session.advance('100d')).toThrow('up to 12 weeks');
  });

  it('switches spreadsheets as opening another file does, and saves them all', () => {
    const session = withPlan('files');
    session.run('showSidebar', []);
    const deal = session.view();
    expect(deal.files).toEqual([{ id: deal.spreadsheetId, name: 'Deal room', current: true }]);

    session.newFile('  Globex deal ');
    const globex = session.view();
    expect(globex).toMatchObject({
      spreadsheetName: 'Globex deal',
      tabs: [{ name: 'Sheet1' }],
      timeZone: 'America/New_York',
      // The sidebar belonged to the file left; the new file's onOpen built its menu.
      sidebar: null,
      menu: MENU_ITEMS.map((m) => ({ type: 'item', caption: m.label, functionName: m.handler })),
    });
    expect(globex.files.map((f) => [f.name, f.current])).toEqual([
      ['Deal room', false],
      ['Globex deal', true],
    ]);
    const opened = session.emulator.executions().filter((e) => e.functionName === 'onOpen');
    expect(opened[opened.length - 1]).toMatchObject({ documentId: globex.spreadsheetId, ok: true });
    expect(session.emulator.workbook.editors).toEqual([PROSPECT]);

    expect(() => session.newFile('Deal room')).toThrow(
      'A spreadsheet named "Deal room" already exists: open it from the Files list',
    );
    expect(() => session.newFile('  ')).toThrow('Give the new spreadsheet a name');
    expect(() => session.openFile('Nope')).toThrow('No spreadsheet named "Nope"');

    session.openFile('Deal room');
    const back = session.view();
    expect(back.spreadsheetId).toBe(deal.spreadsheetId);
    expect(back.tabs).toEqual(deal.tabs);
    expect(back.sidebar).toBeNull();

    // A restart resumes every file, in the one that was open.
    session.openFile('Globex deal');
    const again = addOn.session('files');
    expect(again.start()).toBe('resumed');
    expect(again.view().files.map((f) => [f.name, f.current])).toEqual([
      ['Deal room', false],
      ['Globex deal', true],
    ]);
    again.openFile('Deal room');
    expect(again.view().tabs).toEqual(deal.tabs);
  });

  it('makes a clicked cell the active range the add-on reads', () => {
    const session = withPlan('select');
    const sheet = session.view().activeSheet;
    session.select(sheet, 'C9');
    expect(session.view().sheet?.activeRange).toEqual({
      row: 9,
      column: 3,
      numRows: 1,
      numColumns: 1,
    });
    expect(() => session.select('Nope', 'A1')).toThrow('No cell Nope!A1');
    // A click from a file that is no longer open arrives late and changes nothing.
    session.select(sheet, 'D4', 'another-file');
    expect(session.view().sheet?.activeRange).toMatchObject({ row: 9, column: 3 });
    session.select(sheet, 'D4', session.view().spreadsheetId);
    expect(session.view().sheet?.activeRange).toMatchObject({ row: 4, column: 4 });
  });
});
