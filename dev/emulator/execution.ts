// One run of the script, as Apps Script counts them: a menu call, a sidebar call, a trigger.
// Executions can overlap (a test starts one from inside another's service call), so the runtime
// keeps a stack and services always ask for the one on top.

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

export type ExecutionKind =
  | 'load' // the bundle evaluated on its own, to check it loads without touching a service
  | 'call' // a function run by the user (menu item, google.script.run, the CLI's --call)
  | 'simple-trigger' // onOpen / onEdit / onInstall run by Apps Script itself
  | 'edit-trigger' // installable on-edit or on-change trigger
  | 'open-trigger' // installable on-open trigger
  | 'clock-trigger'; // time-driven trigger

export interface Execution {
  readonly id: number;
  readonly kind: ExecutionKind;
  readonly functionName: string;
  /** Who caused it (the editor, the opener, the caller); the owner for clock triggers. */
  readonly activeUser: string;
  /** Whose authorization it runs under: the trigger owner for installable triggers. */
  readonly effectiveUser: string;
  readonly authMode: AuthModeName;
  readonly triggerUid?: string;
  /** The spreadsheet it runs in (the active one), or null for a run without a document. */
  readonly documentId: string | null;
  readonly startedAt: number;
  calls: number;
  simulatedMs: number;
  /** Set by a fault hook: from then on every service call of this execution fails. */
  killed?: Error;
}

/** What listeners and records see of an execution: plain data, no live state. */
export interface ExecutionInfo {
  id: number;
  kind: ExecutionKind;
  functionName: string;
  activeUser: string;
  effectiveUser: string;
  authMode: AuthModeName;
  triggerUid?: string;
  /** Absent in records saved before the emulator held several spreadsheets. */
  documentId?: string | null;
}

export function infoOf(e: Execution): ExecutionInfo {
  const info: ExecutionInfo = {
    id: e.id,
    kind: e.kind,
    functionName: e.functionName,
    activeUser: e.activeUser,
    effectiveUser: e.effectiveUser,
    authMode: e.authMode,
  };
  if (e.triggerUid) info.triggerUid = e.triggerUid;
  info.documentId = e.documentId;
  return info;
}

export class ExecutionStack {
  private readonly stack: Execution[] = [];
  private nextId = 1;

  constructor(firstId = 1) {
    this.nextId = firstId;
  }

  get peekNextId(): number {
    return this.nextId;
  }

  begin(
    spec: Omit<Execution, 'id' | 'calls' | 'simulatedMs' | 'startedAt'>,
    startedAt: number,
  ): Execution {
    const execution: Execution = {
      ...spec,
      id: this.nextId++,
      calls: 0,
      simulatedMs: 0,
      startedAt,
    };
    this.stack.push(execution);
    return execution;
  }

  end(execution: Execution): void {
    const i = this.stack.lastIndexOf(execution);
    if (i !== this.stack.length - 1) throw new Error('Executions must end in reverse order');
    this.stack.pop();
  }

  /** The execution whose code is running now. Services throw when nothing is running. */
  current(): Execution {
    const top = this.stack[this.stack.length - 1];
    if (!top) throw new Error('No script is running: services can only be used by a script');
    return top;
  }

  active(): readonly Execution[] {
    return this.stack;
  }
}
