// The `--scope=spreadsheets` build's way out should Google start an add-on's hourly trigger
// without its spreadsheet: the tick opens the plan by id (SpreadsheetApp.openById) and reads
// the schedule from the owner's copy. Run in the emulator with its no-document switch, on the
// same world the default build made; the default build's own record of such a run ("ran
// without its document") is tested in test/e2e/portfolio/background-cli.test.ts.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator } from '../../../dev/emulator';
import type { PortfolioJson, SendReportJson } from '../../../src/shared/api';
import { APPROVED, CHAMPION_ROW, OWNER, TWO_SELLERS, WEEKLY, world } from '../../support/world';

const root = join(__dirname, '../../..');
let dir: string;

/** The add-on as `npm run build -- --scope=spreadsheets` builds it, into `dir`. */
function buildWithScope(): void {
  const script = `import { build } from ${JSON.stringify(join(root, 'build.mjs'))};
await build({ quiet: true, scope: 'spreadsheets', dist: ${JSON.stringify(dir)} });`;
  const done = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  if (done.status !== 0) throw new Error(done.stderr);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'map-scope-build-'));
  buildWithScope();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A plan with the champion on the Stakeholders tab, Monday 12 October 08:30, New York. */
function planWorld(options: { digest?: boolean } = {}) {
  return world({
    now: '2026-10-12T08:30:00',
    plan: TWO_SELLERS,
    stakeholders: [CHAMPION_ROW],
    ...(options.digest ? { digest: WEEKLY } : {}),
  }).em;
}

/** The same world run by another bundle, its clock triggers started without the document. */
function withoutDocument(em: Emulator, codePath = join(dir, 'Code.js')): Emulator {
  return Emulator.fromState(em.toState(), { codePath, clockTriggersWithoutDocument: true }).load();
}

function recipients(em: Emulator): string[] {
  return em.outbox.flatMap((m) => m.to).sort();
}

function ticks(runs: ReturnType<Emulator['advance']>) {
  return runs.filter((r) => r.execution.functionName === 'weeklyDigestTick');
}

describe('the --scope=spreadsheets build, its hourly run without the document', () => {
  it('delivers the weekly email exactly once, and "send now" with the document finds it sent', () => {
    const em = withoutDocument(planWorld());
    em.call('configureWeeklyDigest', WEEKLY);

    const first = ticks(em.advance('1h'));
    expect(first.map((r) => [r.ok, r.value])).toEqual([[true, 'delivered']]);
    expect(recipients(em)).toEqual([...APPROVED].sort());
    expect(em.counts()['SpreadsheetApp.openById']).toBe(1);

    const later = ticks(em.advance('5h'));
    expect(later.map((r) => r.value)).toEqual(Array(5).fill('not due'));
    expect(recipients(em)).toHaveLength(APPROVED.length);

    // The owner, in the file: the copy's ledger is folded back before anything is read.
    const report = em.call('sendWeeklyDigestNow') as SendReportJson;
    expect(report.sent).toEqual([]);
    expect([...report.alreadySent].sort()).toEqual([...APPROVED].sort());
    expect(recipients(em)).toHaveLength(APPROVED.length);

    // Your deals says the run went well, and that it ran without its document.
    const deals = em.call('getPortfolio') as PortfolioJson;
    expect(deals.deals[0]?.background).toMatchObject({ ok: true, hadDocument: false });
  });

  it('keeps a schedule the default build made: the owner opening the plan once makes the copy', () => {
    const em = withoutDocument(planWorld({ digest: true }));

    const before = ticks(em.advance('1h'));
    expect(before.map((r) => r.value)).toEqual(['no copy']);
    expect(em.outbox).toHaveLength(0);

    em.call('getSidebarState');
    const after = ticks(em.advance('1h'));
    expect(after.map((r) => r.value)).toEqual(['delivered']);
    expect(recipients(em)).toEqual([...APPROVED].sort());
  });

  it('cannot open the plan by id without the spreadsheets scope in the manifest', () => {
    const narrow = mkdtempSync(join(tmpdir(), 'map-scope-narrow-'));
    try {
      copyFileSync(join(dir, 'Code.js'), join(narrow, 'Code.js'));
      copyFileSync(join(dir, 'Sidebar.html'), join(narrow, 'Sidebar.html'));
      // The manifest of the default build: without the spreadsheets scope.
      copyFileSync(join(root, 'appsscript.json'), join(narrow, 'appsscript.json'));
      const em = withoutDocument(planWorld({ digest: true }), join(narrow, 'Code.js'));
      // The owner's copy exists (made by the sidebar), so the run gets as far as openById.
      em.as(OWNER).call('getSidebarState');
      const [run] = ticks(em.advance('1h'));
      expect(run?.ok).toBe(false);
      expect(run?.error?.message).toMatch(
        /permission to call SpreadsheetApp\.openById.*auth\/spreadsheets$/,
      );
      expect(em.outbox).toHaveLength(0);
    } finally {
      rmSync(narrow, { recursive: true, force: true });
    }
  });
});
