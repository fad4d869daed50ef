import {
  addressKey,
  isScheduleOwner,
  periodNow,
  type PeriodNow,
  recipientsForViewer,
  resolveRecipients,
} from '../../core/weekly-email';
import { cleanValue } from '../../core/text';
import type { RowWarning, Stakeholder } from '../../core/plan';
import type { RecipientJson } from '../../shared/api';
import { findPlan, NO_STAKEHOLDERS_TAB } from '../plan/find-plan';
import { readStakeholders, summarize, type PlanReading } from '../plan/read-plan';
import {
  documentProperties,
  executionUserProperties,
  type ReadOnceProperties,
} from '../platform/properties';
import { effectiveUserEmail } from '../platform/session';
import { activeSpreadsheet } from '../platform/sheets';
import {
  copyAsProperties,
  copyNeedsSync,
  mirroredDocument,
  syncCopy,
  syncCopyLocked,
} from './store/clock-copy';
import {
  type DocumentStore,
  openDocumentProperties,
  openStoreProperties,
  readDocumentStore,
} from './store/document-store';
import {
  openUserProperties,
  readUserStore,
  type UserChanges,
  type UserStore,
  writeUserStore,
} from './store/user-store';

// What every weekly-email entry point reads first, once: the file, its zone, the clock, who is
// running (the trigger's owner in a trigger, the clicking user in a sidebar call) and the
// document store; the user store on first use, at most once. After taking the document lock an
// entry point reads the document store again (another run may have written meanwhile); after
// its own writes it keeps what its write returned.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DigestRun {
  ss: Spreadsheet;
  timeZone: string;
  now: Date;
  /** The effective user, lower-case: whose account would send. */
  me: string;
  docProps: ReadOnceProperties;
  doc: DocumentStore;
  /** The running user's own store for this spreadsheet, read on first use. */
  user: () => UserAccess;
  /**
   * Only in the `--scope=spreadsheets` build: 'mirror' when the run has its document and keeps
   * the owner's copy equal to it, 'copy' when it runs without it on that copy (clock-copy.ts).
   */
  copy?: 'mirror' | 'copy';
}

export interface UserAccess {
  props: ReadOnceProperties;
  spreadsheetId: string;
  store: UserStore;
}

/**
 * `writes: 'ignore'` is for calls that only show state (the sidebar): their writes are caches,
 * and a full store must not keep the owner from seeing what is wrong.
 */
export function openDigestRun(writes: 'throw' | 'ignore' = 'throw'): DigestRun {
  if (typeof MAP_OPEN_BY_ID === 'boolean' && MAP_OPEN_BY_ID) return openMirroredRun(writes);
  const ss = activeSpreadsheet();
  const docProps = openDocumentProperties(writes);
  return openRun(ss, docProps);
}

function openRun(ss: Spreadsheet, docProps: ReadOnceProperties, me = currentUser()): DigestRun {
  let user: UserAccess | null = null;
  return withDocument(
    {
      ss,
      timeZone: ss.getSpreadsheetTimeZone(),
      now: new Date(),
      me,
      docProps,
      user: () => {
        if (user === null) {
          const props = openUserProperties();
          const spreadsheetId = ss.getId();
          user = { props, spreadsheetId, store: readUserStore(props, spreadsheetId) };
        }
        return user;
      },
    },
    readDocumentStore(docProps),
  );
}

function currentUser(): string {
  return addressKey(effectiveUserEmail());
}

/**
 * With the document, in the `--scope=spreadsheets` build: the document store mirrored into the
 * owner's copy, and the copy brought up to date first when it is behind or a run without the
 * document left it pending.
 */
function openMirroredRun(writes: 'throw' | 'ignore'): DigestRun {
  const ss = activeSpreadsheet();
  const id = ss.getId();
  const me = currentUser();
  let docProps: ReadOnceProperties | null = null;
  const service = mirroredDocument(documentProperties(), id, me, () => docProps?.all() ?? {});
  docProps = openStoreProperties(service, writes);
  if (copyNeedsSync(docProps.all(), id, me)) syncCopy(docProps, id, me);
  return { ...openRun(ss, docProps, me), copy: 'mirror' };
}

/** Without the document, in the `--scope=spreadsheets` build: the file by id, on the copy. */
export function openDigestRunById(ss: Spreadsheet): DigestRun {
  const docProps = openStoreProperties(
    copyAsProperties(executionUserProperties(), ss.getId()),
    'throw',
  );
  return { ...openRun(ss, docProps), copy: 'copy' };
}

/** The run seeing `doc` (read again under the lock, or as its own write will leave it). */
export function withDocument(run: Omit<DigestRun, 'doc'>, doc: DocumentStore): DigestRun {
  return { ...run, doc };
}

const periods = new WeakMap<DocumentStore, PeriodNow>();
const manualPeriods = new WeakMap<DocumentStore, PeriodNow>();

