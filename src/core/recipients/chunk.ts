// Apps Script mail refuses more than 50 recipients in one message; any message that lists several
// addresses (the owner's notes, a copy to the sellers) is split into messages of at most 50.
export const MAX_RECIPIENTS_PER_MESSAGE = 50;

export function chunkRecipients<T>(items: readonly T[], size = MAX_RECIPIENTS_PER_MESSAGE): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be >= 1: ${size}`);
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
