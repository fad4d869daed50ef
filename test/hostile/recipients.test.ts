// Property: whatever the prospect types into the Stakeholders tab (lists of addresses in one
// cell, display names, header injection, look-alike domains, markup, emoji, RTL, odd ticks),
// the weekly email goes only to approved addresses, once each, every approved plain address
// gets its copy, and no stakeholder text becomes markup or a header line.
import fc from 'fast-check';
import type { Emulator } from '../../dev/emulator';
import type { SendReportJson } from '../../src/shared/api';
import { emailProblems, type Vocabulary } from './escaping';
import { harmlessVocabulary } from './harmless';
import { digestCounts } from './mailbox';
import { anyText } from './texts';
import { removeValidation } from './write-plan';
import {
  CHAMPION,
  freshWorld,
  OWNER,
  PROSPECT,
  SELLER,
  STAKEHOLDERS,
  TODAY,
} from '../support/world';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 20);

/** Approved by address (the champion) or by the vendor's domain. */
const PLAIN_APPROVED = [OWNER, SELLER, CHAMPION, 'sam@vendor.example'];
const APPROVED_DOMAIN = /^[a-z0-9._%+-]+@vendor\.example$/;

const approvedVariant = fc.constantFrom(...PLAIN_APPROVED).chain((a) =>
  fc.constantFrom(
    a,
    a.toUpperCase(),
    ` ${a} `,
    a.replace(/^./, (c) => c.toUpperCase()),
  ),
);

const unapproved = fc.constantFrom(
  PROSPECT,
  'cfo@customer.example',
  'evil@evil.example',
  'ana@vendor.example.evil.example',
  'ana@evilvendor.example',
  'vendor.example@evil.example',
  'ana@vendor.example@evil.example',
  'ana@vendor.example, evil@evil.example',
  'ana@vendor.example; evil@evil.example',
  'Ana <evil@evil.example>',
  '"ana@vendor.example" <evil@evil.example>',
  'ana@vendor.example\r\nBcc: victim@evil.example',
  'ana@vendor.example\nevil@evil.example',
  'ana@vendor.example%0aBcc:victim@evil.example',
  '<script>alert(1)</script>@vendor.example',
  'javascript:alert(1)//@vendor.example',
  'ana@vendor.example\u202e',
  '',
);

const emailCell = fc.oneof(
  { weight: 2, arbitrary: approvedVariant },
  { weight: 3, arbitrary: unapproved },
  { weight: 1, arbitrary: anyText },
);
const tick = fc.oneof(
  { weight: 4, arbitrary: fc.constant('TRUE') },
  { weight: 1, arbitrary: fc.constantFrom('FALSE', '', 'yes', 'x', '1') },
);

const stakeholderRow = fc.tuple(
  fc.oneof(fc.constant(''), anyText),
  emailCell,
  fc.constantFrom('Prospect', 'Vendor', '', 'Both'),
  fc.oneof(fc.constant(''), anyText),
  tick,
);

/** The prospect types these rows under the ones createPlan and the set-up left. */
function writeStakeholders(em: Emulator, rows: string[][]): void {
  const from = em.workbook.requireSheet(STAKEHOLDERS).lastRow() + 1;
  removeValidation(em, STAKEHOLDERS, from, rows.length, 5);
  em.as(PROSPECT).paste(`${STAKEHOLDERS}!A${from}`, rows);
  em.as(OWNER);
}

function isSafelyApproved(address: string): boolean {
  const a = address.trim().toLowerCase();
  return (
    PLAIN_APPROVED.includes(a) || (a === address.trim().toLowerCase() && APPROVED_DOMAIN.test(a))
  );
}

describe('messy stakeholder lists through the built add-on', () => {
  let vocabulary: Vocabulary;

  beforeAll(() => {
    vocabulary = harmlessVocabulary();
  });

  it('mails approved addresses only, once each, and every plainly approved one', () => {
    fc.assert(
      fc.property(fc.array(stakeholderRow, { minLength: 1, maxLength: 12 }), (rows) => {
        const { em } = freshWorld();
        writeStakeholders(em, rows);
        em.setNow(`${TODAY}T09:10:00`);
        const texts = rows.flat();

        for (const email of em.call('previewWeeklyDigest') as {
          to: string;
          subject: string;
          htmlBody: string;
        }[]) {
          if (!isSafelyApproved(email.to))
            throw new Error(`the preview addresses ${JSON.stringify(email.to)}`);
          const problems = emailProblems(email, vocabulary, texts);
          if (problems.length)
            throw new Error(`preview to ${email.to}: ${problems.slice(0, 5).join('; ')}`);
        }

        const report = em.call('sendWeeklyDigestNow') as SendReportJson;
        for (const m of em.outbox) {
          for (const to of [...m.to, ...m.cc, ...m.bcc]) {
            if (!isSafelyApproved(to) || /[\r\n,;<>]/.test(to))
              throw new Error(`mailed ${JSON.stringify(to)}`);
          }
          const problems = emailProblems(
            { subject: m.subject, htmlBody: m.htmlBody ?? '' },
            vocabulary,
            texts,
          );
          if (problems.length)
            throw new Error(`mail to ${m.to.join(',')}: ${problems.slice(0, 5).join('; ')}`);
        }
        const counts = digestCounts(em);
        for (const [address, n] of counts)
          if (n !== 1) throw new Error(`${address} got ${n} copies`);
        // Every row with a plainly approved address and the box ticked gets its email.
        const owed = new Set(
          rows
            .filter((r) => r[4] === 'TRUE' && PLAIN_APPROVED.includes(r[1].trim().toLowerCase()))
            .map((r) => r[1].trim().toLowerCase()),
        );
        for (const address of owed) {
          if (!counts.has(address))
            throw new Error(`${address} was owed an email: ${report.message}`);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
