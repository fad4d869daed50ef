// The hostile corpus (markup, script, header injection, control and direction characters,
// emoji, formula-looking text, 10,000-character values) typed into a real plan as step names,
// owners, notes, dates and stakeholder names and emails, then shown by the BUILT sidebar in real
// Chromium with every google.script.run call answered by the emulated add-on. Nothing may run
// (no dialog, no page error, no request), no element or attribute may come from the data, and
// the 300 px sidebar may not grow a horizontal scroll.
import type { Browser, Page } from 'playwright-core';
import { HOSTILE_STRINGS } from '../support/hostile-strings';
import { addUnapprovedStakeholder } from './mailbox';
import type { RowSpec } from './messy-plan';
import {
  freshWorld,
  type HostileWorld,
  OWNER,
  PROSPECT,
  STAKEHOLDERS,
  TODAY,
} from '../support/world';
import { removeValidation, writeMessyPlan } from './write-plan';
import {
  describeInBrowser,
  browserSuite,
  openSidebar,
  type SidebarSession,
} from '../support/browser';
import { eventually, noticeSays } from '../browser/wait';

jest.setTimeout(180_000);

// Each batch is one world and three screens: fewer, larger batches push the same strings through.
const BATCH = 16;
/** The corpus opens with this many strings of plain markup, each shown verbatim. */
const MARKUP_FIRST = 8;
/** Sub-pixel rounding aside, nothing may be wider than the sidebar. */
const MAX_WIDTH = 300 + 1;

function addDays(days: number): string {
  const [y, m, d] = TODAY.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Typed with a leading apostrophe, a cell holds exactly the text, formulas included. */
const asText = (s: string) => `'${s}`;

/** Four rows per string, so it shows as a late step, an uncommitted one, a due one and a warning. */
function rowsFor(strings: readonly string[]): RowSpec[] {
  return strings.flatMap((s, j) => {
    const t = asText(s);
    const cells = [
      [String(j), 'Phase', t, 'Joint', t, t, addDays(-5), 'In progress', '', '', '', t],
      [String(j), t, t, 'Vendor', '', '', '', 'Not started', '', '', '', ''],
      ['', '', t, 'Prospect', 'Dana', '', addDays(2), 'Not started', '', '', '', ''],
      ['', '', `Date check ${j}`, 'Joint', 'Dana', '', t, 'Not started', '', '', '', ''],
    ];
    return cells.map((c) => ({ blank: false, cells: c, defects: [] }));
  });
}

function worldFor(strings: readonly string[]): HostileWorld {
  const world = freshWorld();
  const { em } = world;
  writeMessyPlan(world, { rows: rowsFor(strings), ops: [] });
  const people = strings.flatMap((s, j) => [
    [asText(s), asText(s), 'Prospect', asText(s), 'TRUE'],
    [asText(s), `person${j}@vendor.example`, 'Vendor', 'SE', 'TRUE'],
  ]);
  const from = em.workbook.requireSheet(STAKEHOLDERS).lastRow() + 1;
  removeValidation(em, STAKEHOLDERS, from, people.length, 5);
  em.as(PROSPECT).paste(`${STAKEHOLDERS}!A${from}`, people);
  em.as(OWNER);
  addUnapprovedStakeholder(em);
  return world;
}

interface DomFacts {
  tags: string[];
  attributes: string[];
  handlers: string[];
  /** URL attributes holding a script or data URL. */
  javascriptUrls: string[];
  scripts: number;
  widths: number[];
}

async function domFacts(page: Page): Promise<DomFacts> {
  return page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'));
    const attrs = (e: Element) => Array.from(e.attributes);
    return {
      tags: [...new Set(all.map((e) => e.tagName.toLowerCase()))].sort(),
      attributes: [...new Set(all.flatMap((e) => attrs(e).map((a) => a.name)))].sort(),
      handlers: all.flatMap((e) =>
        attrs(e)
          .filter((a) => /^on/i.test(a.name))
          .map((a) => `${e.tagName}.${a.name}`),
      ),
      javascriptUrls: all.flatMap((e) =>
        attrs(e)
          .filter((a) =>
            /^(href|src|action|formaction|xlink:href|poster|background|cite)$/i.test(a.name),
          )
          .filter((a) => /^\s*(javascript|vbscript|data):/i.test(a.value))
          .map((a) => `${e.tagName}.${a.name}`),
      ),
      scripts: document.scripts.length,
      widths: [document.documentElement.scrollWidth, document.body.scrollWidth],
    };
  });
}

