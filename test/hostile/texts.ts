// Cell texts for the hostile suites: the shared corpus, random graphemes, huge values, and the
// emulator's own typing rules to know what a typed text becomes (text, number, date, formula),
// so a test can tell which cells it made unreadable on purpose.
import fc from 'fast-check';
import { parseTypedInput } from '../../dev/emulator/spreadsheet/typed-input';
import { HOSTILE_STRINGS } from '../support/hostile-strings';

const YEAR = 2026;

/** What Sheets stores when this text is typed into a cell. */
export function typedKind(text: string): ReturnType<typeof parseTypedInput>['kind'] {
  return parseTypedInput(text, YEAR).kind;
}

/** Typed, this stays text, and what the cell then holds is not blank to a reader that trims. */
export function staysText(text: string): boolean {
  const typed = parseTypedInput(text, YEAR);
  return typed.kind === 'text' && typed.text.trim() !== '';
}

/** The corpus entries that are typed as text, and those typed as formulas (=...). */
export const HOSTILE_TEXT = HOSTILE_STRINGS.filter(staysText);
export const FORMULA_LOOKING = HOSTILE_STRINGS.filter((s) => typedKind(s) === 'formula');

const BENIGN = [
  'Security review',
  'Legal redlines',
  'Dana Ortiz',
  '\u05d3\u05e0\u05d4 \u05d0\u05d5\u05e8\u05d8\u05d9\u05d6',
  '\u0633\u0627\u0631\u0629 \u0639\u0644\u064a',
  '\u{1f680} Kickoff \u{1f389}',
  '\u674e\u96f7',
];

/** Any non-blank text a person could type into a name-like cell and have stored as text. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 2, arbitrary: fc.constantFrom(...BENIGN) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter(staysText),
  },
  // A formula typed with a leading apostrophe is kept as the text it shows.
  { weight: 1, arbitrary: fc.constantFrom(...FORMULA_LOOKING.map((s) => `'${s}`)) },
);

/** Notes take anything, formulas and sheer length included. */
export const anyNote: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: anyText },
  { weight: 1, arbitrary: fc.constantFrom(...FORMULA_LOOKING, '=1/0', '=NOSUCHFUNCTION()') },
  { weight: 1, arbitrary: fc.constantFrom('n'.repeat(49_000), '\u{1f4a5}'.repeat(20_000)) },
);

/** The text a cell holds after `text` was typed into it ('' for blank or non-text). */
export function storedText(text: string): string {
  const typed = parseTypedInput(text, YEAR);
  return typed.kind === 'text' ? typed.text : '';
}
