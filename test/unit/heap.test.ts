/**
 * The heap held near what the action holds: the old generation's growing percent set once, and
 * the young generation at its cap (V8's growth factor goes to 1 once the young generation has
 * reached the cap, back to 2 when V8 has shrunk it below, and nothing is set while it stays on
 * one side); V8's defaults back on stop. On a heap of our own making; the effect on V8 itself is
 * shown by `npm run bench -- --variant heap` (a memory figure, not a test).
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { getHeapSpaceStatistics } from 'node:v8';
import { limitHeapGrowth, OLD_GENERATION_GROWTH_PERCENT, YOUNG_GENERATION_CAP } from '../../src/heap.js';

const MiB = 1024 * 1024;

function fakeHeap(sizes: Array<number | undefined>) {
  const flags: string[] = [];
  let collect: (() => void) | undefined;
  let stopped = false;
  let i = 0;
  return {
    /** The growth factors set, in order. */
    get factors(): number[] {
      return flags.filter((f) => f.startsWith('--semi-space-growth-factor=')).map((f) => Number(f.split('=')[1]));
    },
    flags,
    collections(n: number): void {
      for (let k = 0; k < n; k++) collect?.();
    },
    get stopped() {
      return stopped;
    },
    heap: {
      youngGenerationSize: () => sizes[Math.min(i++, sizes.length - 1)],
      setFlag: (flag: string) => flags.push(flag),
      afterCollections: (check: () => void) => {
        collect = check;
        return () => (stopped = true);
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
  });
});
