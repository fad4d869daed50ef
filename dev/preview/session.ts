// One preview session: the emulator running the built add-on, saved to a local file after every
// action so a restart resumes where the last one stopped.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MENU_TITLE } from '../../src/server/menu';
import { Emulator, type EmulatorState } from '../emulator';
import { parseDuration, parseInstant } from '../emulator/clock';
import { parseA1, resolveA1 } from '../emulator/spreadsheet/a1';
import type { MenuEntry } from '../emulator/ui';
import { sheetTabs, sheetView, type SheetTab, type SheetView } from './view';

export const OWNER = 'owner@vendor.example';
export const PROSPECT = 'prospect@customer.example';
export const PREVIEW_TIME_ZONE = 'America/New_York';
/** Setting the clock further ahead than this jumps, rather than running every hourly trigger. */
export const MAX_CLOCK_RUN_MS = 12 * 7 * 86_400_000;

export interface PreviewUser {
  email: string;
  label: string;
  /** Installed and authorized the add-on: sees its menu and sidebar, its simple triggers run. */
  hasAddOn: boolean;
}

export const USERS: readonly PreviewUser[] = [
  { email: OWNER, label: 'seller, owns the plan, has the add-on', hasAddOn: true },
  { email: PROSPECT, label: 'prospect, edits the shared sheet, no add-on', hasAddOn: false },
];

export type MenuItemView =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuItemView[] };

export interface MailView {
  from: string;
  name: string | null;
  to: string[];
  cc: string[];
  replyTo: string | null;
  subject: string;
  sentAt: string;
  body: string;
  htmlBody: string | null;
}

/** What the add-on showed the user outside the sidebar: Ui alerts and spreadsheet toasts. */
export interface Notice {
  id: number;
  kind: 'alert' | 'toast';
  title: string;
  message: string;
  seconds?: number;
}

export interface TriggerView {
  handler: string;
  eventType: string;
  owner: string;
  nextRunAt: string | null;
}

/** A spreadsheet of the preview, as the Files list shows it. */
export interface FileView {
  id: string;
  name: string;
  current: boolean;
}

export interface PreviewView {
  user: string;
  users: readonly PreviewUser[];
  hasAddOn: boolean;
  addOnName: string;
  now: string;
  timeZone: string;
  spreadsheetId: string;
  spreadsheetName: string;
  /** Every spreadsheet, by name; the current one is marked. */
  files: FileView[];
  tabs: SheetTab[];
  activeSheet: string;
  sheet: SheetView | null;
  /** Goes up each time an action (not a click) moved the selection: the page then follows it. */
  selectionVersion: number;
  /** The add-on's menu as its onOpen built it; null when the user does not have the add-on. */
  menu: MenuItemView[] | null;
  sidebar: { title: string; version: number } | null;
  outbox: MailView[];
  notices: Notice[];
  triggers: TriggerView[];
}

export interface RunResult {
  ok: boolean;
  value?: unknown;
  error?: { name: string; message: string };
  /** Done, but something the user should know went wrong (an edit trigger failed). */
  warning?: string;
}

export interface ClockResult {
  message: string;
  triggerRuns: number;
  failedRuns: string[];
  emailsSent: number;
}

function menuView(entries: MenuEntry[]): MenuItemView[] {
  return entries.map((e) =>
    e.type === 'submenu' ? { ...e, items: menuView(e.items) } : { ...e },
  ) as MenuItemView[];
}

function describeError(error: unknown): { name: string; message: string } {
  const e = error as { name?: unknown; message?: unknown };
  return {
    name: typeof e?.name === 'string' ? e.name : 'Error',
    message: typeof e?.message === 'string' ? e.message : String(error),
  };
}

export class PreviewSession {
  emulator!: Emulator;
  private sidebarVersion = 0;
  /** Counts the add-on's own moves of the selection, so the page follows those and no others. */
  private selectionVersion = 0;
  private notices: Notice[] = [];
  private nextNoticeId = 1;

  constructor(
    private readonly stateFile: string,
    /** The built add-on this session runs. */
    private readonly codePath: string,
  ) {}

