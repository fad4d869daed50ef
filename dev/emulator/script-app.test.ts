// https://developers.google.com/apps-script/reference/script/script-app
// https://developers.google.com/apps-script/guides/triggers/installable (add-ons: at most hourly)
// https://developers.google.com/workspace/add-ons/concepts/editor-triggers (one of each type per user per document)
import {
  ADDON_HOURLY_ONLY,
  MAX_TRIGGERS_PER_USER,
  ScriptApp,
  tooManyOfType,
  TOO_MANY_TRIGGERS,
  type ScriptAppContext,
} from './script-app';
import { TriggerRegistry } from './triggers';

const SEND_MAIL = 'https://www.googleapis.com/auth/script.send_mail';
const CURRENT_ONLY = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
const ALL_SHEETS = 'https://www.googleapis.com/auth/spreadsheets';

/** `manifestScopes` null: a manifest without oauthScopes. */
function setup(addOn = true, manifestScopes: string[] | null = [SEND_MAIL, CURRENT_ONLY]) {
  const registry = new TriggerRegistry();
  let user = 'owner@vendor.example';
  let doc = 'sheet-1';
  const context: ScriptAppContext = {
    effectiveUser: () => user,
    documentId: () => doc,
    now: () => Date.UTC(2024, 2, 4, 12),
    scriptTimeZone: () => 'Etc/UTC',
    scriptId: () => 'script-1',
    isAddOn: () => addOn,
    isAuthorized: (u) => u === 'owner@vendor.example',
    manifestScopes: () => manifestScopes ?? undefined,
  };
  const ss = { getId: () => doc };
  return {
    app: new ScriptApp(registry, context),
    registry,
    ss,
    as: (u: string) => (user = u),
    inDoc: (d: string) => (doc = d),
  };
}

