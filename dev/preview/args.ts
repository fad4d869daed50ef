// The command line of `npm start`.
import { join, resolve } from 'node:path';

export const DEFAULT_PORT = 4173;

export interface PreviewArgs {
  port: number;
  reset: boolean;
  demo: boolean;
  stateFile: string;
  help: boolean;
}

export const USAGE = `Usage: npm start -- [options]

Builds the add-on and runs it on a local, emulated spreadsheet at http://localhost:PORT/.
Files (top left) switches to another spreadsheet or makes a new one, as opening it in Sheets
would (its onOpen builds the menu; the sidebar closes); every spreadsheet is saved together.

  --port N      listen on port N (default ${DEFAULT_PORT}; 0 picks a free port)
  --demo        start from a plan in the middle of a deal (replaces the saved spreadsheets)
  --reset       start from an empty spreadsheet (discards the saved ones)
  --state FILE  where the spreadsheets are saved (default .preview/state.json)
  --help        this text`;

function valueOf(argv: string[], i: number, flag: string): string {
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
  return value;
}

/** `root` anchors the default state file, so `npm start` finds it from any directory. */
export function parseArgs(argv: string[], root: string): PreviewArgs {
  const args: PreviewArgs = {
    port: DEFAULT_PORT,
    reset: false,
    demo: false,
    stateFile: join(root, '.preview', 'state.json'),
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    // `--port=4180` is as common as `--port 4180`.
    const [name, inline] =
      flag.startsWith('--') && flag.includes('=') ? flag.split(/=(.*)/) : [flag];
    const value = () => (inline !== undefined ? inline : valueOf(argv, i++, name));
    if (name === '--reset') args.reset = true;
    else if (name === '--demo') args.demo = true;
    else if (name === '--help' || name === '-h') args.help = true;
    else if (name === '--port') {
      const text = value();
      args.port = /^\d+$/.test(text) ? Number(text) : NaN;
      if (!(args.port >= 0 && args.port <= 65535))
        throw new Error(`--port needs a number from 0 to 65535, not "${text}"`);
    } else if (name === '--state') args.stateFile = resolve(value());
    else throw new Error(`Unknown option ${flag}\n\n${USAGE}`);
  }
  if (args.demo && args.reset) throw new Error('Use --demo or --reset, not both');
  return args;
}
