import {
  PALETTE,
  type CellLook,
  RULE_ORDER,
  isOurRule,
  ourRuleId,
  stepRuleRange,
  ruleForState,
  stepRules,
} from './rules';
import { classifyStep } from './steps';
import { locateStepTable } from './table';

// The palette must hold up for colour-blind users: text contrast by WCAG 2, fills kept apart
// under simulated protanopia and deuteranopia (Viénot, Brettel & Mollon 1999, linear-RGB form),
// and a font style of its own for every state so colour is never the only cue.

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

const LETTERS = { step: 'C', owner: 'E', targetDate: 'G', status: 'H' };

describe('stepRules', () => {
  const rules = stepRules(LETTERS, 7);

  it('gives one rule per state, in priority order', () => {
    expect(rules.map((r) => r.id)).toEqual([...RULE_ORDER]);
  });

  it('anchors columns and leaves rows relative to the first data row', () => {
    for (const rule of rules) {
      const refs = rule.formula.match(/\$?[A-Z]+\$?\d+/g) ?? [];
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect(ref).toMatch(/^\$[CEGH]7$/);
    }
  });

  it('writes the late rule as the plain definition, plus marker and guards', () => {
    const late = rules.find((r) => r.id === 'late')!.formula;
    expect(late).toBe(
      '=IFERROR(AND(N("mutual-action-plan:late")=0,IFERROR(LEN(TRIM($C7))>0,TRUE()),' +
        'IFERROR(AND(TRIM($H7)<>"Done",TRIM($H7)<>"Skipped"),TRUE()),' +
        'IFERROR(AND(ISNUMBER($G7),$G7>=36526,$G7<73416),FALSE()),$G7<TODAY()),FALSE())',
    );
  });

  it('puts the due-soon window into the formula', () => {
    const soon = (days: number) => stepRules(LETTERS, 7, days).find((r) => r.id === 'dueSoon')!;
    expect(soon(7).formula).toContain('$G7<TODAY()+8');
    expect(soon(14).formula).toContain('$G7<TODAY()+15');
  });

  it('refuses rows and windows that are not whole numbers', () => {
    expect(() => stepRules(LETTERS, 0)).toThrow(RangeError);
    expect(() => stepRules(LETTERS, 7, -1)).toThrow(RangeError);
    expect(() => stepRules(LETTERS, 7, 1.5)).toThrow(RangeError);
  });
});

describe('isOurRule', () => {
  it('recognises every rule we make, and which one it is', () => {
    for (const rule of stepRules(LETTERS, 7)) {
      expect(isOurRule(rule.formula)).toBe(true);
      expect(ourRuleId(rule.formula)).toBe(rule.id);
    }
  });

  it('still recognises our rule after Sheets moved its columns', () => {
    const moved = stepRules(LETTERS, 7)[3].formula.replace(/\$G/g, '$K');
    expect(isOurRule(moved)).toBe(true);
  });

  it("leaves a user's own rules alone, even ones like ours", () => {
    expect(isOurRule('=AND(ISNUMBER($G7),$G7<TODAY(),$H7<>"Done")')).toBe(false);
    expect(isOurRule('=$H7="mutual-action-plan:late"')).toBe(false);
    expect(isOurRule('')).toBe(false);
  });
});

describe('ruleForState', () => {
  it('shows the first state in priority order', () => {
    const today = '2026-03-01';
    const state = (s: Parameters<typeof classifyStep>[0]) => ruleForState(classifyStep(s, today));
    expect(state({ owner: '', targetDate: '2026-02-01', status: 'Blocked' })).toBe('late');
    expect(state({ owner: '', targetDate: '2026-03-02', status: 'Blocked' })).toBe('blocked');
    expect(state({ owner: '', targetDate: '2026-03-02', status: 'Not started' })).toBe(
      'uncommitted',
    );
    expect(state({ owner: 'A', targetDate: '2026-03-02', status: 'Not started' })).toBe('dueSoon');
    expect(state({ owner: 'A', targetDate: '2026-02-01', status: 'Done' })).toBe('done');
    expect(
      state({ owner: 'A', targetDate: null, targetDateText: 'TBD', status: 'In progress' }),
    ).toBe('dateUnreadable');
    expect(state({ owner: 'A', targetDate: '2026-04-01', status: 'In progress' })).toBeNull();
  });
});

describe('stepRuleRange', () => {
  it('spans every column the table has, from its first data row', () => {
    const table = locateStepTable([[], ['x', 'Owner', 'Step', 'Notes', 'Target date', 'Status']]);
    if (!table.ok) throw new Error(table.message);
    expect(stepRuleRange(table)).toEqual({ firstRow: 3, firstColumn: 2, lastColumn: 6 });
  });
});
