// Splits Node CPU time between the add-on's own JavaScript and the emulator standing in for
// Google's services. In Apps Script a getValues of 5,000 rows costs the script one round trip,
// not the CPU of the spreadsheet engine answering it; here HyperFormula answers in-process, so
// without this split every budget on the add-on's CPU would mostly measure the emulator.
//
// The emulator's Boundary wraps every service method in one place; this patches that place to
// accumulate the CPU spent inside each outermost service call (host work and the conversion of
// its arguments and result between realms). The patch is installed once per process and costs
// one process.cpuUsage() pair per call.
import { Boundary } from '../emulator/counting';

type MethodFactory = (
  target: object,
  kind: string,
  name: string,
  fn: (...a: unknown[]) => unknown,
) => (...args: unknown[]) => unknown;

interface Patchable {
  method: MethodFactory;
}

let hostMicros = 0;
let depth = 0;
let installed = false;

function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

export function installHostTimer(): void {
  if (installed) return;
  const proto = Boundary.prototype as unknown as Patchable;
  const original = proto.method;
  if (typeof original !== 'function') {
    throw new Error('The emulator Boundary no longer has method(): update dev/bench/host-time.ts');
  }
  proto.method = function patched(this: unknown, target, kind, name, fn) {
    const inner = original.call(this, target, kind, name, fn);
    return {
      [name]: (...args: unknown[]) => {
        // Only the outermost call: a service that calls another service is one round trip.
        if (depth > 0) return inner(...args);
        depth += 1;
        const start = cpuMicros();
        try {
          return inner(...args);
        } finally {
          hostMicros += cpuMicros() - start;
          depth -= 1;
        }
      },
    }[name];
  };
  installed = true;
}

/** CPU microseconds spent inside service calls since the process started. */
export function hostCpuMicros(): number {
  return hostMicros;
}
