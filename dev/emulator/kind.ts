// Every emulated service object says which Apps Script class it stands for, so the runtime can
// count its calls as `Class.method` and refuse methods it does not emulate.
export const KIND = Symbol.for('map-emulator.kind');

export interface Kinded {
  readonly [KIND]: string;
}

export function notEmulated(kind: string, member: string): Error {
  return new Error(`not emulated: ${kind}.${member}`);
}
