// The preview's own controls, above the spreadsheet: who is acting, the clock, and reset.
import type { ClockResult, PreviewView } from '../session';
import { attempt, post, say } from './api';
import { $, el, localInputValue, wallTime } from './dom';

function clockSaid(result: ClockResult, label: string): void {
  const mail = result.emailsSent
    ? ` ${result.emailsSent} email${result.emailsSent === 1 ? '' : 's'} sent: see the outbox.`
    : '';
  say(`${label} (${result.message}).${mail}`, result.failedRuns.length ? 'error' : 'info');
}

export function drawControls(view: PreviewView): void {
  const user = $('user') as HTMLSelectElement;
  user.replaceChildren(
    ...view.users.map((u) =>
      el('option', { value: u.email, textContent: `${u.email} — ${u.label}` }),
    ),
  );
  user.value = view.user;
  const now = $('now') as HTMLInputElement;
  if (document.activeElement !== now) now.value = localInputValue(view.now, view.timeZone);
  $('clock-label').textContent = wallTime(view.now, view.timeZone);
  $('zone').textContent = view.timeZone;
  const clockTriggers = view.triggers.filter((t) => t.nextRunAt);
  const next = clockTriggers.sort((a, b) => (a.nextRunAt! < b.nextRunAt! ? -1 : 1))[0];
  $('clock-label').title = [
    `Time-driven triggers: ${clockTriggers.length ? clockTriggers.map((t) => `${t.handler} (as ${t.owner})`).join(', ') : 'none yet'}`,
    next ? `Next run: ${wallTime(next.nextRunAt!, view.timeZone)}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  $('doc-name').textContent = view.spreadsheetName;
  document.title = `${view.spreadsheetName} — Mutual Action Plan preview`;
}

export function wireControls(): void {
  $('user').addEventListener('change', () => {
    const email = ($('user') as HTMLSelectElement).value;
    attempt(async () => {
      await post('/api/user', { user: email });
      say(`Now acting as ${email}.`);
    });
  });
  $('set-now').addEventListener('click', () => {
    const value = ($('now') as HTMLInputElement).value;
    if (!value) return;
    say('Moving the clock…');
    attempt(async () =>
      clockSaid(await post<ClockResult>('/api/clock', { now: value }), 'Clock set'),
    );
  });
  const advance = (by: string, label: string) => () => {
    say(`${label}…`);
    attempt(async () => clockSaid(await post<ClockResult>('/api/clock', { advance: by }), label));
  };
  $('plus-day').addEventListener('click', advance('1d', 'A day passed'));
  $('plus-week').addEventListener('click', advance('7d', 'A week passed'));

  const resetMenu = $('reset-menu');
  $('reset').addEventListener('click', () => {
    resetMenu.hidden = !resetMenu.hidden;
    $('reset').setAttribute('aria-expanded', String(!resetMenu.hidden));
  });
  document.addEventListener('mousedown', (e) => {
    if (!(e.target as HTMLElement).closest?.('.reset')) resetMenu.hidden = true;
  });
  const reset = (demo: boolean) => () => {
    resetMenu.hidden = true;
    say(demo ? 'Playing the demo deal through the add-on (a few seconds)…' : 'Starting again…');
    attempt(async () => {
      await post('/api/reset', { demo });
      say(
        demo
          ? 'The demo deal is loaded.'
          : 'An empty spreadsheet: try Extensions → Mutual Action Plan → Create plan…',
      );
    });
  };
  $('reset-empty').addEventListener('click', reset(false));
  $('reset-demo').addEventListener('click', reset(true));
}
