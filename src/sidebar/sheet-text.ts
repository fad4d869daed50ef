// Text from the sheet, shown in the sidebar. Anyone the sheet is shared with types it, so it is
// shown as one clean line (no control characters, no direction overrides that would reorder it)
// inside <bdi>, where right-to-left text cannot reorder the words and numbers around it; and a
// formula's error (#NAME?, #REF!) is never shown as if someone had written it.
// From the module itself: core/plan's index would bundle the templates into the sidebar.
import { isErrorValue } from '../core/plan/cells';
import { cleanLine } from '../core/text';
import { el, type Child } from './dom';

/** The value as one clean line, or null when nobody wrote anything (blank or a formula error). */
export function readableText(value: string | null | undefined): string | null {
  const text = cleanLine(value);
  return text === '' || isErrorValue(text) ? null : text;
}

/** What to say instead of a value that is blank or a formula's error, in our words. */
export interface Missing {
  blank: string;
  unreadable: string;
}

/** The value isolated in <bdi>, or our words for what is missing (which need no isolating). */
export function sheetText(value: string | null | undefined, missing: Missing): Child {
  const text = readableText(value);
  if (text !== null) return el('bdi', {}, [text]);
  return cleanLine(value) === '' ? missing.blank : missing.unreadable;
}

export const STEP_NAME: Missing = { blank: 'Untitled step', unreadable: 'Step name unreadable' };
export const OWNER: Missing = { blank: 'No owner', unreadable: 'Owner unreadable' };

/** Words joined by " · ", each part text or an isolated value; empty parts are left out. */
export function joined(parts: Child[]): Child[] {
  const kept = parts.filter((p) => p !== null && p !== undefined && p !== false && p !== '');
  return kept.flatMap((part, i) => (i === 0 ? [part] : [' · ', part]));
}
