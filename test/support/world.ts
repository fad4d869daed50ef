// The one way tests set up the BUILT add-on in the emulator: a spreadsheet with its people and
// clock, optionally a plan created by the owner, stakeholders typed in and the weekly email
// switched on. Each distinct world is built once per jest run (world-cache.ts) and every test
// gets a fresh copy loaded from its state JSON, so a test pays for createPlan only when
// createPlan is what it tests. Nothing here imports the add-on's own decision code.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ADDON_CODE_PATH } from '../../dev/addon-bundle';
import { Emulator, type EmulatorState, type IntlZones } from '../../dev/emulator';
import type {
  CreatePlanOptions,
  CreatePlanResult,
  DigestSettings,
  PlanStatusResult,
} from '../../src/shared/api';
import { cacheKey, cached } from './world-cache';
import { headingRowOf } from './sheet';

export const OWNER = 'owner@vendor.example';
/** A second seller, on the owner's side. */
export const SELLER = 'ana@vendor.example';
/** Same domain as the owner, so Apps Script reveals who edited (slip history "Who"). */
export const COLLEAGUE = 'sam@vendor.example';
export const PROSPECT = 'prospect@customer.example';
/** The prospect's champion, approved by address in the weekly-email worlds. */
export const CHAMPION = 'chris@customer.example';
export const STAKEHOLDERS = 'Stakeholders';

/** Monday 2 November 2026, 09:00 in the spreadsheet's zone: where a world starts by default. */
export const START = '2026-11-02T09:00:00';
export const TODAY = '2026-11-02';

/** The odd zones of the brief: quarter-hour and half-hour offsets, ±14 h, 30-minute DST. */
export const ODD_ZONES = [
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
] as const;

/** A script zone far from each spreadsheet zone, so a mix-up of the two cannot go unseen. */
export function farScriptZone(timeZone: string): string {
  return timeZone.startsWith('Pacific/K') || timeZone.startsWith('Asia')
    ? 'Pacific/Pago_Pago'
    : 'Pacific/Kiritimati';
}

/** The spreadsheet at +14 and the script at -11: a whole day apart, so a mix-up shows. */
export const DATE_LINE = { timeZone: 'Pacific/Kiritimati', scriptTimeZone: 'Pacific/Pago_Pago' };

/** A short plan the owner alone sells: what `create` makes unless told otherwise. */
export const PLAN: CreatePlanOptions = {
  template: 'velocity',
  customer: 'Acme',
  vendor: 'Globex',
  signatureDate: '2027-01-29',
  sellers: [{ name: 'Olivia Owner', email: OWNER }],
};

/** The enterprise template with a goal, sold by a seller who is not the owner. */
export const ACME: CreatePlanOptions = {
  template: 'enterprise',
  customer: 'Acme',
  vendor: 'Globex',
  signatureDate: '2027-01-29',
  goal: 'Live before the Q2 board meeting',
  sellers: [{ name: 'Ana Seller', email: SELLER }],
};

/** The enterprise template sold by the owner and a second seller, both on the weekly email. */
export const TWO_SELLERS: CreatePlanOptions = {
  template: 'enterprise',
  customer: 'Acme',
  vendor: 'Globex',
  signatureDate: '2027-06-30',
  sellers: [
    { name: 'Olivia Owner', email: OWNER },
    { name: 'Ana Seller', email: SELLER },
  ],
};

/** Mondays at 9:00, the vendor's domain and the champion approved. */
export const WEEKLY: DigestSettings = {
  enabled: true,
  weekday: 'MONDAY',
  hour: 9,
  approvedDomains: ['vendor.example'],
  approvedEmails: [CHAMPION],
};

/** The champion's Stakeholders row (Name, Email, Side, Role, Weekly email). */
export const CHAMPION_ROW = ['Chris Champion', CHAMPION, 'Prospect', 'Champion', 'TRUE'];

/** Everyone a weekly-email world mails: the two sellers and the champion. */
export const APPROVED = [OWNER, SELLER, CHAMPION];

export interface WorldOptions {
  /** The spreadsheet's name. Default the emulator's. */
  name?: string;
  /** The spreadsheet's zone. Default America/New_York. */
  timeZone?: string;
  /** The script's zone. Default appsscript.json's (Etc/UTC). */
  scriptTimeZone?: string;
  /** Wall time in the spreadsheet's zone. Default START. */
  now?: string;
  /** Who owns the spreadsheet and acts. Default OWNER. */
  user?: string;
  /** Who it is shared with. Default the prospect and the owner's colleague. */
  editors?: string[];
  /** Who has installed the add-on. Default the user alone. */
  authorizedUsers?: string[];
  /** Real-time limit per execution (not part of the saved world). */
  timeoutMs?: number;
  /** How the script's Intl treats time zones, while the world is built and afterwards. */
  intlZones?: IntlZones;
  /** The plan the user creates; it must be created. None by default. */
  plan?: CreatePlanOptions;
  /** Stakeholder rows the user types below the sellers: Name, Email, Side, Role, Weekly email. */
  stakeholders?: string[][];
  /** The weekly email the user switches on. Off by default. */
  digest?: DigestSettings;
  /**
   * Further spreadsheets the user makes afterwards, a plan created in each; the world ends in
   * the first spreadsheet again.
   */
  spreadsheets?: { name: string; timeZone?: string; plan: CreatePlanOptions }[];
}

