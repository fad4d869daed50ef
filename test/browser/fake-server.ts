// A small in-test server: realistic SidebarState and friends, and a handler that dispatches
// google.script.run calls to typed functions. The lead swaps it for the emulator later.
import type {
  CreatePlanOptions,
  DigestStateJson,
  PlanStatusResult,
  SchedulePreview,
  ServerApi,
  SidebarState,
  TemplateSummary,
} from '../../src/shared/api';
import type { ServerHandler } from '../support/browser';

export type FakeApi = {
  [K in keyof ServerApi]: (
    ...args: Parameters<ServerApi[K]>
  ) => ReturnType<ServerApi[K]> | Promise<ReturnType<ServerApi[K]>>;
};

export const TODAY = '2025-03-10';
export const TIME_ZONE = 'Europe/Berlin';
export const USER = 'sam.se@vendor.example';

export const TEMPLATES: TemplateSummary[] = [
  {
    id: 'enterprise',
    name: 'Enterprise',
    description: 'Full evaluation with security review, legal and procurement.',
    stepCount: 14,
    typicalBusinessDays: 60,
    postSignature: false,
  },
  {
    id: 'mid-market',
    name: 'Mid-market',
    description: 'Technical evaluation, commercials and a short legal review.',
    stepCount: 10,
    typicalBusinessDays: 30,
    postSignature: false,
  },
  {
    id: 'velocity',
    name: 'Velocity',
    description: 'Demo to signature in two weeks.',
    stepCount: 6,
    typicalBusinessDays: 10,
    postSignature: false,
  },
  {
    id: 'poc',
    name: 'Proof of concept',
    description: 'Success criteria, a scoped POC and a go/no-go.',
    stepCount: 8,
    typicalBusinessDays: 20,
    postSignature: false,
  },
  {
    id: 'onboarding',
    name: 'Onboarding',
    description: 'From signature to go-live.',
    stepCount: 7,
    typicalBusinessDays: 25,
    postSignature: true,
  },
];

/** Calendar arithmetic on date keys, enough for a believable fake. */
export function addDays(key: string, days: number): string {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

/** Works back like the real one, roughly: 5 business days to 7 calendar days. */
export function fakePreview(options: CreatePlanOptions, today = TODAY): SchedulePreview {
  const template = TEMPLATES.find((t) => t.id === options.template) ?? TEMPLATES[0];
  const span = Math.round((template.typicalBusinessDays * 7) / 5);
  const wanted = addDays(options.signatureDate, -span);
  const late = wanted < today;
  const firstDate = late && options.compress ? today : wanted;
  const length = daysBetween(firstDate, options.signatureDate);
  const steps = Array.from({ length: template.stepCount }, (_, i) => ({
    phase: i < template.stepCount / 2 ? 'Evaluate' : 'Decide',
    step: `${template.name} step ${i + 1}`,
    side: ['Vendor', 'Prospect', 'Joint'][i % 3],
    targetDate: addDays(firstDate, Math.round((length * i) / (template.stepCount - 1))),
  }));
  const behind = daysBetween(wanted, today);
  return {
    template: template.id,
    today,
    firstDate,
    signatureDate: options.signatureDate,
    goLiveDate: options.goLiveDate ?? null,
    steps,
    startsInPast: late
      ? {
          businessDays: Math.round((behind * 5) / 7),
          calendarDays: behind,
          earliestSignatureDate: addDays(today, span),
          message: `The ${template.name} template needs about ${template.typicalBusinessDays} business days before signature.`,
        }
      : null,
    warnings: [],
    fieldErrors: [],
    holidays: options.holidays ?? [],
  };
}

export function planStatus(overrides: Partial<PlanStatusResult> = {}): PlanStatusResult {
  return {
    status: 'At risk',
    progress: { done: 4, total: 12, percent: 33 },
    late: [
      {
        row: 14,
        step: 'Security questionnaire returned',
        owner: 'Priya Nair',
        targetDate: '2025-03-05',
        daysLate: 5,
      },
      {
        row: 16,
        step: 'Pricing proposal',
        owner: 'Sam Lee',
        targetDate: '2025-03-07',
        daysLate: 3,
      },
    ],
    dueSoon: [
      { row: 17, step: 'Executive briefing', owner: 'Dana Ortiz', targetDate: '2025-03-13' },
    ],
    uncommitted: [
      { row: 19, step: 'Legal redlines', owner: '', targetDate: null, missing: ['owner', 'date'] },
      {
        row: 20,
        step: 'Procurement onboarding',
        owner: 'Lee Chen',
        targetDate: null,
        missing: ['date'],
      },
    ],
    next: [
      { row: 17, step: 'Executive briefing', owner: 'Dana Ortiz', targetDate: '2025-03-13' },
      { row: 18, step: 'Technical deep dive', owner: 'Alex Kim', targetDate: '2025-03-18' },
    ],
    warnings: [{ row: 23, message: 'Target date “next Friday” is not a date.' }],
    totalSlipDays: 9,
    signatureDate: '2025-04-30',
    signatureDriftDays: 7,
    sheetName: 'MAP',
    today: TODAY,
    timeZone: TIME_ZONE,
    ...overrides,
  };
}

export function digestState(overrides: Partial<DigestStateJson> = {}): DigestStateJson {
  return {
    settings: { enabled: true, weekday: 'MONDAY', hour: 9, approvedDomains: ['vendor.example'] },
    owner: USER,
    isOwner: true,
    timeZone: TIME_ZONE,
    recipients: [
      { row: 2, name: 'Sam Lee', email: USER, state: 'will receive' },
      { row: 3, name: 'Dana Ortiz', email: 'dana@acme.example', state: 'waiting for approval' },
      { row: 4, name: 'Lee Chen', email: 'lee@acme.example', state: 'waiting for approval' },
      {
        row: 5,
        name: 'Priya Nair',
        email: 'priya@acme',
        state: 'invalid',
        reason: 'The address has no domain ending.',
      },
    ],
    lastSent: '2025-03-03T08:12:00.000Z',
    nextRun: '2025-03-17T08:00:00.000Z',
    banner: null,
    log: [
      {
        at: '2025-03-03T08:12:00.000Z',
        period: '2025-W10',
        trigger: 'schedule',
        sent: [USER],
        failed: [],
        skipped: '',
      },
    ],
    ...overrides,
  };
}

export function sidebarState(overrides: Partial<SidebarState> = {}): SidebarState {
  return {
    user: USER,
    timeZone: TIME_ZONE,
    today: TODAY,
    templates: TEMPLATES,
    plan: planStatus(),
    digest: digestState(),
    ...overrides,
  };
}

function notImplemented(name: string): never {
  // Apps Script's own wording for a missing server function.
  throw new Error(`Script function not found: ${name}`);
}

/** A handler over typed fake functions; any function a test does not give fails like GAS. */
export function fakeServer(api: Partial<FakeApi>): ServerHandler {
  return (name, args) => {
    const fn = (api as Record<string, ((...a: unknown[]) => unknown) | undefined>)[name];
    if (!fn) return notImplemented(name);
    return fn(...args);
  };
}

/** A promise a test resolves by hand, to look at the page while a call is still running. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: Error) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
