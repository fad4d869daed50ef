// Reading the emulator's outbox for the hostile suites: weekly digests apart from the notes the
// add-on sends its owner, counted per address, and the sidebar's banner.
import type { Emulator, MailRecord } from '../../dev/emulator';
import type { SidebarState } from '../../src/shared/api';
import { OWNER, PROSPECT, STAKEHOLDERS } from '../support/world';

/** The sender name of the add-on's notes to the schedule owner (digests carry the plan's). */
export const NOTE_SENDER = 'Mutual Action Plan';

export function isNote(m: MailRecord): boolean {
  return m.name === NOTE_SENDER;
}

export function isDigest(m: MailRecord): boolean {
  return !isNote(m) && !m.subject.startsWith('[Test]');
}

export function notes(em: Emulator): MailRecord[] {
  return em.outbox.filter(isNote);
}

/** How many digests each address received (lower case; To, Cc and Bcc alike). */
export function digestCounts(em: Emulator): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of em.outbox.filter(isDigest)) {
    for (const to of [...m.to, ...m.cc, ...m.bcc]) {
      const key = to.trim().toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

export function banner(em: Emulator): string | null {
  return (em.callAs(OWNER, 'getSidebarState') as SidebarState).digest?.banner ?? null;
}

/** The prospect adds a colleague to the Stakeholders tab and ticks the weekly email. */
export function addUnapprovedStakeholder(em: Emulator, email = 'cfo@customer.example'): string {
  const row = em.workbook.requireSheet(STAKEHOLDERS).lastRow() + 1;
  em.as(PROSPECT).paste(`${STAKEHOLDERS}!A${row}`, [
    ['Casey CFO', email, 'Prospect', 'Economic buyer', 'TRUE'],
  ]);
  em.as(OWNER);
  return email;
}