  /** Resumes from the saved file, or starts an empty spreadsheet. */
  start({ reset = false }: { reset?: boolean } = {}): 'resumed' | 'new' {
    if (!reset && existsSync(this.stateFile)) {
      try {
        const state = JSON.parse(readFileSync(this.stateFile, 'utf8')) as EmulatorState;
        this.emulator = Emulator.fromState(state, { codePath: this.codePath }).load();
      } catch (error) {
        // A state from an older emulator, or a file edited by hand: say so, keep the file.
        throw new Error(
          `Could not resume from ${this.stateFile}: ${(error as Error).message}\n` +
            'Start again with: npm start -- --reset',
        );
      }
      this.open();
      return 'resumed';
    }
    this.fresh();
    return 'new';
  }

  /** An empty spreadsheet the owner has just opened, shared with the prospect. */
  fresh(options: { now?: string | Date } = {}): void {
    rmSync(this.stateFile, { force: true });
    this.emulator = new Emulator({
      codePath: this.codePath,
      timeZone: PREVIEW_TIME_ZONE,
      user: OWNER,
      now: options.now ?? new Date(),
      spreadsheetName: 'Deal room',
      editors: [PROSPECT],
      authorizedUsers: USERS.filter((u) => u.hasAddOn).map((u) => u.email),
    }).load();
    this.sidebarVersion++;
    this.open();
    this.save();
  }

  /** The owner opens the spreadsheet: the add-on's onOpen builds its menu afresh. */
  private open(): void {
    this.emulator.ui.state.menus = [];
    this.emulator.open({ authMode: 'LIMITED', user: OWNER });
  }

