// `npm start`: build the add-on, then run it on an embedded spreadsheet at http://localhost:PORT.
//   --port N   listen on N (default 4173)
//   --reset    start from an empty spreadsheet (the saved state is discarded)
//   --demo     start from a plan in the middle of a deal
//   --state F  where the spreadsheet is saved (default .preview/state.json)
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDemo } from './demo';
import { createPreviewServer } from './server';
import { PreviewSession } from './session';

const root = resolve(__dirname, '..', '..');

interface Args {
  port: number;
  reset: boolean;
  demo: boolean;
  stateFile: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    port: 4173,
    reset: false,
    demo: false,
    stateFile: join(root, '.preview', 'state.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--reset') args.reset = true;
    else if (flag === '--demo') args.demo = true;
    else if (flag === '--port') args.port = Number(argv[++i]);
    else if (flag === '--state') args.stateFile = resolve(argv[++i]);
    else throw new Error(`Unknown option ${flag} (use --port N, --reset, --demo, --state FILE)`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535)
    throw new Error('--port needs a number from 0 to 65535');
  return args;
}

async function buildPage(): Promise<{ html: string; script: string; style: string }> {
  const dir = join(__dirname, 'page');
  const script = await esbuild.build({
    entryPoints: [join(dir, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'warning',
  });
  return {
    html: readFileSync(join(dir, 'index.html'), 'utf8'),
    script: script.outputFiles[0].text,
    style: readFileSync(join(dir, 'styles.css'), 'utf8'),
  };
}

export async function startPreview(
  argv: string[],
): Promise<{ url: string; close: () => Promise<void> }> {
  const args = parseArgs(argv);
  process.stdout.write('Building the add-on (dist/)… ');
  const { build } = (await import(pathToFileURL(join(root, 'build.mjs')).href)) as {
    build: (o: { quiet: boolean }) => Promise<string[]>;
  };
  await build({ quiet: true });
  process.stdout.write('done\nBuilding the preview page… ');
  const assets = await buildPage();
  process.stdout.write('done\n');

  const session = new PreviewSession(args.stateFile);
  const reset = (demo: boolean) => {
    if (demo) loadDemo(session);
    else session.fresh();
  };
  if (args.demo) {
    process.stdout.write('Playing the demo deal… ');
    loadDemo(session);
    process.stdout.write('done\n');
  } else {
    const how = session.start({ reset: args.reset });
    console.log(
      how === 'resumed'
        ? `Resumed from ${args.stateFile} (--reset starts empty)`
        : 'Started with an empty spreadsheet',
    );
  }

  const server = createPreviewServer(session, assets, reset);
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new Error(
            `Port ${args.port} is already in use. Stop the other server or run: npm start -- --port ${args.port + 1}`,
          ),
        );
      } else reject(error);
    });
    server.listen(args.port, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : args.port;
  const url = `http://localhost:${port}/`;
  return { url, close: () => new Promise((r) => server.close(() => r())) };
}

if (require.main === module) {
  startPreview(process.argv.slice(2))
    .then(({ url }) => console.log(`\nMutual Action Plan preview: ${url}\n(Ctrl+C to stop)`))
    .catch((error: Error) => {
      console.error(`\n${error.message}`);
      process.exit(1);
    });
}
