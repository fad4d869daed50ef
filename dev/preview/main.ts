// `npm start`: build the add-on, then run it on an embedded spreadsheet at http://localhost:PORT/.
// See args.ts for the options.
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { parseArgs, USAGE } from './args';
import { buildAddOn, buildPage, ROOT } from './build';
import { loadDemo } from './demo';
import { createPreviewServer } from './server';
import { PreviewSession } from './session';

export interface Preview {
  url: string;
  port: number;
  session: PreviewSession;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Where progress goes, a line at a time. Default: the console. */
  log?: (line: string) => void;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new Error(
            `Port ${port} is already in use: another preview (or another program) is running there.\n` +
              `Stop it, or start on another port: npm start -- --port ${port + 1}`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(new Error(`Port ${port} needs special rights here; try npm start -- --port 4173`));
      } else reject(error);
    };
    server.once('error', onError);
    // Localhost only: the preview runs code and keeps files; it is not for the network.
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

export async function startPreview(argv: string[], options: StartOptions = {}): Promise<Preview> {
  const log = options.log ?? ((line: string) => console.log(line));
  const args = parseArgs(argv, ROOT);
  let session: PreviewSession | null = null;
  const play = (demo: boolean) => {
    if (!session) return;
    if (demo) loadDemo(session);
    else session.fresh();
  };
  const preview = createPreviewServer(play);
  // Before any build, so a taken port is reported at once.
  const port = await listen(preview.server, args.port);
  const url = `http://localhost:${port}/`;
  const close = () =>
    new Promise<void>((resolve) => {
      preview.server.closeAllConnections();
      preview.server.close(() => resolve());
    });
  try {
    const step = async <T>(label: string, work: () => Promise<T> | T): Promise<T> => {
      const started = Date.now();
      log(`${label}…`);
      preview.progress(`${label}…`);
      const result = await work();
      log(`  done in ${seconds(started)}`);
      return result;
    };
    // The add-on is built into the preview's own folder: dist/ is left to `npm run build`.
    const addOn = await step('Building the add-on (src/ → Code.js, Sidebar.html)', () =>
      buildAddOn(join(dirname(args.stateFile), 'addon')),
    );
    const assets = await step('Building the preview page', buildPage);
    const live = new PreviewSession(args.stateFile, addOn.codePath);
    if (args.demo) {
      await step('Playing the demo deal through the add-on (about four weeks)', () =>
        loadDemo(live, (week) => {
          log(`  ${week}`);
          preview.progress(`Playing the demo deal through the add-on: ${week}…`);
        }),
      );
    } else {
      const how = await step('Opening the spreadsheet', () => live.start({ reset: args.reset }));
      log(
        how === 'resumed'
          ? `  resumed from ${args.stateFile} (--reset starts empty, --demo plays a deal)`
          : '  an empty spreadsheet: open Extensions → Mutual Action Plan → Create plan…',
      );
    }
    session = live;
    preview.ready(live, assets);
    return { url, port, session: live, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function main(argv: string[]): Promise<void> {
  if (parseArgs(argv, ROOT).help) {
    console.log(USAGE);
    return;
  }
  const { url } = await startPreview(argv);
  console.log(`\nMutual Action Plan preview: ${url}\n(saved as you go; Ctrl+C to stop)`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: Error) => {
    console.error(`\n${error.message}`);
    process.exit(1);
  });
}