export interface World {
  em: Emulator;
  /** What createPlan returned, when the world has a plan. */
  plan: CreatePlanResult | null;
  /** What createPlan returned in each of `spreadsheets`, in order. */
  others: CreatePlanResult[];
}

export interface PlanWorld extends World {
  plan: CreatePlanResult;
}

interface SavedWorld {
  state: EmulatorState;
  plan: CreatePlanResult | null;
  others: CreatePlanResult[];
}

/** A fresh copy of the world `options` describe. */
export function world(options: WorldOptions & { plan: CreatePlanOptions }): PlanWorld;
export function world(options?: WorldOptions): World;
export function world(options: WorldOptions = {}): World {
  // An empty spreadsheet is cheaper to make than to load.
  if (
    !options.plan &&
    !options.stakeholders?.length &&
    !options.digest &&
    !options.spreadsheets?.length
  ) {
    return { em: emptyWorld(options), plan: null, others: [] };
  }
  const { timeoutMs, ...described } = options;
  const key = cacheKey({ bundle: bundleFingerprint(), world: described });
  const saved = JSON.parse(cached(key, () => JSON.stringify(build(options)))) as SavedWorld;
  const em = withBundle(() =>
    Emulator.fromState(saved.state, {
      codePath: ADDON_CODE_PATH,
      timeoutMs,
      intlZones: options.intlZones,
    }).load(),
  );
  return { em, plan: saved.plan, others: saved.others };
}

function emptyWorld(options: WorldOptions): Emulator {
  return withBundle(() =>
    new Emulator({
      codePath: ADDON_CODE_PATH,
      spreadsheetName: options.name,
      timeZone: options.timeZone ?? 'America/New_York',
      scriptTimeZone: options.scriptTimeZone,
      now: options.now ?? START,
      user: options.user ?? OWNER,
      editors: options.editors ?? [PROSPECT, COLLEAGUE],
      authorizedUsers: options.authorizedUsers,
      timeoutMs: options.timeoutMs,
      intlZones: options.intlZones,
    }).load(),
  );
}

function build(options: WorldOptions): SavedWorld {
  const em = emptyWorld(options);
  let plan: CreatePlanResult | null = null;
  if (options.plan) {
    plan = em.call('createPlan', options.plan) as CreatePlanResult;
    if (plan.outcome !== 'created') throw new Error(`createPlan: ${plan.message}`);
  }
  if (options.stakeholders?.length) {
    em.paste(`${STAKEHOLDERS}!A${nextStakeholderRow(em)}`, options.stakeholders);
  }
  if (options.digest) em.call('configureWeeklyDigest', options.digest);
  const first = em.workbook.name;
  const others = (options.spreadsheets ?? []).map((file) => {
    em.useSpreadsheet(file.name, { timeZone: file.timeZone });
    const made = em.call('createPlan', file.plan) as CreatePlanResult;
    if (made.outcome !== 'created') throw new Error(`createPlan in ${file.name}: ${made.message}`);
    return made;
  });
  em.useSpreadsheet(first);
  return { state: em.toState(), plan, others };
}

let fingerprint: { at: number; hash: string } | null = null;

/** The bundle a saved world was made with: a rebuilt add-on makes every world again. */
function bundleFingerprint(): string {
  const at = withBundle(() => statSync(ADDON_CODE_PATH).mtimeMs);
  if (fingerprint?.at !== at) {
    const hash = createHash('sha1');
    for (const file of [ADDON_CODE_PATH, join(ADDON_CODE_PATH, '..', 'appsscript.json')]) {
      if (existsSync(file)) hash.update(readFileSync(file));
    }
    fingerprint = { at, hash: hash.digest('hex') };
  }
  return fingerprint.hash;
}

/**
 * A build running beside the tests empties dist/ for a moment; wait for the bundle and try
 * again rather than report a missing bundle as a failure of the add-on.
 */
