// The emulator's command as a process: `tsx dev/emulator/cli/bin.ts [options and steps]`.
import { main } from './main';

process.exitCode = main(process.argv.slice(2));
