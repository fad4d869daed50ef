// The CLI's arguments, parsed into setup options and an ordered list of steps.
import { INTL_ZONES, type IntlZones } from '../intl-zones';
import { parseEditSpec } from '../ref';

export type Step =
  | { kind: 'now'; value: string }
  | { kind: 'advance'; value: string }
  | { kind: 'as'; user: string }
  | { kind: 'quota'; remaining: number }
  | { kind: 'edit'; sheetName: string; a1: string; text: string }
  | { kind: 'call'; name: string; args: unknown[] }
  | { kind: 'open'; authMode: 'NONE' | 'LIMITED' | 'FULL' }
  | { kind: 'spreadsheet'; name: string }
  | { kind: 'tz'; timeZone: string };

export interface CliPlan {
  workbook?: string;
  tz?: string;
  scriptTz?: string;
  code?: string;
  clockWithoutDocument: boolean;
  intlZones?: IntlZones;
  out?: string;
  summary: boolean;
  help: boolean;
  steps: Step[];
}

export const USAGE = `Usage: npm run --silent emulate -- [options and steps]

Runs a built Apps Script bundle in the local Apps Script emulator. Steps run in the order
given; the final state is printed as JSON (see dev/emulator/STATE.md).

Setup:
  --workbook FILE        start from a saved state (an earlier --out); default: a new spreadsheet
  --tz IANA              the time zone of spreadsheets this run creates (default America/New_York);
                         given again later, it applies to the spreadsheets --spreadsheet steps
                         after it create (the first --tz sets the first spreadsheet's zone)
  --script-tz IANA       the script's time zone (default: appsscript.json beside the bundle)
  --code FILE            the bundle; default ./dist/Code.js in the current directory, built
                         with \`npm run build\` there when it is missing
  --clock-without-document  time-driven triggers run with no active spreadsheet (no document
                         properties or lock); default: in the spreadsheet they were made in
  --intl-zones MODE      how the script's Intl.DateTimeFormat treats time zones: agree (default,
                         as Utilities.formatDate), ignore-zone (every zone as UTC) or hour-ahead
                         (the wall clock an hour late)
Steps:
  --spreadsheet NAME     switch to the spreadsheet called NAME, creating a blank one (zone: the
                         latest --tz, owner: the current user) when there is none; later steps
                         act on it (an existing one keeps its own zone)
  --now ISO              set the clock (no offset: wall time in the spreadsheet's zone); no trigger fires
  --advance 7d|36h|90m   move the clock forward, firing due time-driven triggers
  --as EMAIL             act as this user from here on (default owner@vendor.example)
  --quota N              the current user's remaining mail quota today
  --open [MODE]          open the spreadsheet: simple onOpen in NONE|LIMITED|FULL (default LIMITED)
  --edit 'SHEET!A1=TEXT' a user typing TEXT into a cell; fires the edit triggers
  --call NAME [--args 'JSON array']   call a global function of the bundle
Output:
  --out FILE             write the resulting state, every spreadsheet (the next run's --workbook)
  --summary              print a short summary (the spreadsheets, triggers, outbox...; its
                         "results" list every --call of this run: spreadsheet, result or error)
  --help                 this text`;

const AUTH_MODES = ['NONE', 'LIMITED', 'FULL'] as const;

export function parseArgs(argv: string[]): CliPlan {
  const plan: CliPlan = { summary: false, help: false, clockWithoutDocument: false, steps: [] };
  let i = 0;
  const value = (flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || (v.startsWith('--') && v.length > 2))
      throw new Error(`${flag} needs a value`);
    i += 1;
    return v;
  };
  for (; i < argv.length; i++) {
    const flag = argv[i];
    switch (flag) {
      case '--workbook':
        plan.workbook = value(flag);
        break;
      case '--tz': {
        const zone = value(flag);
        // The first is the setup zone; each one is also a step, for the spreadsheets after it.
        plan.tz ??= zone;
        plan.steps.push({ kind: 'tz', timeZone: zone });
        break;
      }
      case '--script-tz':
        plan.scriptTz = value(flag);
        break;
      case '--code':
        plan.code = value(flag);
        break;
      case '--clock-without-document':
        plan.clockWithoutDocument = true;
        break;
      case '--intl-zones': {
        const mode = value(flag);
        const known = INTL_ZONES.find((m) => m === mode);
        if (!known) throw new Error(`--intl-zones needs one of ${INTL_ZONES.join(', ')}`);
        plan.intlZones = known;
        break;
      }
      case '--spreadsheet':
        plan.steps.push({ kind: 'spreadsheet', name: value(flag) });
        break;
      case '--out':
        plan.out = value(flag);
        break;
      case '--summary':
        plan.summary = true;
        break;
      case '--help':
      case '-h':
        plan.help = true;
        break;
      case '--now':
        plan.steps.push({ kind: 'now', value: value(flag) });
        break;
      case '--advance':
        plan.steps.push({ kind: 'advance', value: value(flag) });
        break;
      case '--as':
        plan.steps.push({ kind: 'as', user: value(flag) });
        break;
      case '--quota': {
        const n = Number(value(flag));
        if (!Number.isInteger(n) || n < 0) throw new Error('--quota needs a whole number >= 0');
        plan.steps.push({ kind: 'quota', remaining: n });
        break;
      }
      case '--open': {
        const next = argv[i + 1]?.toUpperCase();
        const authMode = AUTH_MODES.find((m) => m === next);
        if (authMode) i += 1;
        plan.steps.push({ kind: 'open', authMode: authMode ?? 'LIMITED' });
        break;
      }
      case '--edit':
        plan.steps.push({ kind: 'edit', ...parseEditSpec(value(flag)) });
        break;
      case '--call':
        plan.steps.push({ kind: 'call', name: value(flag), args: [] });
        break;
      case '--args': {
        const last = plan.steps[plan.steps.length - 1];
        if (!last || last.kind !== 'call') throw new Error('--args must follow --call NAME');
        let parsed: unknown;
        try {
          parsed = JSON.parse(value(flag));
        } catch (e) {
          throw new Error(`--args is not JSON: ${(e as Error).message}`);
        }
        if (!Array.isArray(parsed)) throw new Error('--args must be a JSON array');
        last.args = parsed;
        break;
      }
      default:
        throw new Error(`Unknown option ${flag} (see --help)`);
    }
  }
  return plan;
}