function withBundle<T>(make: () => T): T {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; ; attempt++) {
    for (; !existsSync(ADDON_CODE_PATH) && attempt < 100; attempt++) {
      Atomics.wait(pause, 0, 0, 100);
    }
    try {
      return make();
    } catch (error) {
      const missing =
        error instanceof Error &&
        (error.message.includes('does not exist') || error.message.includes('ENOENT'));
      if (!missing || attempt >= 100) throw error;
    }
  }
}

// ---- the weekly-email and hostile-input starting points ----------------------------------

export interface DigestWorldOptions extends Pick<
  WorldOptions,
  'timeZone' | 'now' | 'scriptTimeZone' | 'intlZones'
> {
  settings?: Partial<DigestSettings>;
  plan?: Partial<CreatePlanOptions>;
  /** Create the plan but leave the weekly email off. */
  configure?: boolean;
}

/**
 * A plan whose Stakeholders tab holds the owner, a second seller and the prospect's champion
 * (all approved), the weekly email on for Mondays at 9:00, a Monday 08:30 in October; the
 * owner's colleague has the add-on too.
 */
export function digestWorld(options: DigestWorldOptions = {}): World & { timeZone: string } {
  const timeZone = options.timeZone ?? 'America/New_York';
  const made = world({
    timeZone,
    scriptTimeZone: options.scriptTimeZone,
    intlZones: options.intlZones,
    now: options.now ?? '2026-10-12T08:30:00',
    authorizedUsers: [OWNER, COLLEAGUE],
    plan: { ...TWO_SELLERS, ...options.plan },
    stakeholders: [CHAMPION_ROW],
    digest: options.configure === false ? undefined : { ...WEEKLY, ...options.settings },
  });
  return { ...made, timeZone };
}

export interface HostileWorld {
  em: Emulator;
  planSheet: string;
  /** The 1-based row of the step table's headings, as createPlan left it. */
  headerRow: number;
}

/**
 * The starting point of every hostile run: a plan created by the owner and shared with the
 * prospect, the weekly email on (approving the vendor's domain and the champion), an hour
 * before Monday's email is due. Cheap to copy, so a property can afford dozens of runs.
 */
export function freshWorld(): HostileWorld {
  const { em, plan } = world({
    now: '2026-11-02T08:00:00',
    editors: [PROSPECT],
    timeoutMs: 120_000,
    plan: { ...TWO_SELLERS, signatureDate: '2027-01-29' },
    stakeholders: [CHAMPION_ROW],
    digest: WEEKLY,
  });
  em.resetCounts();
  return { em, planSheet: plan.sheetName, headerRow: headingRowOf(em, plan.sheetName) };
}

// ---- what people do ----------------------------------------------------------------------

/** The owner creates a plan: PLAN with `options` over it. Returns createPlan's answer. */
export function create(em: Emulator, options: Partial<CreatePlanOptions> = {}): CreatePlanResult {
  return em.call('createPlan', { ...PLAN, ...options }) as CreatePlanResult;
}

export function status(em: Emulator): PlanStatusResult {
  return em.call('getPlanStatus') as PlanStatusResult;
}

/** `user` (the prospect by default) types into a cell; the owner acts again afterwards. */
export function edit(em: Emulator, ref: string, text: string, user = PROSPECT): void {
  try {
    em.as(user).edit(ref, text);
  } finally {
    em.as(OWNER);
  }
}

/** `user` pastes a block of typed text; the owner acts again afterwards. */
export function paste(em: Emulator, ref: string, rows: string[][], user = PROSPECT): void {
  try {
    em.as(user).paste(ref, rows);
  } finally {
    em.as(OWNER);
  }
}

/** The first row of the Stakeholders tab below everything in it. */
export function nextStakeholderRow(em: Emulator): number {
  return em.workbook.requireSheet(STAKEHOLDERS).lastRow() + 1;
}

/** `user` types a stakeholder row (name, email, side, role) with Weekly email ticked. */
export function addStakeholder(
  em: Emulator,
  user: string,
  cells: string[],
  weekly = 'TRUE',
): number {
  const row = nextStakeholderRow(em);
  const previous = em.currentUser;
  em.as(user).paste(`${STAKEHOLDERS}!A${row}`, [[...cells, weekly]]);
  em.as(previous);
  return row;
}

/**
 * The message createPlan refuses `options` with, after proving the refusal wrote nothing (no
 * tab, no trigger, no property) and speaks in words rather than a stack's leftovers.
 */
export function refusal(em: Emulator, options: unknown): string {
  const message = errorOf(() => em.call('createPlan', options));
  expect(em.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  expect(em.triggers()).toEqual([]);
  expect(em.properties.document(em.workbook.id).size).toBe(0);
  expect(message).not.toMatch(/undefined|\[object|TypeError|Cannot read/);
  return message;
}

/** The message of what `work` throws; fails the test when it does not throw. */
export function errorOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected an error');
}
