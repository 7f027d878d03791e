/**
 * The heap held near what the action holds: the old generation's growing percent set once, the
 * young generation at its cap (V8's growth factor goes to 1 once the young generation has
 * reached the cap, back to 2 when V8 has shrunk it below, and nothing is set while it stays on
 * one side), and a full collection whenever the old generation has grown by more than the slack
 * since the last one; V8's defaults back on stop. On a heap of our own making; the effect on V8
 * itself is shown by `npm run bench -- --variant heap` and the growth part of the bench (memory
 * figures, not tests). Against the real V8 only what a run relies on: the flags are known, and
 * a full collection can be made without a global `gc`.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import {
  isFullByV8,
  limitHeapGrowth,
  OLD_GENERATION_CHECK_MS,
  OLD_GENERATION_GROWTH_PERCENT,
  OLD_GENERATION_QUIET_MS,
  OLD_GENERATION_SLACK,
  v8Heap,
  YOUNG_GENERATION_CAP
} from '../../src/heap.js';

const MiB = 1024 * 1024;

/**
 * A heap of our making: `sizes` are the young generation's at start and after each collection;
 * `old` is the old generation's use, set by the test, and what a full collection leaves of it is
 * `oldAfterCollect`.
 */
function fakeHeap(sizes: Array<number | undefined>) {
  const flags: string[] = [];
  let collect: ((fullByV8: boolean) => void) | undefined;
  let tick: (() => void) | undefined;
  let stopped = false;
  let ticksStopped = false;
  let i = 0;
  const state = { old: undefined as number | undefined, oldAfterCollect: 0, fullCollections: 0, every: 0 };
  return {
    /** The growth factors set, in order. */
    get factors(): number[] {
      return flags.filter((f) => f.startsWith('--semi-space-growth-factor=')).map((f) => Number(f.split('=')[1]));
    },
    flags,
    /** Collections that are not full ones of V8's own (scavenges). */
    collections(n: number): void {
      for (let k = 0; k < n; k++) collect?.(false);
    },
    /** A full collection of V8's own, which leaves the old generation at `old`. */
    fullByV8(old: number): void {
      state.old = old;
      collect?.(true);
    },
    /** One check of the old generation, as the timer would make it. */
    tick(): void {
      tick?.();
    },
    state,
    get stopped() {
      return stopped;
    },
    get ticksStopped() {
      return ticksStopped;
    },
    heap: {
      youngGenerationSize: () => sizes[Math.min(i++, sizes.length - 1)],
      oldGenerationUsed: () => state.old,
      setFlag: (flag: string) => flags.push(flag),
      afterCollections: (check: (fullByV8: boolean) => void) => {
        collect = check;
        return () => (stopped = true);
      },
      collect: () => {
        state.fullCollections++;
        state.old = state.oldAfterCollect;
      },
      every: (ms: number, check: () => void) => {
        state.every = ms;
        tick = check;
        return () => (ticksStopped = true);
      }
    }
  };
}

