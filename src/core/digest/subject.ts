// The subject says the most important thing first: the plan, whether it is behind, and what is
// next ("Acme x Globex MAP: 2 steps behind; next: Security review, Dec 10"). It is one line of
// cleaned text: no CR/LF (header injection), no control or bidi characters, bounded length.
import { formatDateKey } from '../dates';
import { cleanValue, truncate } from './clean-text';
import type { DigestContent } from './digest-content';
import { plural } from './plural';

export const MAX_SUBJECT_LENGTH = 120;
const MAX_TITLE_LENGTH = 60;
const MIN_STEP_LENGTH = 12;

export function digestSubject(content: DigestContent): string {
  const title = `${cleanValue(content.planTitle, MAX_TITLE_LENGTH) || 'Mutual Action Plan'} MAP`;
  const head = `${title}: ${headline(content)}`;
  const next = nextPart(content);
  if (next === null) return truncate(head, MAX_SUBJECT_LENGTH);

  // Shorten the step name before anything else, so the date stays visible.
  const fixed = Array.from(`${head}; next: `).length + Array.from(next.date).length;
  const room = Math.max(MIN_STEP_LENGTH, MAX_SUBJECT_LENGTH - fixed);
  return truncate(`${head}; next: ${truncate(next.step, room)}${next.date}`, MAX_SUBJECT_LENGTH);
}

function headline(content: DigestContent): string {
  const { done, total } = content.progress;
  if (total > 0 && done === total) return `all ${plural(total, 'step')} done`;
  const late = content.late.length;
  if (content.status === 'Stalled')
    return late > 0 ? `stalled, ${plural(late, 'step')} behind` : 'stalled';
  if (late > 0) return `${plural(late, 'step')} behind`;
  if (content.status === 'At risk') {
    const missing = content.missing.length;
    return missing > 0 ? `at risk, ${plural(missing, 'step')} without owner or date` : 'at risk';
  }
  return 'on track';
}

function nextPart(content: DigestContent): { step: string; date: string } | null {
  const { done, total } = content.progress;
  if (total > 0 && done === total) return null;
  const next = content.next;
  const step = next ? cleanValue(next.step, MAX_SUBJECT_LENGTH) : '';
  if (!next || step === '') return { step: 'nothing scheduled', date: '' };
  const date = next.targetDate
    ? `, ${formatDateKey(next.targetDate, { year: content.today })}`
    : '';
  return { step, date };
}
