// One measurement: what a piece of work cost in service calls (by Service.method, from the
// emulator's counter), in simulated Apps Script time, and in Node CPU split between the
// add-on's JavaScript and the emulator answering its calls.
import type { Emulator } from '../emulator';
import { hostCpuMicros } from './host-time';

export interface Measurement {
  calls: Record<string, number>;
  totalCalls: number;
  simulatedMs: number;
  /** Node CPU of the whole call, emulator included. */
  cpuMs: number;
  /** Node CPU of the add-on's own JavaScript: cpuMs minus the time inside service calls. */
  scriptCpuMs: number;
}

export function sumCalls(calls: Record<string, number>): number {
  return Object.values(calls).reduce((a, b) => a + b, 0);
}

/** Measures `work`; `emulator()` is asked after it, as work may run on a fresh emulator. */
export function measure(emulator: () => Emulator, work: () => void): Measurement {
  emulator().resetCounts();
  const hostBefore = hostCpuMicros();
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  const host = hostCpuMicros() - hostBefore;
  const em = emulator();
  const calls = em.counts();
  const cpu = used.user + used.system;
  return {
    calls,
    totalCalls: sumCalls(calls),
    simulatedMs: em.simulatedMs(),
    cpuMs: round(cpu / 1000),
    scriptCpuMs: round(Math.max(0, cpu - host) / 1000),
  };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
