// What an hourly run's outcome means to the seller, in words for "Your deals". Pure.

export interface RunWords {
  ok: boolean;
  outcome: string;
}

const WORDS: Record<string, RunWords> = {
  delivered: { ok: true, outcome: "sent this week's email" },
  'not due': { ok: true, outcome: 'checked the schedule; nothing was due' },
  reminded: { ok: true, outcome: 'sent the reminders due today' },
  busy: { ok: true, outcome: 'another run was sending; the next hour checks again' },
  retired: {
    ok: true,
    outcome: 'someone else runs this weekly email now; this trigger removed itself',
  },
  'reauthorization required': {
    ok: false,
    outcome: 'the add-on needs you to authorize it again before it can send',
  },
  'plan gone': { ok: false, outcome: 'the plan is gone, so the weekly email turned itself off' },
  'plan unreadable': {
    ok: false,
    outcome: 'the plan could not be read, so the weekly email is paused until it is fixed',
  },
  // Only the `--scope=spreadsheets` build: a run without its document, on a schedule made by
  // the default build, until the owner's copy of it exists.
  'no copy': {
    ok: false,
    outcome:
      'ran without its document and has no copy of the schedule yet: open the plan once so the weekly email can run',
  },
  'not recorded': {
    ok: false,
    outcome: "the spreadsheet's add-on storage is full, so nothing was sent",
  },
};

/** RAN_WITHOUT_DOCUMENT is what the seller reads when Google started the run with no file. */
export const RAN_WITHOUT_DOCUMENT = 'ran without its document';

export function runWords(outcome: string): RunWords {
  return WORDS[outcome] ?? { ok: false, outcome: `ended unexpectedly (${outcome})` };
}

/** A run that threw: the first line of its message, never a stack. */
export function failedRunWords(error: unknown): RunWords {
  const text = error instanceof Error ? error.message : String(error);
  return { ok: false, outcome: `failed: ${text.split('\n')[0]}` };
}