interface Screens {
  status: DomFacts;
  email: DomFacts;
  preview: DomFacts;
}

/** Opens the sidebar on `world` and walks it: status, weekly email, the email preview. */
async function walk(
  browser: Browser,
  world: HostileWorld,
): Promise<{ screens: Screens; session: SidebarSession }> {
  const session = await openSidebar({
    browser,
    handler: (name, args) => world.em.call(name, ...args),
  });
  const { page } = session;
  await page.getByRole('heading', { name: 'Plan status' }).waitFor();
  const status = await domFacts(page);
  await page.getByRole('tab', { name: 'Weekly email' }).click();
  await page.getByRole('heading', { name: 'Weekly email' }).waitFor();
  const email = await domFacts(page);
  await page.getByRole('button', { name: 'Preview' }).click();
  await noticeSays(page, /Preview ready/);
  // The email's own document, fully loaded: whatever it could run or fetch has been tried.
  const emailBody = page.frameLocator('iframe.email-preview__frame').locator('body');
  await eventually(async () =>
    expect(
      await emailBody.evaluate(
        (body) => body.ownerDocument.readyState === 'complete' && body.childElementCount > 0,
      ),
    ).toBe(true),
  );
  const preview = await domFacts(page);
  return { screens: { status, email, preview }, session };
}

const BATCHES: string[][] = [];
for (let i = 0; i < HOSTILE_STRINGS.length; i += BATCH)
  BATCHES.push(HOSTILE_STRINGS.slice(i, i + BATCH));
const HARMLESS = Array.from({ length: BATCH }, (_, i) => `Plain text ${i}`);

describeInBrowser('the hostile corpus in the sidebar, served by the emulated add-on', () => {
  const suite = browserSuite();
  let baseline: Screens;

  beforeAll(async () => {
    const { screens, session } = await walk(suite.browser(), worldFor(HARMLESS));
    await session.close();
    baseline = screens;
  });

  it('has at least 50 strings to push through', () => {
    expect(HOSTILE_STRINGS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(BATCHES.map((b, i) => [i + 1, BATCHES.length, b] as const))(
    'batch %i of %i: nothing runs, nothing from the data becomes markup, nothing is wider than 300 px',
    async (batch, _n, strings) => {
      const { screens, session } = await walk(suite.browser(), worldFor(strings));
      try {
        for (const screen of ['status', 'email', 'preview'] as const) {
          const facts = screens[screen];
          const seen = baseline[screen];
          expect({ screen, extraTags: facts.tags.filter((t) => !seen.tags.includes(t)) }).toEqual({
            screen,
            extraTags: [],
          });
          expect({
            screen,
            extraAttributes: facts.attributes.filter((a) => !seen.attributes.includes(a)),
          }).toEqual({
            screen,
            extraAttributes: [],
          });
          expect({ screen, handlers: facts.handlers, urls: facts.javascriptUrls }).toEqual({
            screen,
            handlers: [],
            urls: [],
          });
          expect({ screen, scripts: facts.scripts }).toEqual({ screen, scripts: seen.scripts });
          expect({ screen, tooWide: facts.widths.filter((w) => w > MAX_WIDTH) }).toEqual({
            screen,
            tooWide: [],
          });
        }
        // The first batch opens with plain markup: each such string is shown, as text, verbatim.
        if (batch === 1) {
          const text = await session.page.evaluate(() => document.body.innerText);
          expect(strings.slice(0, MARKUP_FIRST).filter((s) => !text.includes(s))).toEqual([]);
        }
      } finally {
        await session.close();
      }
      // Looked at once the page is closed: the lists then hold all it did, with no pause to guess.
      expect(session.dialogs).toEqual([]);
      expect(session.errors).toEqual([]);
      expect(session.requests).toEqual([]);
    },
  );
});
