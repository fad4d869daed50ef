// The calls between the sidebar and the server. Everything here is JSON: dates travel as
// 'yyyy-MM-dd' strings (google.script.run cannot carry Date objects), instants as ISO strings.

export const TEMPLATE_IDS = ['enterprise', 'mid-market', 'velocity', 'poc', 'onboarding'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface TemplateSummary {
  id: TemplateId;
  name: string;
  description: string;
  stepCount: number;
  /** Business days from the first step to signature (pre-signature templates) or go-live. */
  typicalBusinessDays: number;
  /** Whether the template runs after signature (worked forward to go-live). */
  postSignature: boolean;
}

export interface Seller {
  name: string;
  email: string;
  /**
   * 'AE', 'SE' or another vendor role ('Customer success'); optional. createPlan makes each
   * Vendor step's owner the seller in the role the template suggests for it (else the first
   * seller), and puts the seller in that role's row of the Stakeholders tab.
   */
  role?: string;
}

/**
 * The longest texts createPlan accepts (characters, once tidied to one line) and the most
 * sellers and holidays: the server enforces them and the create form checks them as the user
 * types.
 */
export const CREATE_PLAN_LIMITS = {
  customer: 100,
  vendor: 100,
  goal: 500,
  sellerName: 100,
  sellerRole: 40,
  sellers: 10,
  holidays: 400,
} as const;

/** What createPlan(options) takes. */
export interface CreatePlanOptions {
  template: TemplateId | string;
  customer: string;
  vendor: string;
  signatureDate: string;
  goLiveDate?: string;
  sellers?: Seller[];
  goal?: string;
  /** Extra non-working days ('yyyy-MM-dd'). */
  holidays?: string[];
  /** When the first step would land in the past: squeeze every step to fit from today. */
  compress?: boolean;
}

/**
 * A problem with one field of the create form, to be shown under that field. `field` is the
 * option's name: 'template', 'customer', 'vendor', 'goal', 'signatureDate', 'goLiveDate',
 * 'holidays', 'sellers', 'compress', or 'form' for options that are not an object at all.
 */
export interface FieldError {
  field: string;
  message: string;
}

/** What the create form shows before the plan is written: dates worked back, and trouble. */
export interface SchedulePreview {
  template: TemplateId | string;
  today: string;
  /** '' when fieldErrors stopped the schedule. */
  firstDate: string;
  /** The signature date the plan uses (a weekend moves to the Friday); '' when refused. */
  signatureDate: string;
  goLiveDate: string | null;
  /**
   * The steps with their dates, empty when fieldErrors stopped the schedule. `side` is the word
   * the new plan writes in its Side column: 'Vendor', 'Customer' or 'Joint'.
   */
  steps: { phase: string; step: string; side: string; targetDate: string }[];
  /**
   * Set when the first step would have to start before today (the signature date itself is
   * today or later): by how many business days, and the way out. Null when fieldErrors is set,
   * so no compress offer is made for a date that cannot be planned at all.
   */
  startsInPast: {
    businessDays: number;
    calendarDays: number;
    /** The earliest signature date that fits the template from today. */
    earliestSignatureDate: string;
    /** "The first step would have to start 2 business days ago (Thu, Nov 19). Compress…" */
    message: string;
  } | null;
  warnings: string[];
  /**
   * Why these options cannot be scheduled, one entry per problem, each for the field to show it
   * under (a signature date before today in the spreadsheet's time zone, a go-live before
   * signature, a holiday that is not a date…). Empty when the schedule was worked out.
   */
  fieldErrors: FieldError[];
  /** The holidays the work-back skipped ('yyyy-MM-dd'), sorted and each once, as it used them. */
  holidays: string[];
}

export interface CreatePlanResult {
  sheetName: string;
  stakeholdersSheetName: string;
  stepCount: number;
  firstDate: string;
  signatureDate: string;
  goLiveDate: string | null;
  /** 'created' for the first plan; a second plan is 'refused' and nothing is written. */
  outcome: 'created' | 'refused';
  message: string;
  warnings: string[];
  /** The holidays the plan was worked back around (stored with the plan); [] when refused. */
  holidays: string[];
}

export interface StepRef {
  row: number;
  step: string;
  owner: string;
  targetDate: string | null;
  /**
   * Set when the Target date cell holds something that is not a date: the cell as the user
   * sees it. Show it with core's unreadableDateWords (src/core/plan), "'next week' is not a
   * date", the words the plan's warnings and the weekly email use too.
   */
  targetDateText?: string;
}

export interface LateStepRef extends StepRef {
  daysLate: number;
}

export interface UncommittedStepRef extends StepRef {
  missing: ('owner' | 'date')[];
}

export interface RowWarningJson {
  row: number;
  message: string;
}

/** What getPlanStatus() answers: the sidebar’s picture of the plan. */
export interface PlanStatusResult {
  status: 'On track' | 'At risk' | 'Stalled';
  progress: { done: number; total: number; percent: number };
  late: LateStepRef[];
  dueSoon: StepRef[];
  /** Open steps whose Status is Blocked (absent from servers that do not list them). */
  blocked?: StepRef[];
  uncommitted: UncommittedStepRef[];
  next: StepRef[];
  warnings: RowWarningJson[];
  totalSlipDays: number;
  signatureDate: string | null;
  /** Calendar days the signature date moved from its baseline (positive = later). */
  signatureDriftDays: number | null;
  /** Open steps that belong before signature but are dated after it (absent when none). */
  datedAfterSignature?: number;
  sheetName: string;
  today: string;
  timeZone: string;
}

/** What configureWeeklyDigest(settings) takes. */
export interface DigestSettings {
  enabled: boolean;
  weekday: Weekday;
  hour: number;
  approvedDomains?: string[];
  approvedEmails?: string[];
  /** A collaborator takes the schedule over from its current owner (whose trigger then stops). */
  takeOver?: boolean;
  /** Step-owner reminders (off by default; 1-5 business days); left out, they stay as saved. */
  reminders?: { enabled: boolean; daysBefore: number };
}

/**
 * 'will not receive': approved and valid, but the next run will skip this address for a limit
 * (the plan's maximum number of recipients, the sender's daily mail quota); `reason` says which.
 */
export type RecipientState =
  'will receive' | 'waiting for approval' | 'invalid' | 'will not receive';

export interface RecipientJson {
  row: number;
  name: string;
  email: string;
  state: RecipientState;
  reason?: string;
  /**
   * Set in a collaborator's view for an address the schedule owner's approvals have not been
   * checked against yet (added since the owner last looked): not known to receive the email.
   */
  unchecked?: boolean;
}

export interface SendLogEntryJson {
  at: string;
  period: string;
  trigger: 'schedule' | 'manual' | 'test';
  sent: string[];
  failed: { email: string; error: string }[];
  skipped: string;
}

/** The first rows a reader could not read, and how many more there are. */
export interface RowWarningListJson {
  shown: RowWarningJson[];
  more: number;
}

/**
 * Who "Send now" would really mail at this moment: after approval, the daily quota, the
 * once-per-period rule and every cap. The confirmation shows these numbers.
 */
export interface SendNowJson {
  /** The addresses it would mail now (lower case, sheet order); empty when nobody. */
  recipients: string[];
  /**
   * Ends the sentence "Nobody would receive it now: <reason>", e.g. "this week’s email already
   * went out on Mon, Dec 7"; null when someone would.
   */
  reason: string | null;
}

/** What withdrawApprovals(options) takes: addresses and/or whole domains to stop mailing. */
export interface WithdrawApprovalsOptions {
  emails?: string[];
  domains?: string[];
}

/** A stored approval the add-on no longer honours, and why (shown so the owner can remove it). */
export interface IgnoredApprovalJson {
  domain: string;
  /** E.g. "gmail.com is a public mail provider: approve people at it one by one". */
  message: string;
}

export interface DigestStateJson {
  settings: DigestSettings;
  /** Who owns the schedule (their account sends the email), or null when nobody does. */
  owner: string | null;
  isOwner: boolean;
  timeZone: string;
  recipients: RecipientJson[];
  lastSent: string | null;
  nextRun: string | null;
  /** Something the owner must act on (quota, re-authorization, plan gone). */
  banner: string | null;
  log: SendLogEntryJson[];
  /** Stakeholders-tab rows that could not be read (absent when every row reads). */
  stakeholderWarnings?: RowWarningListJson;
  /** What "Send now" would do at this moment (the owner's view only; absent for others). */
  sendNow?: SendNowJson;
  /** The most addresses one plan's weekly email goes to; a longer list is refused. */
  maxRecipients?: number;
  /**
   * Stored domain approvals that are no longer honoured (public mail providers approved by an
   * earlier version); absent when there are none. `settings.approvedDomains` leaves them out.
   */
  ignoredApprovals?: IgnoredApprovalJson[];
  /** This week's step-owner reminders (absent while reminders are off or for a collaborator). */
  reminders?: WeekReminderJson[];
}

/** One reminder of this week: who hears about which step, and when (dates 'yyyy-MM-dd'). */
export interface WeekReminderJson {
  email: string;
  row: number;
  step: string;
  kind: 'before' | 'late';
  targetDate: string;
  on: string;
  state: 'sent' | 'will send' | 'waiting for approval' | 'invalid address';
}

export interface DigestEmailJson {
  to: string;
  subject: string;
  body: string;
  htmlBody: string;
  replyTo: string;
  name: string;
}

export interface SendReportJson {
  period: string;
  sent: string[];
  alreadySent: string[];
  failed: { email: string; error: string }[];
  waitingForApproval: string[];
  message: string;
}

/** Everything the sidebar needs to draw itself, in one round trip. */
export interface SidebarState {
  user: string;
  timeZone: string;
  today: string;
  templates: TemplateSummary[];
  plan: PlanStatusResult | null;
  /** Set when a plan exists but cannot be read (e.g. a required column was deleted). */
  planProblem?: string | null;
  digest: DigestStateJson | null;
  /** This plan's last hourly (background) run, from the owner's registry. */
  background?: PortfolioDealJson['background'];
  /** Set when the seller archived this plan. */
  archived?: PortfolioDealJson['archived'];
}

/** The server functions the sidebar may call through google.script.run. */
export interface ServerApi {
  getSidebarState(): SidebarState;
  previewSchedule(options: CreatePlanOptions): SchedulePreview;
  createPlan(options: CreatePlanOptions): CreatePlanResult;
  getPlanStatus(): PlanStatusResult;
  selectStepRow(row: number): void;
  refreshFormatting(): PlanStatusResult;
  configureWeeklyDigest(settings: DigestSettings): DigestStateJson;
  approveRecipients(emails: string[]): DigestStateJson;
  /** Withdraws approved addresses and/or domains: they are not mailed from the next run on. */
  withdrawApprovals(options: WithdrawApprovalsOptions): DigestStateJson;
  previewWeeklyDigest(): DigestEmailJson[];
  sendTestDigestToMe(): SendReportJson;
  sendWeeklyDigestNow(): SendReportJson;
  getPortfolio(options?: PortfolioOptionsJson): PortfolioJson;
  archiveDeal(options: ArchiveDealOptions): PortfolioJson;
  reopenDeal(): PortfolioJson;
  writeMyDealsSheet(): MyDealsSheetJson;
  previewReplan(request: ReplanRequest): ReplanPreviewJson;
  replan(request: ReplanRequest): PlanStatusResult;
}

// Re-planning: the target signature moved, and the open steps move with it.

/** What replan and previewReplan take; dates as 'yyyy-MM-dd'. */
export interface ReplanRequest {
  signatureDate: string;
  /** shift: every open step by the same business days; fit: laid back from the new date. */
  mode: 'shift' | 'fit';
}

/** One step's date before and after. */
export interface ReplanMoveJson {
  row: number;
  step: string;
  from: string;
  to: string;
}

/** What previewReplan returns: the moves, or why the date cannot be applied. */
export type ReplanPreviewJson =
  | {
      ok: true;
      mode: 'shift' | 'fit';
      signature: { from: string | null; to: string };
      /** The steps whose date changes: what replan writes. */
      moves: ReplanMoveJson[];
      /** Every dated step with its date before and after (equal when it stays). */
      steps: ReplanMoveJson[];
      compressed: boolean;
      notes: string[];
    }
  | { ok: false; problem: string };

// "Your deals": the seller's plans across spreadsheets, read from their per-user registry.

export type PortfolioPlanStatus = 'On track' | 'At risk' | 'Stalled';

/** One open step of the seller's in a week of the portfolio. */
export interface PortfolioItemJson {
  spreadsheetId: string;
  customer: string;
  row: number;
  step: string;
  /** 'yyyy-MM-dd', the calendar date as the plan holds it. */
  date: string;
  side: 'Vendor' | 'Prospect' | 'Joint' | '';
  owner: string;
  /** Calendar days past the date on the portfolio's today; 0 when not late. */
  daysLate: number;
}

export interface PortfolioWeekJson {
  /** The Monday that starts the week, 'yyyy-MM-dd'. */
  weekStart: string;
  items: PortfolioItemJson[];
  /** The week's items come from at least the crunch threshold of distinct deals. */
  crunch: boolean;
}

export interface PortfolioDealJson {
  spreadsheetId: string;
  customer: string;
  url: string;
  status: PortfolioPlanStatus;
  progress: { done: number; total: number; percent: number };
  signatureDate: string | null;
  /** Open steps past their target date. */
  late: number;
  /** Open steps with no owner or no readable date. */
  uncommitted: number;
  /** Whole percent of the customer-side steps with an owner and a date; null when none. */
  prospectCommitment: number | null;
  /** ISO instant of the last edit seen from outside the seller's team, or null. */
  lastCustomerEdit: string | null;
  /** ISO instant the plan last published its summary. */
  asOf: string;
  archived: { outcome: 'won' | 'lost' | 'closed'; at: string } | null;
  /** The last background (hourly) run of the plan, or null when none ran. */
  background: { at: string; ok: boolean; outcome: string; hadDocument: boolean } | null;
  /** The summary is more than a week old: open the plan once to refresh it. */
  stale: boolean;
  /** Sentences for the seller (not the customer), e.g. for the talk with the AE. */
  signals: string[];
}

export interface PortfolioWarningJson {
  spreadsheetId?: string;
  message: string;
}

/** What getPortfolio() returns. */
export interface PortfolioJson {
  /** The day the weeks are counted from, in the current spreadsheet's time zone. */
  today: string;
  /** Riskiest first; archived deals last. */
  deals: PortfolioDealJson[];
  /** This week and the seven after it. */
  weeks: PortfolioWeekJson[];
  warnings: PortfolioWarningJson[];
  /** Installable triggers the registry knows of, across all of the user's plans. */
  triggers: { used: number; limit: number };
  /** The crunch threshold the weeks were judged by (the user's saved one, else 2). */
  crunchThreshold?: number;
}

/** What getPortfolio(options?) takes. */
export interface PortfolioOptionsJson {
  /** Distinct deals in one week that make it a crunch (2..10); saved for the user once given. */
  crunchThreshold?: number;
}

/** What archiveDeal(options) takes; it acts on the current spreadsheet's plan. */
export interface ArchiveDealOptions {
  outcome: 'won' | 'lost' | 'closed';
}

/** What writeMyDealsSheet() returns. */
export interface MyDealsSheetJson {
  sheetName: string;
  deals: number;
  message: string;
}

/** One platform assumption runSelfCheck() tested live. */
export interface SelfCheckItemJson {
  /** Stable name of the check: 'time-zones', 'triggers', 'properties', 'lock', 'mail-quota', 'background-run', 'scopes'. */
  id: string;
  title: string;
  /** 'unknown' when there is nothing yet to judge (no background run so far). */
  result: 'pass' | 'fail' | 'unknown';
  /** What was found, in words. */
  words: string;
}

/** What runSelfCheck() returns: every check, and the same as one copyable text block. */
export interface SelfCheckJson {
  /** True when no check failed. */
  ok: boolean;
  /** When it ran (ISO). */
  checkedAt: string;
  timeZone: string;
  items: SelfCheckItemJson[];
  /** One line: how many checks passed and failed. */
  summary: string;
  /** The whole report as plain text, for pasting into a message. */
  text: string;
}
