// How each state looks. Colour is never the only cue: every state also has its own font style
// (bold, italic, underline, strikethrough), and the fills were chosen to stay apart under
// simulated protanopia and deuteranopia (tested in palette.test.ts), with dark text of the
// same hue for contrast. Late is vermillion, not red, and Done is blue, not green.

export interface CellLook {
  /** Fill colour, or null to leave the cell's own fill. */
  background: string | null;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
}

const plain = { bold: false, italic: false, underline: false, strikethrough: false };

export const PALETTE = {
  done: { ...plain, background: '#C6E0F5', fontColor: '#0B3D66' },
  skipped: { ...plain, background: null, fontColor: '#6E6E6E', strikethrough: true },
  dateUnreadable: {
    ...plain,
    background: '#FFE0B8',
    fontColor: '#5A3300',
    bold: true,
    italic: true,
  },
  late: { ...plain, background: '#F6A38C', fontColor: '#5C1600', bold: true },
  blocked: { ...plain, background: '#C9A8E8', fontColor: '#331060', bold: true, underline: true },
  uncommitted: { ...plain, background: '#8FD9C8', fontColor: '#083D33', italic: true },
  dueSoon: { ...plain, background: '#F9EDA5', fontColor: '#4A3F00', underline: true },
} as const satisfies Record<string, CellLook>;
