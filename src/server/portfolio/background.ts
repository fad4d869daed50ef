// The hourly tick's record in the owner's registry: what each run came to, keyed by the deal
// and carrying the trigger's id (Google passes it as e.triggerUid). A run Google starts without
// the spreadsheet as context (nothing says an add-on's clock trigger gets one) cannot read the
// plan or take its lock: it logs an error, records "ran without its document" on the deal whose
// meta lists the trigger, and ends, rather than passing for a run that found the plan busy.
import { dealOfTrigger } from '../../core/portfolio';
import { readPlan, type PlanReading } from '../plan/read-plan';
import { hasDocumentContext } from '../platform/document';
import { documentProperties } from '../platform/properties';
import { activeSpreadsheet, spreadsheetById } from '../platform/sheets';
import { metaWithCurrentTriggers } from './deal-triggers';
import { publishPlan } from './publish';
import { registryChanges } from './registry-changes';
import { openUserRegistry, saveChanges } from './registry-store';
import { failedRunWords, RAN_WITHOUT_DOCUMENT, runWords, type RunWords } from './run-outcome';

export const NO_DOCUMENT = 'no document';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface TickEvent {
  triggerUid?: unknown;
}

/**
 * `byId`, given only by the `--scope=spreadsheets` build, does the work without the document on
 * the file the deal's entry names for this trigger, opened by id.
 */
export function recordBackgroundRun<T extends string, U extends string = T>(
  e: TickEvent | undefined,
  work: () => T,
  byId?: (ss: Spreadsheet) => U,
): T | U | typeof NO_DOCUMENT {
  const triggerUid = typeof e?.triggerUid === 'string' ? e.triggerUid : null;
  if (!hasDocumentContext()) {
    if (typeof MAP_OPEN_BY_ID === 'boolean' && MAP_OPEN_BY_ID && byId && triggerUid !== null) {
      const spreadsheetId = dealOfTrigger(openUserRegistry().registry, triggerUid);
      if (spreadsheetId !== null) return recordById(triggerUid, spreadsheetId, byId);
    }
    console.error(
      `weeklyDigestTick: started without its spreadsheet (trigger ${triggerUid ?? 'unknown'}); nothing was checked or sent.`,
    );
    recordWithoutDocument(triggerUid);
    return NO_DOCUMENT;
  }
  let outcome: T;
  try {
    outcome = work();
  } catch (error) {
    record(triggerUid, failedRunWords(error));
    throw error;
  }
  record(triggerUid, runWords(outcome), TRIGGER_REMOVED.has(outcome));
  return outcome;
}

function recordById<U extends string>(
  triggerUid: string,
  spreadsheetId: string,
  byId: (ss: Spreadsheet) => U,
): U {
  let ss: Spreadsheet | null = null;
  let outcome: U;
  try {
    ss = spreadsheetById(spreadsheetId);
    outcome = byId(ss);
  } catch (error) {
    if (ss === null) recordWithoutDocument(triggerUid, failedRunWords(error));
    else record(triggerUid, failedRunWords(error), false, ss);
    throw error;
  }
  record(triggerUid, runWords(outcome), TRIGGER_REMOVED.has(outcome), ss);
  return outcome;
}

/** Outcomes after which the run removed its own trigger: the deal's meta must say so. */
const TRIGGER_REMOVED: ReadonlySet<string> = new Set(['retired', 'plan gone']);

/** `opened`: the file a run without its document opened by id (it had no document). */
function record(
  triggerUid: string | null,
  words: RunWords,
  triggersChanged = false,
  opened?: Spreadsheet,
): void {
  try {
    const ss = opened ?? activeSpreadsheet();
    const now = new Date();
    const run = { at: now.getTime(), ...words, hadDocument: opened === undefined, triggerUid };
    const reading = opened ? null : readQuietly(ss, now);
    const meta = triggersChanged
      ? metaWithCurrentTriggers({
          ss,
          customer: reading?.header.customer ?? '',
          timeZone: ss.getSpreadsheetTimeZone(),
          entry:
            openUserRegistry().registry.entries.find((e) => e.spreadsheetId === ss.getId()) ?? null,
        })
      : undefined;
    publishPlan({ ss, reading, now, run, meta });
  } catch (error) {
    console.error(`weeklyDigestTick: the run was not recorded: ${String(error)}`);
  }
}

function readQuietly(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date): PlanReading | null {
  try {
    return readPlan(ss, documentProperties(), now);
  } catch {
    return null;
  }
}

function recordWithoutDocument(
  triggerUid: string | null,
  words: RunWords = { ok: false, outcome: RAN_WITHOUT_DOCUMENT },
): void {
  try {
    if (triggerUid === null) return;
    const access = openUserRegistry();
    const spreadsheetId = dealOfTrigger(access.registry, triggerUid);
    if (spreadsheetId === null) {
      console.error(`weeklyDigestTick: no deal lists trigger ${triggerUid}.`);
      return;
    }
    const nowMs = Date.now();
    const changes = registryChanges({
      spreadsheetId,
      registry: access.registry,
      stored: access.props.all(),
      summary: null,
      run: { at: nowMs, ...words, hadDocument: false, triggerUid },
      nowMs,
    });
    saveChanges(access, changes, 'The hourly run');
  } catch (error) {
    console.error(`weeklyDigestTick: the run was not recorded: ${String(error)}`);
  }
}
