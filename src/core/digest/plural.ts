/** "1 step", "2 steps": counts in emails are always whole and non-negative. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
