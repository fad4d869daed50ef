// Whether a step is the recipient's: the Owner email cell names their address, or the Owner
// cell names them (by name or address). Cells often hold several owners ("Jane, Bob"), so
// each part is compared on its own; a bare substring match would hand "Jo" all of "Jon"'s items.
import type { Step } from '../model';
import { addressKey } from '../recipients/email-address';
import { cleanLine } from './clean-text';

const OWNER_SEPARATORS = /[,;/&+|\n]|\band\b/i;

export function ownsStep(
  step: Pick<Step, 'owner' | 'ownerEmail'>,
  recipient: { name: string; email: string },
): boolean {
  const email = addressKey(recipient.email);
  const name = normalName(recipient.name);
  if (email !== '' && step.ownerEmail.split(/[\s,;]+/).some((e) => addressKey(e) === email)) {
    return true;
  }
  return step.owner.split(OWNER_SEPARATORS).some((part) => {
    const candidate = normalName(part);
    if (candidate === '') return false;
    return candidate === name || (email !== '' && addressKey(candidate) === email);
  });
}

function normalName(text: string): string {
  return cleanLine(text).toLowerCase();
}
