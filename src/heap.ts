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
 *
 * A third heuristic is a floor that no flag set at run time moves: V8 collects the old
 * generation only once it has grown at least 8 MiB plus the young generation's size past what
 * survived the last full collection. A small job promotes little per poll (the HTTP client's
 * and Node's own bookkeeping: a few hundred bytes), so its heap creeps for tens of thousands of
 * polls before V8 collects. So the old generation is looked at every
 * {@link OLD_GENERATION_CHECK_MS}, and once V8 has made no full collection of its own for
 * {@link OLD_GENERATION_QUIET_MS}, collected in full whenever it has grown by more than
 * {@link OLD_GENERATION_SLACK} since the last one. A job of 10,000 objects or more makes V8
 * collect on its own within seconds, so this never collects for it (measured: none in 60 polls
 * of 10,000 objects, nor in 6 of 100,000). Measured on Node 24, a 4-object job polled 20,000
 * times 1 ms apart: the resident set grew 0.69 KiB per poll from poll 10,000 on without it,
 * 0.002 to 0.033 with it (3 runs), with about one full collection every two seconds.
 */
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The young generation kept: two semi-spaces of 8 MiB (Node 20 allows twice that, Node 24 eight times). */
export const YOUNG_GENERATION_CAP = 16 * 1024 * 1024;

/** How far past what survived the last full collection the old generation may grow, in percent. */
export const OLD_GENERATION_GROWTH_PERCENT = 100;

/** How often the old generation is looked at. */
export const OLD_GENERATION_CHECK_MS = 1_000;

/** How long V8 must have made no full collection of its own before the action makes one. */
export const OLD_GENERATION_QUIET_MS = 10_000;

/** Growth of the old generation since its last full collection past which the action makes one. */
export const OLD_GENERATION_SLACK = 256 * 1024;

/** V8's own defaults of the two flags. */
const DEFAULT_GROWTH_FACTOR = 2;
const DEFAULT_GROWING_PERCENT = 0;

export interface Heap {
  /** V8's new space as committed, bytes; undefined when V8 does not report one. */
  youngGenerationSize(): number | undefined;
  /** V8's old space, bytes in use (garbage not yet collected included); undefined when V8 does not report one. */
  oldGenerationUsed(): number | undefined;
  setFlag(flag: string): void;
  /**
   * Calls `check` after garbage collections, told whether a full collection of V8's own was
   * among them (not one that {@link Heap.collect} asked for); returns how to stop.
   */
  afterCollections(check: (fullByV8: boolean) => void): () => void;
  /** A full collection, now. */
  collect(): void;
  /** Calls `tick` every `ms` without keeping the process alive; returns how to stop. */
  every(ms: number, tick: () => void): () => void;
}

function space(name: string) {
  return getHeapSpaceStatistics().find((s) => s.space_name === name);
}

/** A full collection (mark-sweep-compact) that nothing forced. */
export function isFullByV8(entry: PerformanceEntry): boolean {
  // A gc entry's `detail` (Node 16 on), which the types of node:perf_hooks do not declare.
  const { detail } = entry as PerformanceEntry & { detail?: { kind?: number; flags?: number } };
  const { kind = 0, flags = 0 } = detail ?? {};
  return (kind & constants.NODE_PERFORMANCE_GC_MAJOR) !== 0 && (flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) === 0;
}

let fullCollection: (() => void) | undefined;

export const v8Heap: Heap = {
  youngGenerationSize: () => space('new_space')?.space_size,
  oldGenerationUsed: () => space('old_space')?.space_used_size,
  setFlag: (flag) => setFlagsFromString(flag),
  afterCollections: (check) => {
    const observer = new PerformanceObserver((list) => check(list.getEntries().some(isFullByV8)));
    observer.observe({ entryTypes: ['gc'] });
    return () => observer.disconnect();
  },
  collect: () => {
    // With the flag set at run time V8 gives `gc` to contexts made after it, not to ours: the
    // function comes from a new context, and no global of the action's changes.
    if (!fullCollection) {
      setFlagsFromString('--expose-gc');
      fullCollection = runInNewContext('gc') as () => void;
    }
    fullCollection();
  },
  every: (ms, tick) => {
    const timer = setInterval(tick, ms);
    timer.unref();
    return () => clearInterval(timer);
  }
};

/**
 * The check of the old generation: a full collection when V8 has made none of its own for
 * `quietChecks` checks and the old generation has grown by more than `slack` past where the
 * last full collection left it. A job whose polls promote megabytes makes V8 collect on its own
 * every few seconds, and is left to it.
 */
function oldGenerationCheck(heap: Heap, slack: number, quietChecks: number) {
  /** The old generation's use when the last full collection was seen (at the check after it, for V8's own). */
  let afterLast: number | undefined;
  let fullByV8 = false;
  /** Checks since V8's last full collection of its own. */
  let quiet = 0;
  return {
    sawFullByV8: () => (fullByV8 = true),
    tick: (): void => {
      const used = heap.oldGenerationUsed();
      if (used === undefined) return;
      quiet = fullByV8 ? 0 : quiet + 1;
      fullByV8 = false;
      if (afterLast === undefined || quiet === 0) afterLast = used;
      else if (quiet >= quietChecks && used - afterLast > slack) {
        heap.collect();
        afterLast = heap.oldGenerationUsed();
      }
    }
  };
}

/**
 * Holds the young generation at `youngCap` bytes, the old generation's growth at
 * {@link OLD_GENERATION_GROWTH_PERCENT} and its garbage under {@link OLD_GENERATION_SLACK} from
 * now on; returns how to stop (V8's defaults back).
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
  const old = oldGenerationCheck(heap, OLD_GENERATION_SLACK, Math.ceil(OLD_GENERATION_QUIET_MS / OLD_GENERATION_CHECK_MS));
  const stop = heap.afterCollections((fullByV8) => {
    check();
    if (fullByV8) old.sawFullByV8();
  });
  const stopChecks = heap.every(OLD_GENERATION_CHECK_MS, old.tick);
  return () => {
    stop();
    stopChecks();
    if (factor !== DEFAULT_GROWTH_FACTOR) heap.setFlag(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`);
    heap.setFlag(`--heap-growing-percent=${DEFAULT_GROWING_PERCENT}`);
  };
}
