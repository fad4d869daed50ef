// Failure injection for tests: make the n-th call of a service method fail, or run a listener
// before every counted call — to kill an execution half-way, or to start an overlapping one.
import type { ExecutionInfo } from './execution';

export const SERVER_ERROR =
  "We're sorry, a server error occurred. Please wait a bit and try again.";

export interface CallInfo {
  /** 'Service.method', e.g. 'MailApp.sendEmail', 'Range.setValues'. */
  key: string;
  execution: ExecutionInfo;
}

export type CallListener = (call: CallInfo) => void;

/** Thrown by a listener (see Faults.kill) to end the running execution as if its process died. */
export class ExecutionKilled extends Error {
  constructor(message = 'Execution killed by a fault hook') {
    super(message);
    this.name = 'ExecutionKilled';
  }
}

interface FailRule {
  key: string;
  nth: number;
  seen: number;
  error: string;
}

export class Faults {
  private rules: FailRule[] = [];
  private listeners: CallListener[] = [];

  /**
   * The `nth` call (1-based, counted from now) of `key` throws `error` (by default Apps Script's
   * generic server error) instead of running. Returns a function that cancels the rule.
   */
  failOnCall(key: string, options: { nth?: number; error?: string } = {}): () => void {
    const rule: FailRule = {
      key,
      nth: options.nth ?? 1,
      seen: 0,
      error: options.error ?? SERVER_ERROR,
    };
    if (!Number.isInteger(rule.nth) || rule.nth < 1)
      throw new Error(`nth must be >= 1, got ${rule.nth}`);
    this.rules.push(rule);
    return () => {
      this.rules = this.rules.filter((r) => r !== rule);
    };
  }

  /** Calls `listener` before every counted service call; returns a function that removes it. */
  onCall(listener: CallListener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /** For use inside a listener: ends the current execution at this call, as a crash would. */
  kill(message?: string): never {
    throw new ExecutionKilled(message);
  }

  clear(): void {
    this.rules = [];
    this.listeners = [];
  }

  /** Runs the listeners, then the failure rules, for one call about to happen. */
  before(call: CallInfo): void {
    for (const listener of [...this.listeners]) listener(call);
    for (const rule of this.rules) {
      if (rule.key !== call.key) continue;
      rule.seen += 1;
      if (rule.seen === rule.nth) {
        this.rules = this.rules.filter((r) => r !== rule);
        throw new Error(rule.error);
      }
    }
  }
}