describe('limitHeapGrowth', () => {
  it('stops the growth once the young generation reaches the cap, and lets it grow again below it', () => {
    // At start, then after each collection: 2, 4, ... MiB, the cap, held, shrunk by V8, grown back.
    const fake = fakeHeap([2 * MiB, 4 * MiB, 16 * MiB, 32 * MiB, 32 * MiB, 32 * MiB, 8 * MiB, 16 * MiB, 32 * MiB]);
    const stop = limitHeapGrowth(32 * MiB, fake.heap);
    fake.collections(2);
    expect(fake.factors).toEqual([]);
    fake.collections(3);
    expect(fake.factors).toEqual([1]);
    fake.collections(3);
    expect(fake.factors).toEqual([1, 2, 1]);
    stop();
    expect(fake.stopped).toBe(true);
    expect(fake.factors).toEqual([1, 2, 1, 2]);
    expect([fake.flags[0], fake.flags[fake.flags.length - 1]]).toEqual([
      `--heap-growing-percent=${OLD_GENERATION_GROWTH_PERCENT}`,
      '--heap-growing-percent=0'
    ]);
  });

  it('holds from the start a young generation already at the cap, and sets nothing when V8 reports none', () => {
    const atCap = fakeHeap([64 * MiB]);
    limitHeapGrowth(32 * MiB, atCap.heap);
    expect(atCap.factors).toEqual([1]);
    const none = fakeHeap([undefined]);
    const stop = limitHeapGrowth(32 * MiB, none.heap);
    none.collections(3);
    stop();
    expect(none.factors).toEqual([]);
  });

  it("caps below Node 20's young generation; this Node's V8 reports the space and knows both flags", () => {
    expect(YOUNG_GENERATION_CAP).toBeLessThanOrEqual(32 * MiB);
    expect(getHeapSpaceStatistics().some((space) => space.space_name === 'new_space')).toBe(true);
    // V8 prints "Error: unrecognized flag" on stderr for a flag it does not know.
    const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 16 * MiB });
    expect(options).toContain('--heap-growing-percent ');
    expect(options).toContain('--semi-space-growth-factor ');
    expect(options).toContain('--expose-gc ');
  });

  const quietChecks = Math.ceil(OLD_GENERATION_QUIET_MS / OLD_GENERATION_CHECK_MS);

  it('collects the old generation in full once V8 has been quiet long enough and it has grown by more than the slack', () => {
    const fake = fakeHeap([2 * MiB]);
    const stop = limitHeapGrowth(32 * MiB, fake.heap);
    expect(fake.state.every).toBe(OLD_GENERATION_CHECK_MS);
    expect(quietChecks).toBeGreaterThan(1);
    fake.state.old = 10 * MiB;
    fake.tick(); // the first look: where the old generation stands
    fake.state.old = 10 * MiB + OLD_GENERATION_SLACK + 1;
    for (let k = 2; k < quietChecks; k++) fake.tick();
    fake.collections(5); // scavenges do not end the quiet
    expect(fake.state.fullCollections).toBe(0);
    fake.state.oldAfterCollect = 10.5 * MiB;
    fake.tick();
    expect(fake.state.fullCollections).toBe(1);
    // From then on, measured from what that collection left: grown by the slack, not more, and then more.
    fake.state.old = 10.5 * MiB + OLD_GENERATION_SLACK;
    fake.tick();
    expect(fake.state.fullCollections).toBe(1);
    fake.state.old = 10.5 * MiB + OLD_GENERATION_SLACK + 1;
    fake.tick();
    expect(fake.state.fullCollections).toBe(2);
    stop();
    expect(fake.ticksStopped).toBe(true);
  });

  it('leaves a heap that V8 collects on its own to V8, and measures from its collection', () => {
    const fake = fakeHeap([2 * MiB]);
    limitHeapGrowth(32 * MiB, fake.heap);
    fake.state.old = 20 * MiB;
    for (let k = 0; k < 3 * quietChecks; k++) {
      // A job that promotes megabytes a poll: V8's own full collection before every other check.
      if (k % 2 === 0) fake.fullByV8(20 * MiB);
      fake.state.old += 8 * MiB;
      fake.tick();
    }
    expect(fake.state.fullCollections).toBe(0);
    // Once V8 is quiet, the growth counts from where the check after its collection saw the heap.
    fake.fullByV8(20 * MiB);
    fake.state.old = 24 * MiB;
    fake.tick();
    fake.state.old = 24 * MiB + OLD_GENERATION_SLACK;
    for (let k = 1; k < 2 * quietChecks; k++) fake.tick();
    expect(fake.state.fullCollections).toBe(0);
    fake.state.old = 24 * MiB + OLD_GENERATION_SLACK + 1;
    fake.tick();
    expect(fake.state.fullCollections).toBe(1);
    // And nothing is collected while V8 reports no old space.
    const none = fakeHeap([2 * MiB]);
    limitHeapGrowth(32 * MiB, none.heap);
    for (let k = 0; k < 2 * quietChecks; k++) none.tick();
    expect(none.state.fullCollections).toBe(0);
  });

  it('makes a full collection on the real V8 without giving the action a global gc', async () => {
    const g = globalThis as { gc?: unknown };
    const before = g.gc;
    const ref = ((): WeakRef<object> => new WeakRef({ text: 'garbage once this returns' }))();
    // V8 keeps a WeakRef's target alive until the current turn ends.
    await new Promise((resolve) => setImmediate(resolve));
    expect(v8Heap.oldGenerationUsed()).toBeGreaterThan(0);
    v8Heap.collect();
    expect(ref.deref()).toBeUndefined();
    v8Heap.collect(); // the second time, through the function the first one made
    expect(g.gc).toBe(before);
    let ticks = 0;
    const stop = v8Heap.every(1, () => ticks++);
    stop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ticks).toBe(0);
  });

  it("tells V8's own full collections from forced ones and from scavenges by the gc entry's detail", async () => {
    const entry = (detail?: object) => ({ entryType: 'gc', detail }) as unknown as PerformanceEntry;
    const { NODE_PERFORMANCE_GC_MAJOR: major, NODE_PERFORMANCE_GC_MINOR: minor } = constants;
    expect(isFullByV8(entry({ kind: major, flags: constants.NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE }))).toBe(true);
    expect(isFullByV8(entry({ kind: major, flags: constants.NODE_PERFORMANCE_GC_FLAGS_FORCED }))).toBe(false);
    expect(isFullByV8(entry({ kind: minor, flags: 0 }))).toBe(false);
    expect(isFullByV8(entry())).toBe(false);
    // What this Node reports of the collection v8Heap.collect() makes.
    const seen: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
    observer.observe({ entryTypes: ['gc'] });
    v8Heap.collect();
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    const forced = seen.filter((e) => {
      const { kind = 0, flags = 0 } = (e as { detail?: { kind?: number; flags?: number } }).detail ?? {};
      return (kind & major) !== 0 && (flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) !== 0;
    });
    expect(forced.length).toBeGreaterThan(0);
    expect(forced.some(isFullByV8)).toBe(false);
  });
});
