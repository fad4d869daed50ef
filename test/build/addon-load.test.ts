// The built add-on (dist/Code.js, built by `npm test` before jest runs) inside the emulator.
// https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle (AuthMode.NONE)
// https://developers.google.com/apps-script/guides/menus
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ADDON_CODE_PATH } from '../../dev/addon-bundle';
import { Emulator } from '../../dev/emulator';

const dist = dirname(ADDON_CODE_PATH);

describe('dist/Code.js in the emulator', () => {
  beforeAll(() => {
    if (!existsSync(ADDON_CODE_PATH)) throw new Error('dist/ is missing: run npm run build');
  });

  const emulator = () =>
    new Emulator({
      codePath: ADDON_CODE_PATH,
      now: '2024-03-04T09:00',
      timeZone: 'America/New_York',
    }).load();

  it('loads without touching a service and declares the public functions', () => {
    const emu = emulator();
    expect(emu.globalFunctions()).toEqual(
      expect.arrayContaining(['onOpen', 'onInstall', 'showSidebar']),
    );
    expect(emu.counts()).toEqual({});
  });

  it('builds the add-on menu in AuthMode.NONE using only the Ui', () => {
    const emu = emulator();
    const [run] = emu.open({ authMode: 'NONE' });
    expect(run.error).toBeUndefined();
    const menu = emu.ui.state.menus.find((m) => m.caption === null);
    expect(menu?.items).toEqual(
      expect.arrayContaining([
        { type: 'item', caption: 'Open sidebar', functionName: 'showSidebar' },
      ]),
    );
    for (const key of Object.keys(emu.counts())) {
      expect(key).toMatch(/^(SpreadsheetApp\.getUi|Ui\.create(Addon)?Menu|Menu\.\w+)$/);
    }
    // Every menu item names a function the bundle declares.
    const names = emu.globalFunctions();
    for (const item of menu?.items ?? []) {
      if (item.type === 'item') expect(names).toContain(item.functionName);
    }
  });

  it('runs onInstall in AuthMode.FULL like onOpen', () => {
    const emu = emulator();
    emu.call('onInstall', { authMode: 'FULL' });
    expect(emu.ui.state.menus.some((m) => m.caption === null)).toBe(true);
  });

  it('shows dist/Sidebar.html as the sidebar', () => {
    const emu = emulator();
    emu.call('showSidebar');
    expect(emu.ui.state.sidebar?.width).toBe(300);
    expect(emu.ui.state.sidebar?.content).toBe(readFileSync(join(dist, 'Sidebar.html'), 'utf8'));
    expect(emu.counts()['HtmlService.createHtmlOutputFromFile']).toBe(1);
  });
});
