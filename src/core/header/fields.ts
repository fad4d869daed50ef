// The label/value block above the step table: one label cell with its value in the cell to its
// right. It is found by its labels, not its position, because rows get inserted above the plan.

export type HeaderFieldKey =
  | 'customer'
  | 'vendor'
  | 'goal'
  | 'signatureDate'
  | 'baselineSignatureDate'
  | 'goLiveDate'
  | 'owner'
  | 'progress'
  | 'planStatus';

export interface HeaderField {
  readonly key: HeaderFieldKey;
  /** The label createPlan writes. */
  readonly label: string;
  /** Other labels a user may have typed instead. */
  readonly aliases: readonly string[];
  /** 'live' values are formulas the add-on writes (headerFormulas), never read as data. */
  readonly kind: 'text' | 'date' | 'live';
}

/** In the order createPlan writes them, top to bottom. */
export const HEADER_FIELDS: readonly HeaderField[] = [
  { key: 'customer', label: 'Customer', aliases: ['Customer name', 'Account'], kind: 'text' },
  { key: 'vendor', label: 'Vendor', aliases: ['Vendor name'], kind: 'text' },
  {
    key: 'goal',
    label: 'Goal / compelling event',
    aliases: ['Goal/compelling event', 'Goal', 'Compelling event'],
    kind: 'text',
  },
  {
    key: 'signatureDate',
    label: 'Target signature',
    aliases: ['Target signature date', 'Signature date'],
    kind: 'date',
  },
  {
    key: 'baselineSignatureDate',
    label: 'Baseline signature',
    aliases: ['Baseline signature date', 'Original signature date'],
    kind: 'date',
  },
  {
    key: 'goLiveDate',
    label: 'Go-live',
    aliases: ['Go live', 'Go-live date', 'Go live date', 'Target go-live'],
    kind: 'date',
  },
  { key: 'owner', label: 'Plan owner', aliases: ['Deal owner'], kind: 'text' },
  { key: 'progress', label: 'Progress', aliases: [], kind: 'live' },
  { key: 'planStatus', label: 'Plan status', aliases: [], kind: 'live' },
];
