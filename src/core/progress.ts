/**
 * How far the copy of full data is, and how long it will still take. Pure; shown, never used to
 * decide.
 *
 * Rows are counted over every `data` entry of every job in BigInt: counts are decimal strings
 * that can exceed 2^53. `FinishRowNum` counts what was copied and may exceed `TotalRowNum` (an
 * estimate), so for the percentage an entry's size is the larger of the two, and an entry DTS
 * calls Finished is done whole. The percentage is rounded down to one decimal, is `100` only
 * when every data entry is Finished and nothing else is pending (a job that has not listed its
 * tables yet has rows still to copy), and at most 99.9 before that.
 *
 * The copy rate is the rows done over the time of the recent polls: the valid intervals between
 * samples that end within the last ten minutes (at least the last three such intervals). Each
 * complete poll gives one sample; a failed poll gives none, so its time simply falls into a
 * longer interval, and uneven intervals weigh by their length. An interval in which the rows
 * done went down (a table copied again) or the number of data entries changed (entries that
 * came or went would count rows copied earlier) is left out, rows and time alike, and so is the
 * time before the oldest interval that copied rows (a precheck, the copy of the schema): a copy
 * that stalls counts its stall, a copy that has not begun does not.
 */
import type { DtsObject, Progress, ProgressSample, Snapshot } from './types.js';

/** What progress needs of an object. */
export type ProgressEntry = Pick<DtsObject, 'section' | 'state' | 'totalRows' | 'finishedRows'>;

/**
 * A sum of row counts, exact however large: whole numbers below 2^53 are added as Numbers (a
 * poll may have 100,000 data entries, and BigInt arithmetic per entry costs several times more),
 * and moved into the BigInt before the Number part could lose a unit.
 */
class RowSum {
  private big = 0n;
  private small = 0;

  add(rows: number | bigint): void {
    if (typeof rows === 'bigint') {
      this.big += rows;
      return;
    }
    this.small += rows;
    if (this.small >= 2 ** 52) {
      this.big += BigInt(this.small);
      this.small = 0;
    }
  }

  value(): bigint {
    return this.big + BigInt(this.small);
  }
}

/**
 * Rows are canonical decimal strings (normalize's `count`): up to 15 digits read exactly as a
 * Number, longer ones as a BigInt. Anything else counts as none.
 */
function rows(value: string | undefined): number | bigint {
  if (value === undefined || value === '') return 0;
  if (value.length <= 15) {
    const n = Number(value);
    return Number.isInteger(n) && n >= 0 ? n : 0;
  }
  return /^\d+$/.test(value) ? BigInt(value) : 0;
}

/**
 * Progress counted one object at a time, so that the counting pass over a poll's objects can add
 * each data entry as it goes instead of walking the objects a second time.
 */
export class ProgressCount {
  private entries = 0;
  private finishedEntries = 0;
  private readonly copiedRows = new RowSum();
  private readonly totalRows = new RowSum();
  private readonly doneRows = new RowSum();
  private readonly sizeRows = new RowSum();

  add(o: ProgressEntry): void {
    if (o.section !== 'data') return;
    const copied = rows(o.finishedRows);
    const total = rows(o.totalRows);
    const size = copied > total ? copied : total;
    const finished = o.state === 'Finished';
    this.entries++;
    if (finished) this.finishedEntries++;
    this.copiedRows.add(copied);
    this.totalRows.add(total);
    this.sizeRows.add(size);
    this.doneRows.add(finished ? size : copied);
  }

  /** `pending`: something of the run is still pending (an object, or a job that has listed nothing yet). */
  value(pending = false): Progress {
    const p: Progress = {
      entries: this.entries,
      finishedEntries: this.finishedEntries,
      copiedRows: this.copiedRows.value(),
      totalRows: this.totalRows.value(),
      doneRows: this.doneRows.value(),
      sizeRows: this.sizeRows.value()
    };
    if (p.entries > 0) p.percent = percentage(p, pending);
    return p;
  }
}

export function progressOf(objects: Iterable<ProgressEntry>): Progress {
  const count = new ProgressCount();
  for (const o of objects) count.add(o);
  return count.value();
}

