import { classifyStep } from '../steps/state';
import { locateStepTable } from '../table/plan-tables';
import { isOurRule, ourRuleId } from './marker';
import { stepRuleRange } from './range';
import { ruleForState, stepRules, RULE_ORDER } from './step-rules';

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
