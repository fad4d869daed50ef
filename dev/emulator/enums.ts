// Apps Script enums are objects whose values print as their names. The emulator uses the names
// themselves (strings): they compare with === across realms, survive JSON, and print the same.
// The one cast lives here, where the TypeScript enum types of @types/google-apps-script meet them.

export function enumOf<E>(names: readonly string[]): E {
  const out: Record<string, string> = {};
  for (const name of names) out[name] = name;
  return Object.freeze(out) as unknown as E;
}

/** The name of an enum value as the emulator stores it. */
export function enumName(value: unknown): string {
  return String(value);
}
