// Whether a step is the recipient's: the Owner email cell names their address, or the Owner
// cell names them (by name or address). Cells often hold several owners ("Jane, Bob"), so
// each part is compared on its own; a bare substring match would hand "Jo" all of "Jon"'s items.
import type { Step } from '../model';
import { addressKey } from '../recipients/email-address';
import { cleanLine } from './clean-text';

const OWNER_SEPARATORS = /[,;/&+|\n]|\band\b/i;

type Owned = Pick<Step, 'owner' | 'ownerEmail'>;

export function ownsStep(step: Owned, recipient: { name: string; email: string }): boolean {
  const email = addressKey(recipient.email);
  const name = normalName(recipient.name);
  if (email !== '' && ownerEmailKeys(step).some((e) => e === email)) return true;
  return ownerPartNames(step).some(
    (candidate) => candidate === name || (email !== '' && addressKey(candidate) === email),
  );
}

/**
 * The steps of a plan looked up by owner: every recipient of one run asks the same question of
 * the same steps, so the cells are split and cleaned once instead of once per recipient.
 */
export interface OwnerIndex {
  /**
   * The positions (ascending) of the steps ownsStep gives to `email` under any of `names`;
   * with no name only the address can match.
   */
  owned(names: readonly string[], email: string): number[];
}

export function indexOwners(steps: readonly Owned[]): OwnerIndex {
  const byEmailCell = new Map<string, number[]>();
  const byOwnerName = new Map<string, number[]>();
  const byOwnerAddress = new Map<string, number[]>();
  steps.forEach((step, i) => {
    for (const key of new Set(ownerEmailKeys(step))) add(byEmailCell, key, i);
    const parts = new Set(ownerPartNames(step));
    for (const part of parts) add(byOwnerName, part, i);
    for (const key of new Set([...parts].map(addressKey))) add(byOwnerAddress, key, i);
  });
  return {
    owned(names, email) {
      const key = addressKey(email);
      const found = new Set<number>();
      const take = (list: number[] | undefined) => list?.forEach((i) => found.add(i));
      // ownsStep ignores the address when there is none, and never matches an empty name.
      if (key !== '') {
        take(byEmailCell.get(key));
        take(byOwnerAddress.get(key));
      }
      for (const name of names) {
        const normal = normalName(name);
        if (normal !== '') take(byOwnerName.get(normal));
      }
      return [...found].sort((a, b) => a - b);
    },
  };
}

function add(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

function ownerEmailKeys(step: Owned): string[] {
  return step.ownerEmail.split(/[\s,;]+/).map(addressKey);
}

/** The Owner cell's parts, cleaned and lower-cased; empty parts dropped (they name nobody). */
function ownerPartNames(step: Owned): string[] {
  return step.owner
    .split(OWNER_SEPARATORS)
    .map(normalName)
    .filter((part) => part !== '');
}

function normalName(text: string): string {
  return cleanLine(text).toLowerCase();
}
