import { withBridge } from './sidebar-bridge';

const BRIDGE = 'window.google = {};';

describe('withBridge', () => {
  it('runs the bridge before any script of the sidebar: first thing in <head>', () => {
    const html =
      '<!doctype html><html><head lang="en"><script>main()</script></head><body></body></html>';
    const out = withBridge(html, BRIDGE);
    expect(out).toBe(
      '<!doctype html><html><head lang="en"><script>window.google = {};</script><script>main()</script></head><body></body></html>',
    );
  });

  it('still goes first in a page with no <head>, after the doctype', () => {
    expect(withBridge('<!DOCTYPE html><script>main()</script>', BRIDGE)).toBe(
      '<!DOCTYPE html><script>window.google = {};</script><script>main()</script>',
    );
    expect(withBridge('<p>hi</p>', BRIDGE)).toBe('<script>window.google = {};</script><p>hi</p>');
  });

  it('does not mistake <header> for <head>', () => {
    const out = withBridge('<header>x</header><head></head>', BRIDGE);
    expect(out).toBe('<header>x</header><head><script>window.google = {};</script></head>');
  });

  it('cannot be cut short by a closing script tag inside the bridge', () => {
    const out = withBridge('<head></head>', 'var s = "</script><b>";');
    expect(out).toBe('<head><script>var s = "<\\/script><b>";</script></head>');
  });
});
