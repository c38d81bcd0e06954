import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftKeeper } from './draft-keeper.js';

/** A host that only records its controllers. */
const host = () => ({ addController: vi.fn(), removeController: vi.fn(), requestUpdate: vi.fn(), updateComplete: Promise.resolve(true) });

describe('DraftKeeper', () => {
  afterEach(() => vi.useRealTimers());

  it('writes once typing has paused for 400 ms, however many changes came before', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const write = vi.fn();
    const keeper = new DraftKeeper(host(), write);
    keeper.soon();
    vi.advanceTimersByTime(300);
    keeper.soon(); // still typing
    vi.advanceTimersByTime(300);
    expect(write).not.toHaveBeenCalled(); // 600 ms after the first change, only 300 after the last
    keeper.soon();
    vi.advanceTimersByTime(399);
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(write).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('writes at once when asked, and a waiting write is flushed when the page is hidden or the host leaves', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const write = vi.fn();
    const keeper = new DraftKeeper(host(), write);
    keeper.soon();
    keeper.now();
    expect(write).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(write).toHaveBeenCalledTimes(1); // the waiting write was cancelled

    keeper.soon();
    window.dispatchEvent(new Event('pagehide'));
    expect(write).toHaveBeenCalledTimes(2);
    keeper.soon();
    keeper.hostDisconnected();
    expect(write).toHaveBeenCalledTimes(3);
    keeper.hostDisconnected(); // nothing waits: nothing written
    window.dispatchEvent(new Event('pagehide'));
    expect(write).toHaveBeenCalledTimes(3);
  });
});
