import { describe, expect, it } from '@jest/globals';
import { CancelledError } from '../../src/errors.js';
import { systemClock, untilAborted } from '../../src/time.js';

const { sleep } = systemClock;

describe('sleep', () => {
  it('waits, and ends at once with CancelledError when aborted, leaving no timer behind', async () => {
    const started = Date.now();
    await sleep(20);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
    const controller = new AbortController();
    const long = sleep(60_000, controller.signal);
    const timersBefore = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    controller.abort();
    await expect(long).rejects.toBeInstanceOf(CancelledError);
    const timersAfter = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    expect(timersAfter).toBe(timersBefore - 1);
    await expect(sleep(10, controller.signal)).rejects.toBeInstanceOf(CancelledError);
  });

  it('untilAborted settles with the work, or rejects on abort', async () => {
    await expect(untilAborted(Promise.resolve(7), new AbortController().signal)).resolves.toBe(7);
    const controller = new AbortController();
    const never = untilAborted(new Promise(() => undefined), controller.signal);
    controller.abort();
    await expect(never).rejects.toBeInstanceOf(CancelledError);
  });
});