/**
 * The weekly period "now" falls in and whether its email is owed, from the schedule, ledger
 * and plan holidays of the store as the run read it: computed once per read of the store, when
 * first asked. `manual`: the period a "send now" delivers (today's, before today's slot).
 */
export function periodOf(run: DigestRun, manual = false): PeriodNow {
  const cache = manual ? manualPeriods : periods;
  let period = cache.get(run.doc);
  if (period === undefined) {
    period = periodNow(run.doc.schedule, run.doc.ledgerJson, run.now, run.timeZone, {
      holidays: run.doc.holidays,
      manual,
    });
    cache.set(run.doc, period);
  }
  return period;
}

/** Reads the document store again: required after taking the lock, since another run may have written. */
export function rereadUnderLock(run: DigestRun): DigestRun {
  // A run without the document may have left the copy pending since this one opened.
  if (typeof MAP_OPEN_BY_ID === 'boolean' && MAP_OPEN_BY_ID && run.copy === 'mirror') {
    syncCopyLocked(run.docProps, run.ss.getId(), run.me);
  } else {
    run.docProps.reread();
  }
  return withDocument(run, readDocumentStore(run.docProps));
}

export function runsSchedule(run: DigestRun): boolean {
  return isScheduleOwner(run.doc.schedule, run.me);
}

/** The account the weekly email leaves from: the schedule owner, or the runner while nobody is. */
export function senderOf(run: DigestRun): string {
  return run.doc.schedule.owner ?? run.me;
}

/** The file's name as one clean line: it is user text and goes into subjects. */
export function fileTitle(run: DigestRun): string {
  return cleanValue(run.ss.getName(), 80);
}

// The plan as the weekly email needs it, read through the plan server's own reader (one read of
// the plan tab, one of the Stakeholders tab). "Gone" and "unreadable" are told apart: a gone plan
// removes the schedule, an unreadable one only pauses it until someone fixes the table. A
// Stakeholders tab that is missing or lost a column does not make the PLAN unreadable: the plan
// still reads (the sidebar shows its status) while sends pause on that problem.

export interface DigestPlan {
  reading: PlanReading;
  stakeholders: Stakeholder[];
  stakeholderWarnings: RowWarning[];
  /** The plan tab's own URL, so the link opens on the plan even after a rename. */
  sheetUrl: string;
  /**
   * Set when the Stakeholders tab is missing or lost a column it needs (Name, Email, Weekly
   * email): a send would mail nobody and close the week without a word, so sends pause instead,
   * and the sidebar says so at once.
   */
  stakeholdersProblem: string | null;
}

export type DigestPlanLookup =
  { kind: 'found'; plan: DigestPlan } | { kind: 'unreadable'; message: string } | { kind: 'gone' };

export function readDigestPlan(run: DigestRun): DigestPlanLookup {
  const { ss } = run;
  const lookup = findPlan(ss, run.docProps.asProperties());
  if (lookup.kind === 'none') return { kind: 'gone' };
  if (lookup.kind === 'broken') return { kind: 'unreadable', message: lookup.message };
  const reading = summarize(lookup.plan, run.timeZone, run.now);
  let stakeholders: Stakeholder[] = [];
  let stakeholderWarnings: RowWarning[] = [];
  let stakeholdersProblem: string | null = NO_STAKEHOLDERS_TAB;
  try {
    const found = readStakeholders(ss, lookup.plan.record);
    if (found) {
      stakeholders = found.stakeholders;
      stakeholderWarnings = found.warnings;
      stakeholdersProblem = null;
    }
  } catch (error) {
    stakeholdersProblem = error instanceof Error ? error.message : String(error);
  }
  return {
    kind: 'found',
    plan: {
      reading,
      stakeholders,
      stakeholderWarnings,
      sheetUrl: `${ss.getUrl()}#gid=${lookup.plan.sheet.getSheetId()}`,
      stakeholdersProblem,
    },
  };
}

/**
 * Every ticked stakeholder's state, once per execution. The schedule owner (or anyone, while
 * nobody owns it) resolves their own approvals; a collaborator sees the owner's display copy.
 */
export function recipientsOf(
  run: DigestRun,
  stakeholders: readonly Stakeholder[],
): RecipientJson[] {
  const { schedule } = run.doc;
  if (schedule.owner === null || runsSchedule(run)) {
    return resolveRecipients(stakeholders, run.user().store.approvals, senderOf(run));
  }
  return recipientsForViewer(stakeholders, run.doc.approvedView, schedule.owner);
}

/** Writes the running user's store once and keeps what the write returned. */
export function writeMyStore(run: DigestRun, changes: UserChanges): UserStore {
  const access = run.user();
  access.store = writeUserStore(access.props, access.spreadsheetId, changes);
  return access.store;
}
