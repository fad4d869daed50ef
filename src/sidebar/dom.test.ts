import { debounce } from './dom';

describe('debounce', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs once after the calls stop', () => {
    const fn = jest.fn();
    const d = debounce(fn, 300);
    d();
    jest.advanceTimersByTime(200);
    d();
    jest.advanceTimersByTime(200);
    expect(fn).not.toHaveBeenCalled();
    jest.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('cancel drops the pending call; flush runs it now, once', () => {
    const fn = jest.fn();
    const d = debounce(fn, 300);
    d();
    d.cancel();
    jest.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
    d();
    d.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(1000);
    d.flush();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
