// Sheets keeps no name or tag on a conditional-format rule, and rewrites cell references when
// columns move, so our rules carry a marker inside the formula: N("text") is 0 in Sheets and
// HyperFormula alike, so `N(marker)=0` is a true no-op AND argument that survives any edit.
export const RULE_MARKER_PREFIX = 'mutual-action-plan:';

export function ruleMarker(id: string): string {
  return `N("${RULE_MARKER_PREFIX}${id}")=0`;
}

const MARKER = /N\(\s*"mutual-action-plan:([A-Za-z]+)"\s*\)/i;

/** The id in our marker, or null for a formula without one (a user's own rule). */
export function ourRuleId(formula: string): string | null {
  const match = MARKER.exec(formula);
  return match ? match[1] : null;
}

/** Whether a conditional-format formula is ours: the server replaces these and keeps the rest. */
export function isOurRule(formula: string): boolean {
  return ourRuleId(formula) !== null;
}
