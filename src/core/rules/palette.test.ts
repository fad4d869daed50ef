// The palette must hold up for colour-blind users: text contrast by WCAG 2, fills kept apart
// under simulated protanopia and deuteranopia (Viénot, Brettel & Mollon 1999, linear-RGB form),
// and a font style of its own for every state so colour is never the only cue.
import { PALETTE, type CellLook } from './palette';
import { RULE_ORDER } from './step-rules';

type Rgb = [number, number, number];

function linear(hex: string): Rgb {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(1), channel(3), channel(5)];
}

function luminance([r, g, b]: Rgb): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(linear(a)), luminance(linear(b))].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const SIMULATIONS: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.11238, 0.88762, 0],
    [0.11238, 0.88762, 0],
    [0.00401, -0.00401, 1],
  ],
  deuteranopia: [
    [0.29275, 0.70725, 0],
    [0.29275, 0.70725, 0],
    [-0.02234, 0.02234, 1],
  ],
};

function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function simulate(rgb: Rgb, m: number[][]): Rgb {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return [0, 1, 2].map((i) => clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2])) as Rgb;
}

const looks: [string, CellLook][] = Object.entries(PALETTE);

describe('PALETTE', () => {
  it('has a look for every rule', () => {
    expect(Object.keys(PALETTE).sort()).toEqual([...RULE_ORDER].sort());
  });

  it.each(looks)('%s text reads at WCAG AA contrast (4.5:1) on its fill', (_id, look) => {
    expect(contrast(look.fontColor, look.background ?? '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every state its own font style, so colour is not the only cue', () => {
    const styles = looks.map(([, l]) => [l.bold, l.italic, l.underline, l.strikethrough].join());
    expect(new Set(styles).size).toBe(looks.length);
  });

  it.each(Object.keys(SIMULATIONS))('keeps fills apart (CIE76 dE >= 12) with %s', (vision) => {
    // Plain rows are white, so every fill must stand apart from white too.
    const fills = [
      ...looks.map(([id, l]) => [id, l.background ?? '#FFFFFF'] as const),
      ['plain row', '#FFFFFF'] as const,
    ];
    const seen = fills.map(
      ([id, hex]) => [id, lab(simulate(linear(hex), SIMULATIONS[vision]))] as const,
    );
    const tooClose: string[] = [];
    for (let i = 0; i < seen.length; i++) {
      for (let j = i + 1; j < seen.length; j++) {
        const [a, la] = seen[i];
        const [b, lb] = seen[j];
        if (a === 'skipped' || b === 'skipped') continue; // no fill of its own: struck through
        const dE = Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
        if (dE < 12) tooClose.push(`${a}/${b}: ${dE.toFixed(1)}`);
      }
    }
    expect(tooClose).toEqual([]);
  });
});
