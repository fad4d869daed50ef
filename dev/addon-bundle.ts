// This repository's built add-on (`node build.mjs` writes it). The emulator runs whatever bundle
// it is given; the tests, the benchmark and the scripts give it this one.
import { join } from 'node:path';

export const ADDON_CODE_PATH = join(__dirname, '..', 'dist', 'Code.js');
