// One preview session: the emulator running dist/Code.js, saved to a local file after every
// action so a restart resumes where the last one stopped.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Emulator, type EmulatorState } from '../emulator';
import { rangeA1 } from '../emulator/spreadsheet/a1';
import { sheetView, type SheetView } from './view';

export const OWNER = 'owner@vendor.example';
export const PROSPECT = 'prospect@customer.example';
export const PREVIEW_TIME_ZONE = 'America/New_York';

export interface PreviewView {
  user: string;
  users: string[];
  owner: string;
  now: string;
  timeZone: string;
  spreadsheetName: string;
  activeSheet: string;
  activeRange: string | null;
  sheets: SheetView[];
  menu: { caption: string; functionName: string }[];
  hasAddOn: boolean;
  sidebar: { title: string; version: number } | null;
  outbox: {
    to: string[];
    from: string;
    replyTo: string | null;
    subject: string;
    sentAt: string;
    body: string;
    htmlBody: string | null;
  }[];
  alerts: string[];
  log: string[];
}

export interface RunResult {
  ok: boolean;
  value?: unknown;
  error?: { name: string; message: string };
}

function activeRangeOf(emulator: Emulator): string | null {
  const active = emulator.workbook.activeRange;
  if (!active) return null;
  const sheet = emulator.workbook.getSheetById(active.sheetId);
  return sheet ? `${sheet.name}!${rangeA1(active.range)}` : null;
}

export class PreviewSession {
  emulator!: Emulator;
  private sidebarVersion = 0;

  constructor(private readonly stateFile: string) {}

  /** Resumes from the saved file, or starts an empty spreadsheet. */
  start({ reset = false }: { reset?: boolean } = {}): 'resumed' | 'new' {
    if (!reset && existsSync(this.stateFile)) {
      const state = JSON.parse(readFileSync(this.stateFile, 'utf8')) as EmulatorState;
      this.emulator = Emulator.fromState(state).load();
      this.open();
      return 'resumed';
    }
    this.fresh();
    return 'new';
  }

  fresh(options: { now?: string | Date } = {}): void {
    rmSync(this.stateFile, { force: true });
    this.emulator = new Emulator({
      timeZone: PREVIEW_TIME_ZONE,
      user: OWNER,
      now: options.now ?? new Date(),
      spreadsheetName: 'Deal room',
      editors: [PROSPECT],
      authorizedUsers: [OWNER],
    }).load();
    this.open();
    this.save();
  }

  /** The owner opens the spreadsheet: onOpen builds the add-on menu. */
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

  setUser(user: string): void {
    this.emulator.as(user);
    this.save();
  }

  /** google.script.run and menu items: one execution of a global function of the add-on. */
  run(name: string, args: unknown[]): RunResult {
    const sidebarBefore = this.emulator.ui.state.sidebar;
    try {
      const value = this.emulator.call(name, ...args);
      return { ok: true, value };
    } catch (error) {
      const e = error as Error;
      return { ok: false, error: { name: e.name || 'Error', message: e.message } };
    } finally {
      if (this.emulator.ui.state.sidebar !== sidebarBefore) this.sidebarVersion++;
      this.save();
    }
  }

  edit(ref: string, text: string): RunResult {
    try {
      const { runs } = this.emulator.edit(ref, text);
      const failed = runs.find((r) => !r.ok);
      return failed
        ? { ok: true, value: `The edit trigger failed: ${failed.error?.message}` }
        : { ok: true };
    } catch (error) {
      return { ok: false, error: { name: 'Error', message: (error as Error).message } };
    } finally {
      this.save();
    }
  }

  setNow(iso: string): void {
    this.emulator.setNow(iso);
    this.emulator.workbook.recalculate();
    this.save();
  }

  advance(duration: string): void {
    this.emulator.advance(duration);
    this.save();
  }

  selectSheet(name: string): void {
    const sheet = this.emulator.workbook.getSheetByName(name);
    if (sheet) this.emulator.workbook.activeSheetId = sheet.sheetId;
    this.save();
  }

  closeSidebar(): void {
    this.emulator.ui.state.sidebar = null;
    this.save();
  }

  sidebarHtml(): string | null {
    return this.emulator.ui.state.sidebar?.content ?? null;
  }

  view(): PreviewView {
    const emulator = this.emulator;
    const state = emulator.workbook.toJSON();
    const user = emulator.currentUser;
    const hasAddOn = user === OWNER;
    const addOnMenu = emulator.ui.state.menus.find((m) => m.caption === null);
    const menu = (addOnMenu?.items ?? []).flatMap((item) =>
      item.type === 'item' ? [{ caption: item.caption, functionName: item.functionName }] : [],
    );
    const sidebar = emulator.ui.state.sidebar;
    return {
      user,
      users: [OWNER, PROSPECT],
      owner: OWNER,
      now: emulator.now().toISOString(),
      timeZone: state.timeZone,
      spreadsheetName: state.name,
      activeSheet: state.activeSheet ?? state.sheets[0]?.name ?? '',
      activeRange: activeRangeOf(emulator),
      sheets: state.sheets.filter((s) => !s.hidden).map((s) => sheetView(emulator, s)),
      menu,
      hasAddOn,
      sidebar: sidebar && hasAddOn ? { title: sidebar.title, version: this.sidebarVersion } : null,
      outbox: emulator.outbox.map((m) => ({
        to: m.to,
        from: m.from,
        replyTo: m.replyTo,
        subject: m.subject,
        sentAt: m.sentAt,
        body: m.body,
        htmlBody: m.htmlBody,
      })),
      alerts: emulator.ui.state.alerts.map((a) => [a.title, a.prompt].filter(Boolean).join(': ')),
      log: emulator.log.slice(-50),
    };
  }
}

export type { EmulatorState };