describe('ScriptApp triggers', () => {
  it('creates clock and spreadsheet triggers with the real getters', () => {
    const { app, ss } = setup();
    const clock = app
      .newTrigger('tick')
      .timeBased()
      .onWeekDay(app.WeekDay.MONDAY)
      .atHour(9)
      .nearMinute(30)
      .inTimezone('America/New_York')
      .create();
    expect(clock.getHandlerFunction()).toBe('tick');
    expect(clock.getEventType()).toBe(app.EventType.CLOCK);
    expect(clock.getTriggerSource()).toBe(app.TriggerSource.CLOCK);
    expect(clock.getTriggerSourceId()).toBeNull();
    const edit = app.newTrigger('onPlanEdit').forSpreadsheet(ss).onEdit().create();
    expect(edit.getEventType()).toBe('ON_EDIT');
    expect(edit.getTriggerSource()).toBe('SPREADSHEETS');
    expect(edit.getTriggerSourceId()).toBe('sheet-1');
    expect(edit.getUniqueId()).not.toBe(clock.getUniqueId());
    expect(app.getUserTriggers(ss).map((t) => t.getHandlerFunction())).toEqual([
      'tick',
      'onPlanEdit',
    ]);
  });

  it('shows each user only their own triggers, and lets only the owner delete', () => {
    const { app, ss, as } = setup();
    const mine = app.newTrigger('a').timeBased().everyHours(1).create();
    as('other@vendor.example');
    expect(app.getProjectTriggers()).toEqual([]);
    app.deleteTrigger(mine);
    as('owner@vendor.example');
    expect(app.getProjectTriggers()).toHaveLength(1);
    app.deleteTrigger(app.getUserTriggers(ss)[0]);
    expect(app.getProjectTriggers()).toEqual([]);
  });

  it('enforces one trigger of each type per user per document for add-ons', () => {
    const { app, ss, as, inDoc } = setup();
    app.newTrigger('a').timeBased().everyHours(1).create();
    expect(() => app.newTrigger('b').timeBased().everyDays(1).atHour(3).create()).toThrow(
      tooManyOfType('CLOCK'),
    );
    expect(tooManyOfType('CLOCK')).toBe(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    app.newTrigger('e').forSpreadsheet(ss).onEdit().create();
    expect(() => app.newTrigger('e2').forSpreadsheet(ss).onEdit().create()).toThrow(
      tooManyOfType('ON_EDIT'),
    );
    as('other@vendor.example');
    app.newTrigger('a').timeBased().everyHours(1).create();
    as('owner@vendor.example');
    inDoc('sheet-2');
    app.newTrigger('a').timeBased().everyHours(1).create();
  });

  it('refuses minute-level clock triggers for add-ons only', () => {
    expect(() => setup(true).app.newTrigger('a').timeBased().everyMinutes(30).create()).toThrow(
      ADDON_HOURLY_ONLY,
    );
    expect(
      setup(false).app.newTrigger('a').timeBased().everyMinutes(30).create().getEventType(),
    ).toBe('CLOCK');
  });

  it('caps a user at 20 triggers per script', () => {
    const { app, inDoc } = setup();
    for (let i = 0; i < MAX_TRIGGERS_PER_USER; i++) {
      inDoc(`doc-${i}`);
      app.newTrigger('a').timeBased().everyHours(1).create();
    }
    inDoc('doc-last');
    expect(() => app.newTrigger('a').timeBased().everyHours(1).create()).toThrow(TOO_MANY_TRIGGERS);
  });

  it('validates the builder', () => {
    const { app } = setup();
    expect(() => app.newTrigger('a').timeBased().create()).toThrow(/no schedule/);
    expect(() => app.newTrigger('a').timeBased().atHour(24)).toThrow('Invalid argument: hour');
    expect(() => app.newTrigger('a').timeBased().everyHours(2).everyDays(1)).toThrow(
      /Already chosen/,
    );
    expect(() => app.newTrigger('a').timeBased().inTimezone('Nowhere/X')).toThrow(
      'Invalid argument: timeZone',
    );
  });

  it('schedules the first run of a new clock trigger', () => {
    const { app, registry } = setup();
    app.newTrigger('a').timeBased().everyHours(1).create();
    expect(registry.all()[0].nextRunAt).toBe(Date.UTC(2024, 2, 4, 13));
  });
});

describe('ScriptApp authorization', () => {
  // https://developers.google.com/apps-script/reference/script/authorization-info
  it('reports REQUIRED with a URL for a user who has not authorized', () => {
    const { app, as } = setup();
    const ok = app.getAuthorizationInfo(app.AuthMode.FULL);
    expect(ok.getAuthorizationStatus()).toBe(app.AuthorizationStatus.NOT_REQUIRED);
    expect(ok.getAuthorizationUrl()).toBeNull();
    as('prospect@customer.example');
    const needed = app.getAuthorizationInfo(app.AuthMode.FULL);
    expect(needed.getAuthorizationStatus()).toBe('REQUIRED');
    expect(needed.getAuthorizationUrl()).toMatch(/^https:\/\/script\.google\.com\//);
  });

  it("lists the scopes granted: the manifest's for a user who authorized, none for others", () => {
    const { app, as } = setup();
    expect(app.getAuthorizationInfo(app.AuthMode.FULL).getAuthorizedScopes()).toEqual([
      SEND_MAIL,
      CURRENT_ONLY,
    ]);
    // Asked about a list: the granted ones of it, REQUIRED while one is missing.
    const wider = app.getAuthorizationInfo(app.AuthMode.FULL, [SEND_MAIL, ALL_SHEETS]);
    expect(wider.getAuthorizedScopes()).toEqual([SEND_MAIL]);
    expect(wider.getAuthorizationStatus()).toBe('REQUIRED');
    const mine = app.getAuthorizationInfo(app.AuthMode.FULL, [CURRENT_ONLY]);
    expect(mine.getAuthorizationStatus()).toBe('NOT_REQUIRED');
    as('prospect@customer.example');
    const none = app.getAuthorizationInfo(app.AuthMode.FULL, [SEND_MAIL]);
    expect(none.getAuthorizedScopes()).toEqual([]);
    expect(none.getAuthorizationStatus()).toBe('REQUIRED');
  });

  it('grants any scope asked about when the manifest lets Apps Script infer them', () => {
    const { app } = setup(true, null);
    const info = app.getAuthorizationInfo(app.AuthMode.FULL, [ALL_SHEETS]);
    expect(info.getAuthorizedScopes()).toEqual([ALL_SHEETS]);
    expect(info.getAuthorizationStatus()).toBe('NOT_REQUIRED');
  });

  it('gives a stable per-user OAuth token', () => {
    const { app, as } = setup();
    const a = app.getOAuthToken();
    expect(app.getOAuthToken()).toBe(a);
    as('x@y.com');
    expect(app.getOAuthToken()).not.toBe(a);
  });
});
