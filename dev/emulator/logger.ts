// Logger.log and console.*: both land in the emulator's log, stamped with the virtual time and the
// execution that wrote them. Logger.getLog() returns only the current execution's lines.
import { formatString } from './format-string';
import { KIND } from './kind';
import { isDate } from './realm';

export type LogLevel = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR';

export interface LogEntry {
  at: number;
  level: LogLevel;
  executionId: number | null;
  functionName: string | null;
  message: string;
}

export function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isDate(value)) return new Date(value.getTime()).toISOString();
  if (value instanceof Error || (value && typeof value === 'object' && 'stack' in value)) {
    return String((value as Error).stack ?? value);
  }
  if (value !== null && typeof value === 'object') {
    try {
      return JSON.stringify(value, (_k, v: unknown) =>
        isDate(v) ? new Date((v as Date).getTime()).toISOString() : v,
      );
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/**
 * Logger.log(format, ...values) formats like Utilities.formatString. console.* does too, and then
 * appends the values no '%' conversion used, as browsers and Node do.
 */
function message(args: unknown[], appendRest = false): string {
  if (args.length > 1 && typeof args[0] === 'string') {
    const values = args.slice(1).map((a) => (typeof a === 'number' ? a : render(a)));
    const used = (args[0].replace(/%%/g, '').match(/%[-+ 0]*\d*(?:\.\d+)?[sdifeExXoc]/g) ?? [])
      .length;
    const head = formatString(args[0], ...values);
    const rest = appendRest ? values.slice(used).map(String) : [];
    return [head, ...rest].join(' ');
  }
  return args.map(render).join(' ');
}

export interface LogContext {
  now(): number;
  execution(): { id: number; functionName: string } | null;
}

export class LogBook {
  readonly entries: LogEntry[] = [];

  constructor(private readonly context: LogContext) {}

  add(level: LogLevel, text: string, execution = this.context.execution()): void {
    this.entries.push({
      at: this.context.now(),
      level,
      executionId: execution?.id ?? null,
      functionName: execution?.functionName ?? null,
      message: text,
    });
  }

  lines(): string[] {
    return this.entries.map(lineOf);
  }
}

export function lineOf(e: LogEntry): string {
  const who = e.executionId === null ? '[emulator]' : `[#${e.executionId} ${e.functionName}]`;
  return `${new Date(e.at).toISOString()} ${e.level} ${who} ${e.message}`;
}

export class Logger implements GoogleAppsScript.Base.Logger {
  readonly [KIND] = 'Logger';
  /** Logger's own buffer per execution: getLog() and clear() touch it, never the emulator log. */
  private readonly buffers = new Map<number | null, string[]>();

  constructor(
    private readonly book: LogBook,
    private readonly context: LogContext,
  ) {}

  private buffer(): string[] {
    const id = this.context.execution()?.id ?? null;
    let b = this.buffers.get(id);
    if (!b) this.buffers.set(id, (b = []));
    return b;
  }

  log(...args: unknown[]): this {
    const text = message(args);
    this.book.add('INFO', text);
    this.buffer().push(text);
    return this;
  }

  getLog(): string {
    return this.buffer().join('\n');
  }

  clear(): void {
    this.buffer().length = 0;
  }
}

/** console for the script: plain functions (not a Google service, so not counted). */
export function createConsole(book: LogBook): Record<string, (...args: unknown[]) => void> {
  const at =
    (level: LogLevel) =>
    (...args: unknown[]) =>
      book.add(level, message(args, true));
  return {
    log: at('INFO'),
    info: at('INFO'),
    warn: at('WARNING'),
    error: at('ERROR'),
    debug: at('DEBUG'),
  };
}
