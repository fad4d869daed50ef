// The bounded send log in document properties (core bounds it; this only stores it).
import { appendSendLog, makeSendLogEntry, parseSendLog } from '../../core/delivery/send-log';
import type { SendLogEntryJson } from '../../shared/api';
import { KEYS } from './property-keys';

export function readSendLog(stored: Readonly<Record<string, string>>): SendLogEntryJson[] {
  return parseSendLog(stored[KEYS.log]);
}

/** The write that adds `entry` to the stored log. */
export function sendLogWrite(
  stored: Readonly<Record<string, string>>,
  entry: SendLogEntryJson,
): Record<string, string> {
  return {
    [KEYS.log]: JSON.stringify(appendSendLog(readSendLog(stored), makeSendLogEntry(entry))),
  };
}
