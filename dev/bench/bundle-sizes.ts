// The sizes of what Apps Script receives. Apps Script evaluates all of Code.js on every
// execution (every trigger run, every sidebar call), so its size is paid on each of them.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const CODE_JS = join(ROOT, 'dist', 'Code.js');
export const SIDEBAR_HTML = join(ROOT, 'dist', 'Sidebar.html');

export interface BundleSizes {
  codeJsBytes: number;
  sidebarHtmlBytes: number;
}

export function bundleSizes(): BundleSizes {
  for (const file of [CODE_JS, SIDEBAR_HTML]) {
    if (!existsSync(file)) throw new Error(`${file} does not exist: run npm run build first`);
  }
  return { codeJsBytes: statSync(CODE_JS).size, sidebarHtmlBytes: statSync(SIDEBAR_HTML).size };
}