function percentage(p: Progress, pending: boolean): number {
  if (p.finishedEntries === p.entries) return pending ? 99.9 : 100;
  if (p.sizeRows === 0n) return 0;
  const tenths = Number((p.doneRows * 1000n) / p.sizeRows);
  return Math.min(999, tenths) / 10;
}

export function sampleOf(progress: Progress, atMs: number): ProgressSample {
  return { atMs, doneRows: progress.doneRows, entries: progress.entries };
}

interface RateOptions {
  /** The recent time the rate is taken over; default ten minutes. */
  windowMs: number;
  /** Valid intervals taken at least, however old; default 3. */
  minIntervals: number;
}

export const DEFAULT_RATE: RateOptions = { windowMs: 10 * 60_000, minIntervals: 3 };

/** Samples kept at most, whatever the poll interval. */
export const MAX_SAMPLES = 240;

function validInterval(a: ProgressSample, b: ProgressSample): boolean {
  return b.atMs > a.atMs && b.doneRows >= a.doneRows && b.entries === a.entries;
}

/**
 * Rows per second over the recent polls of `samples` (oldest first); undefined when no rows were
 * seen being copied between two of them.
 */
export function copyRate(samples: readonly ProgressSample[], options: RateOptions = DEFAULT_RATE): number | undefined {
  const newest = samples[samples.length - 1];
  if (!newest) return undefined;
  let done = 0n;
  let ms = 0;
  let intervals = 0;
  /** `ms` up to the oldest interval that copied rows: the time before the copy began is not its time. */
  let msFromFirstRows = 0;
  for (let i = samples.length - 1; i > 0; i--) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    if (newest.atMs - b.atMs >= options.windowMs && intervals >= options.minIntervals) break;
    if (!validInterval(a, b)) continue;
    done += b.doneRows - a.doneRows;
    ms += b.atMs - a.atMs;
    intervals++;
    if (b.doneRows > a.doneRows) msFromFirstRows = ms;
  }
  if (done === 0n || msFromFirstRows <= 0) return undefined;
  return Number(done) / (msFromFirstRows / 1000);
}

/**
 * `samples` with `sample` added, without the ones no rate will look at again: those older than
 * the window that are not needed for the minimum of intervals, and any beyond {@link MAX_SAMPLES}.
 */
export function addSample(
  samples: readonly ProgressSample[],
  sample: ProgressSample,
  options: RateOptions = DEFAULT_RATE
): ProgressSample[] {
  const all = [...samples, sample];
  let first = all.length - 1;
  let intervals = 0;
  // Walk back as copyRate does: keep every sample it could still reach.
  while (first > 0) {
    const b = all[first]!;
    if (sample.atMs - b.atMs >= options.windowMs && intervals >= options.minIntervals) break;
    if (validInterval(all[first - 1]!, b)) intervals++;
    first--;
  }
  return all.slice(Math.max(first, all.length - MAX_SAMPLES));
}

/** Whole seconds still needed at `rate`; undefined when nothing is left or no rate is known. */
export function etaSeconds(progress: Progress, rate: number | undefined): number | undefined {
  const left = progress.sizeRows - progress.doneRows;
  if (left <= 0n || rate === undefined || !(rate > 0)) return undefined;
  const seconds = Math.ceil(Number(left) / rate);
  return Number.isFinite(seconds) ? seconds : undefined;
}

/**
 * `snapshot` with the copy rate and the time left over `samples` (the earlier polls' and its
 * own, oldest first); the fields stay absent while they are not known.
 */
export function withRate(snapshot: Snapshot, samples: readonly ProgressSample[]): Snapshot {
  const rate = copyRate(samples);
  const eta = etaSeconds(snapshot.progress, rate);
  const rated: Snapshot = { ...snapshot };
  if (rate !== undefined) rated.rate = rate;
  if (eta !== undefined) rated.etaSeconds = eta;
  return rated;
}

/** `snapshot` without a copy rate or a time left (a copy that failed will not move again). */
export function withoutRate(snapshot: Snapshot): Snapshot {
  if (snapshot.rate === undefined && snapshot.etaSeconds === undefined) return snapshot;
  const unrated: Snapshot = { ...snapshot };
  delete unrated.rate;
  delete unrated.etaSeconds;
  return unrated;
}