  save(): void {
    mkdirSync(dirname(this.stateFile), { recursive: true });
    const tmp = `${this.stateFile}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.emulator.toState()));
    renameSync(tmp, this.stateFile);
  }

  get user(): string {
    return this.emulator.currentUser;
  }

  hasAddOn(user = this.user): boolean {
    return USERS.some((u) => u.email === user && u.hasAddOn);
  }

  /** Runs `work`, keeps what the add-on showed meanwhile (alerts, toasts), and saves. */
  private act<T>(work: () => T): T {
    const emulator = this.emulator;
    const alerts = emulator.ui.state.alerts.length;
    const dialogs = emulator.ui.state.dialogs.length;
    // The file the action starts in: its toasts are the ones to show, even after a switch.
    const workbook = emulator.workbook;
    const toasts = workbook.toasts.length;
    const sidebar = emulator.ui.state.sidebar;
    const selection = JSON.stringify(emulator.workbook.activeRange);
    try {
      return work();
    } finally {
      if (this.emulator === emulator) {
        if (JSON.stringify(emulator.workbook.activeRange) !== selection) this.selectionVersion++;
        for (const a of emulator.ui.state.alerts.slice(alerts))
          this.notice({ kind: 'alert', title: a.title, message: a.prompt });
        for (const d of emulator.ui.state.dialogs.slice(dialogs))
          this.notice({ kind: 'alert', title: d.title, message: dialogText(d.content) });
        for (const t of workbook.toasts.slice(toasts))
          this.notice({
            kind: 'toast',
            title: t.title,
            message: t.message,
            seconds: t.timeoutSeconds,
          });
        if (emulator.ui.state.sidebar !== sidebar) this.sidebarVersion++;
      }
      this.save();
    }
  }

  private notice(n: Omit<Notice, 'id'>): void {
    this.notices.push({ id: this.nextNoticeId++, ...n });
    this.notices = this.notices.slice(-20);
  }

  setUser(email: string): void {
    if (!USERS.some((u) => u.email === email)) throw new Error(`Unknown user ${email}`);
    this.act(() => this.emulator.as(email));
  }

  /**
   * Opens another spreadsheet, as picking it in Drive does: its onOpen builds the menu afresh
   * and the sidebar, which belonged to the file left, is closed.
   */
  openFile(name: string): void {
    if (!this.emulator.spreadsheets().some((f) => f.name === name)) {
      throw new Error(`No spreadsheet named "${name}"`);
    }
    this.act(() => {
      this.emulator.useSpreadsheet(name);
      this.opened();
    });
  }

  /** A blank spreadsheet made by whoever is acting, shared with the other people here. */
  newFile(name: string): void {
    const wanted = name.trim();
    if (!wanted) throw new Error('Give the new spreadsheet a name');
    if (this.emulator.spreadsheets().some((f) => f.name === wanted)) {
      throw new Error(
        `A spreadsheet named "${wanted}" already exists: open it from the Files list`,
      );
    }
    this.act(() => {
      this.emulator.useSpreadsheet(wanted, {
        timeZone: PREVIEW_TIME_ZONE,
        editors: USERS.map((u) => u.email).filter((email) => email !== this.user),
      });
      this.opened();
    });
  }

  private opened(): void {
    this.emulator.ui.state.sidebar = null;
    this.open();
  }

  /** google.script.run and menu items: one execution of a global function of the add-on. */
  run(name: string, args: unknown[]): RunResult {
    if (!this.hasAddOn()) {
      return {
        ok: false,
        error: { name: 'Error', message: `${this.user} does not have the add-on installed.` },
      };
    }
    return this.act(() => {
      try {
        return { ok: true, value: this.emulator.call(name, ...args) };
      } catch (error) {
        return { ok: false, error: describeError(error) };
      }
    });
  }

  /** A menu item: only the functions the add-on's own menu names can be run this way. */
  runMenuItem(functionName: string): RunResult {
    const names = (entries: MenuItemView[]): string[] =>
      entries.flatMap((e) =>
        e.type === 'item' ? [e.functionName] : e.type === 'submenu' ? names(e.items) : [],
      );
    if (!names(this.menu() ?? []).includes(functionName))
      return { ok: false, error: { name: 'Error', message: `No menu item runs ${functionName}` } };
    return this.run(functionName, []);
  }

  /** The user types `text` into one cell; the add-on's edit triggers run. */
  edit(sheetName: string, a1: string, text: string): RunResult {
    return this.act(() => {
      try {
        const ref = `'${sheetName.replace(/'/g, "''")}'!${a1}`;
        const { runs } = this.emulator.edit(ref, text);
        const failed = runs.filter((r) => !r.ok);
        return failed.length
          ? {
              ok: true,
              warning: `The edit was saved, but ${failed.length === 1 ? 'a trigger' : 'triggers'} failed: ${failed
                .map((r) => r.error?.message ?? 'unknown error')
                .join('; ')}`,
            }
          : { ok: true };
      } catch (error) {
        return { ok: false, error: describeError(error) };
      }
    });
  }

  /**
   * The user clicks a cell: it becomes the active range, which the add-on can read. A click
   * made in a spreadsheet (`fileId`) that is no longer open arrived late, and changes nothing.
   */
  select(sheetName: string, a1: string, fileId?: string): void {
    if (fileId !== undefined && fileId !== this.emulator.workbook.id) return;
    const sheet = this.emulator.workbook.getSheetByName(sheetName);
    const ref = parseA1(a1);
    if (!sheet || !ref) throw new Error(`No cell ${sheetName}!${a1}`);
    this.emulator.workbook.activeSheetId = sheet.sheetId;
    this.emulator.workbook.activeRange = {
      sheetId: sheet.sheetId,
      range: resolveA1(ref, sheet.maxRows, sheet.maxColumns),
    };
  }

  selectSheet(name: string): void {
    const sheet = this.emulator.workbook.getSheetByName(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    this.act(() => {
      this.emulator.workbook.activeSheetId = sheet.sheetId;
      this.emulator.workbook.activeRange = null;
    });
  }

  /**
   * The clock moves to `wallTime` (ISO without offset, in the spreadsheet's zone). Forward, the
   * time-driven triggers that fall due run, as with advance; backward, nothing runs.
   */
  setClock(wallTime: string): ClockResult {
    const target = parseInstant(wallTime, this.emulator.workbook.timeZone);
    const now = this.emulator.now().getTime();
    if (target > now && target - now <= MAX_CLOCK_RUN_MS) return this.advance(target - now);
    return this.act(() => {
      this.emulator.setNow(new Date(target));
      return {
        message:
          target > now
            ? 'The clock jumped more than 12 weeks: the triggers in between did not run.'
            : 'The clock went back; each time-driven trigger keeps its next run, so none fires until then.',
        triggerRuns: 0,
        failedRuns: [],
        emailsSent: 0,
      };
    });
  }

  /** Moves the clock forward ('1d', '7d' or milliseconds), running the triggers that fall due. */
  advance(duration: string | number): ClockResult {
    const ms = typeof duration === 'number' ? duration : parseDuration(duration);
    if (!(ms > 0) || ms > MAX_CLOCK_RUN_MS) throw new Error('Advance by up to 12 weeks at a time');
    return this.act(() => {
      const before = this.emulator.outbox.length;
      const runs = this.emulator.advance(ms);
      const failedRuns = runs.filter((r) => !r.ok).map((r) => r.error?.message ?? 'failed');
      const emailsSent = this.emulator.outbox.length - before;
      const parts = [`${runs.length} trigger run${runs.length === 1 ? '' : 's'}`];
      if (emailsSent) parts.push(`${emailsSent} email${emailsSent === 1 ? '' : 's'} sent`);
      if (failedRuns.length) parts.push(`${failedRuns.length} failed: ${failedRuns[0]}`);
      return { message: parts.join(', '), triggerRuns: runs.length, failedRuns, emailsSent };
    });
  }

  closeSidebar(): void {
    this.act(() => {
      this.emulator.ui.state.sidebar = null;
    });
  }

  /** The sidebar's HTML, for the user who opened it. */
  sidebarHtml(): string | null {
    const sidebar = this.emulator.ui.state.sidebar;
    return sidebar && this.hasAddOn() ? sidebar.content : null;
  }

  private menu(): MenuItemView[] | null {
    if (!this.hasAddOn()) return null;
    const addOnMenu = this.emulator.ui.state.menus.find((m) => m.caption === null);
    return addOnMenu ? menuView(addOnMenu.items) : [];
  }

  view(): PreviewView {
    const emulator = this.emulator;
    const workbook = emulator.workbook;
    const active = workbook.activeSheet;
    const sidebar = emulator.ui.state.sidebar;
    const hasAddOn = this.hasAddOn();
    return {
      user: this.user,
      users: USERS,
      hasAddOn,
      addOnName: MENU_TITLE,
      now: emulator.now().toISOString(),
      timeZone: workbook.timeZone,
      spreadsheetId: workbook.id,
      spreadsheetName: workbook.name,
      files: emulator
        .spreadsheets()
        .map((f) => ({ id: f.id, name: f.name, current: f.current }))
        .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
      tabs: sheetTabs(workbook),
      activeSheet: active?.name ?? '',
      sheet: active ? sheetView(workbook, active) : null,
      selectionVersion: this.selectionVersion,
      menu: this.menu(),
      sidebar: sidebar && hasAddOn ? { title: sidebar.title, version: this.sidebarVersion } : null,
      outbox: emulator.outbox.map((m) => ({
        from: m.from,
        name: m.name,
        to: [...m.to],
        cc: [...m.cc],
        replyTo: m.replyTo,
        subject: m.subject,
        sentAt: m.sentAt,
        body: m.body,
        htmlBody: m.htmlBody,
      })),
      notices: this.notices,
      triggers: emulator.triggers().map((t) => ({
        handler: t.handler,
        eventType: t.eventType,
        owner: t.owner,
        nextRunAt: typeof t.nextRunAt === 'number' ? new Date(t.nextRunAt).toISOString() : null,
      })),
    };
  }
}

export type { EmulatorState };

/**
 * An HTML dialog shown as the preview's alert: its text to copy when it has one (a readonly
 * textarea, as "Check set-up…" shows), else its text without markup.
 */
export function dialogText(html: string): string {
  const area = /<textarea[^>]*>([\s\S]*?)<\/textarea>/i.exec(html);
  const text = area
    ? area[1]
    : html.replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<[^>]+>/g, ' ');
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}
