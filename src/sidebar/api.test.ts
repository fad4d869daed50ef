import { call, errorMessage, ServerCallError, type ScriptRunner } from './api';

type Handler = (value: unknown) => void;

/** A google.script.run stand-in: records calls, answers through the chained handlers. */
function installRun(server: Record<string, (...args: unknown[]) => unknown>) {
  const seen: { name: string; args: unknown[] }[] = [];
  const make = (success?: Handler, failure?: Handler): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get(_t, prop) {
        if (prop === 'withSuccessHandler') return (f: Handler) => make(f, failure);
        if (prop === 'withFailureHandler') return (f: Handler) => make(success, f);
        if (typeof prop !== 'string' || !(prop in server)) return undefined;
        return (...args: unknown[]) => {
          seen.push({ name: prop, args });
          setTimeout(() => {
            try {
              success?.(server[prop](...args));
            } catch (error) {
              failure?.(error);
            }
          });
        };
      },
    });
  (globalThis as { google?: unknown }).google = { script: { run: make() } };
  return seen;
}

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
});

describe('call', () => {
  it('resolves with what the server function returns, passing the arguments on', async () => {
    const seen = installRun({ selectStepRow: (row) => `selected ${String(row)}` });
    await expect(call('selectStepRow', 7)).resolves.toBe('selected 7');
    expect(seen).toEqual([{ name: 'selectStepRow', args: [7] }]);
  });

  it('sends arguments as JSON, so undefined fields never reach the server', async () => {
    const seen = installRun({ createPlan: () => null });
    await call('createPlan', {
      template: 'poc',
      customer: 'Acme',
      vendor: 'Us',
      signatureDate: '2025-05-01',
      goLiveDate: undefined,
    });
    expect(seen[0].args[0]).toEqual({
      template: 'poc',
      customer: 'Acme',
      vendor: 'Us',
      signatureDate: '2025-05-01',
    });
    expect(Object.keys(seen[0].args[0] as object)).not.toContain('goLiveDate');
  });

  it('rejects with the server’s message, without the Exception: prefix', async () => {
    installRun({
      getPlanStatus: () => {
        throw new Error('Exception: No plan tab found.');
      },
    });
    const failure = call('getPlanStatus');
    await expect(failure).rejects.toBeInstanceOf(ServerCallError);
    await expect(failure).rejects.toThrow(/^No plan tab found\.$/);
  });

  it('rejects when the server has no such function', async () => {
    installRun({});
    await expect(call('getSidebarState')).rejects.toThrow(/no function named getSidebarState/);
  });

  it('rejects outside Google Sheets instead of throwing synchronously', async () => {
    await expect(call('getSidebarState')).rejects.toThrow(/not available/);
  });
});

describe('errorMessage', () => {
  it('reads Errors, strings and error-like objects', () => {
    expect(errorMessage(new Error('ScriptError: quota'))).toBe('quota');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage({ message: 'from an object' })).toBe('from an object');
  });

  it('never returns an empty message', () => {
    expect(errorMessage(undefined)).toMatch(/did not answer/);
    expect(errorMessage(new Error('Exception: '))).toMatch(/did not answer/);
  });
});
