// Worlds (an emulator state after createPlan and friends) saved as state JSON for the length of
// one jest run: the root jest config names this file as its globalSetup and its globalTeardown.
// The first call makes a folder and hands it to the workers (they inherit the environment); the
// second removes it. world.ts builds each distinct world once per run into it, and per test file
// in memory when there is no folder (a test file run outside this config).
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const WORLD_CACHE_ENV = 'MAP_WORLD_CACHE';

export default async function worldCache(): Promise<void> {
  const dir = process.env[WORLD_CACHE_ENV];
  if (dir) {
    delete process.env[WORLD_CACHE_ENV];
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  process.env[WORLD_CACHE_ENV] = mkdtempSync(join(tmpdir(), 'map-worlds-'));
}

const inMemory = new Map<string, string>();

/** A short, file-name-safe key for anything JSON can say. */
export function cacheKey(parts: unknown): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('hex');
}

/** The text saved under `key`, made by `make` the first time this run (or this file) asks. */
export function cached(key: string, make: () => string): string {
  const hit = inMemory.get(key);
  if (hit !== undefined) return hit;
  const dir = process.env[WORLD_CACHE_ENV];
  const file = dir && existsSync(dir) ? join(dir, `${key}.json`) : null;
  let text: string;
  if (file && existsSync(file)) {
    text = readFileSync(file, 'utf8');
  } else {
    text = make();
    if (file) {
      // Another worker may be writing the same world: a rename never leaves half a file.
      const partial = `${file}.${process.pid}`;
      writeFileSync(partial, text);
      renameSync(partial, file);
    }
  }
  inMemory.set(key, text);
  return text;
}
