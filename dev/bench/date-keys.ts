// Calendar arithmetic on 'yyyy-MM-dd' keys, in UTC so no local zone can shift a day.

export function addDaysToKey(key: string, days: number): string {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
