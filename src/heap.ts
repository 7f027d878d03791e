/**
 * Keeps V8's heap near what the action holds, so that a run of 100,000 objects stays well under
 * 256 MiB resident on Node 24 as on Node 20. A poll holds its objects (about 18 MB for 100,000)
 * and the previous poll's; almost everything else it makes is garbage soon. Two of V8's
 * heuristics let that garbage take memory all the same:
 *
 * - The young generation doubles whenever the bytes that survived its scavenges since it last
 *   grew exceed its size, up to a ceiling: 32 MiB on Node 20, 128 MiB on Node 24. Any run of
 *   many polls, or one poll of many objects, gets there.
 * - The old generation may grow to several times what was alive after its last full collection
 *   before the next one: each poll's objects outlive two scavenges, and so are promoted there
 *   to die a poll later. Measured, 35 MB alive after a full collection against 130 MB of old
 *   generation before it.
 *
 * An action cannot start Node with `--max-semi-space-size` or `--max-old-space-size`, and V8
 * reads those flags (like `--scavenger-max-new-space-capacity-mb`) only when it sets up the
 * heap: set at run time they change nothing. V8 reads two others each time it uses them, and
 * those are set here: `--heap-growing-percent` (how far the old generation may grow past what
 * survived the last full collection; 100: to twice that) and, once the young generation has
 * reached the cap, `--semi-space-growth-factor=1` (no further growth; back to V8's 2 should V8
 * have shrunk it below). A young generation of 16 MiB measured no dearer in CPU: what survives a
 * scavenge is a poll's objects, promoted however large the young generation is.
 *
 * Measured at 100,000 objects together with the answer parser, against the action with neither
 * (3 runs each; npm run bench -- --base <a commit before both>): peak RSS 202-215 MiB instead of
 * 376-393 on Node 24, 180-189 instead of 200-229 on Node 20.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The young generation kept: two semi-spaces of 8 MiB (Node 20 allows twice that, Node 24 eight times). */
export const YOUNG_GENERATION_CAP = 16 * 1024 * 1024;

/** How far past what survived the last full collection the old generation may grow, in percent. */
export const OLD_GENERATION_GROWTH_PERCENT = 100;

/** V8's own defaults of the two flags. */
const DEFAULT_GROWTH_FACTOR = 2;
const DEFAULT_GROWING_PERCENT = 0;

interface Heap {
  /** V8's new space as committed, bytes; undefined when V8 does not report one. */
  youngGenerationSize(): number | undefined;
  setFlag(flag: string): void;
  /** Calls `check` after garbage collections; returns how to stop. */
  afterCollections(check: () => void): () => void;
}

const v8Heap: Heap = {
  youngGenerationSize: () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size,
  setFlag: (flag) => setFlagsFromString(flag),
  afterCollections: (check) => {
    const observer = new PerformanceObserver(check);
    observer.observe({ entryTypes: ['gc'] });
    return () => observer.disconnect();
  }
};

/**
 * Holds the young generation at `youngCap` bytes and the old generation's growth at
 * {@link OLD_GENERATION_GROWTH_PERCENT} from now on; returns how to stop (V8's defaults back).
 */
export function limitHeapGrowth(youngCap = YOUNG_GENERATION_CAP, heap: Heap = v8Heap): () => void {
  heap.setFlag(`--heap-growing-percent=${OLD_GENERATION_GROWTH_PERCENT}`);
  let factor = DEFAULT_GROWTH_FACTOR;
  const check = (): void => {
    const size = heap.youngGenerationSize();
    if (size === undefined) return;
    const wanted = size >= youngCap ? 1 : DEFAULT_GROWTH_FACTOR;
    if (wanted !== factor) {
      heap.setFlag(`--semi-space-growth-factor=${wanted}`);
      factor = wanted;
    }
  };
  check();
  const stop = heap.afterCollections(check);
  return () => {
    stop();
    if (factor !== DEFAULT_GROWTH_FACTOR) heap.setFlag(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`);
    heap.setFlag(`--heap-growing-percent=${DEFAULT_GROWING_PERCENT}`);
  };
}
