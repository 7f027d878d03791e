/**
 * Progress of the copy of full data: the exact percentage on known inputs, the copy rate over
 * recent polls and the time left, and the edges (huge counts, counts that disagree, rows that
 * go down, polls that failed, uneven intervals).
 */
import { describe, expect, it } from '@jest/globals';
import { SeededRandom } from '../../simulator/index.js';
import {
  addSample,
  copyRate,
  DEFAULT_RATE,
  etaSeconds,
  MAX_SAMPLES,
  progressOf,
  sampleOf,
  type ProgressEntry
} from '../../src/core/progress.js';
import type { ProgressSample, State } from '../../src/core/types.js';

const data = (finished: string | undefined, total: string | undefined, state: State = 'Migrating'): ProgressEntry => {
  const entry: ProgressEntry = { section: 'data', state };
  if (finished !== undefined) entry.finishedRows = finished;
  if (total !== undefined) entry.totalRows = total;
  return entry;
};

/** Three tables of 1200, 300 and 75 rows copied table after table, `copied` rows in all. */
function threeTables(copied: number): ProgressEntry[] {
  let before = 0;
  return [1200, 300, 75].map((rows) => {
    const done = Math.max(0, Math.min(rows, copied - before));
    before += rows;
    return data(String(done), String(rows), done === rows ? 'Finished' : done > 0 ? 'Migrating' : 'NotStarted');
  });
}

describe('progressOf: rows and the percentage', () => {
  it('is exact on known inputs, rounded down to one decimal', () => {
    expect([0, 500, 1000, 1500, 1574].map((c) => progressOf(threeTables(c)).percent)).toEqual([0, 31.7, 63.4, 95.2, 99.9]);
    expect(progressOf(threeTables(1575))).toEqual({
      entries: 3,
      finishedEntries: 3,
      copiedRows: 1575n,
      totalRows: 1575n,
      doneRows: 1575n,
      sizeRows: 1575n,
      percent: 100
    });
  });

  it('is never 100 while a data entry is not Finished, and 100 once every one is', () => {
    expect(progressOf([data('1000', '1000')]).percent).toBe(99.9);
    expect(progressOf([data('999999', '1000000')]).percent).toBe(99.9);
    expect(progressOf([data('1200', '1000')]).percent).toBe(99.9); // more copied than estimated, still Migrating
    expect(progressOf([data('10', '1000', 'Finished'), data('5', '5', 'Failed')]).percent).toBe(99.9);
    expect(progressOf([data('990', '1000', 'Finished')]).percent).toBe(100); // DTS's estimate was high
    expect(progressOf([data(undefined, undefined, 'Finished')]).percent).toBe(100);
  });

  it('shows the rows as DTS wrote them, and counts an entry by the larger of its two counts', () => {
    const p = progressOf([data('120873', '120000', 'Finished'), data('100', '356400'), data('0', '240', 'NotStarted')]);
    expect([p.copiedRows, p.totalRows, p.doneRows, p.sizeRows]).toEqual([120973n, 476640n, 120973n, 477513n]);
    expect(p.percent).toBe(25.3);
  });

  it('adds counts beyond 2^53 exactly', () => {
    const p = progressOf([data('12345678901234567891', '12345678901234567890', 'Finished'), data('9007199254740993', '18014398509481984')]);
    expect(p.copiedRows).toBe(12345678901234567891n + 9007199254740993n);
    expect(p.totalRows).toBe(12345678901234567890n + 18014398509481984n);
    expect(p.percent).toBe(99.9);
  });

  it('stays exact when many counts below 2^53 add up to more', () => {
    const many = Array.from({ length: 3000 }, (_, i) => data('999999999999999', String(999999999999990 + (i % 10))));
    const p = progressOf(many);
    expect(p.copiedRows).toBe(3000n * 999999999999999n);
    expect(p.totalRows).toBe(300n * (10n * 999999999999990n + 45n));
    expect(p.sizeRows).toBe(p.copiedRows);
  });

  it('counts empty counts as none, leaves out other sections, and has no percentage without data entries', () => {
    expect(progressOf([data(undefined, '', 'Migrating'), data('', undefined)]).percent).toBe(0);
    expect(progressOf([data('5', undefined)]).percent).toBe(99.9);
    const others: ProgressEntry[] = [
      { section: 'structure', state: 'Finished' },
      { section: 'incremental', state: 'Migrating', totalRows: '9', finishedRows: '9' }
    ];
    const none = progressOf(others);
    expect([none.entries, none.percent, none.copiedRows]).toEqual([0, undefined, 0n]);
    expect(progressOf([]).percent).toBeUndefined();
  });
});

const at = (atMs: number, doneRows: number | bigint, entries = 3): ProgressSample => ({ atMs, doneRows: BigInt(doneRows), entries });

describe('copyRate and etaSeconds', () => {
  it('on a steady copy, the rate and the time left are exact', () => {
    const samples = [0, 1, 2, 3].map((i) => at(i * 30_000, i * 200_000));
    expect(copyRate(samples)).toBeCloseTo(200_000 / 30, 6);
    const progress = { ...progressOf([data('600000', '2400000')]), doneRows: 600_000n, sizeRows: 2_400_000n };
    expect(etaSeconds(progress, copyRate(samples))).toBe(270);
  });

  it('weighs uneven intervals by their length, and a failed poll only makes one interval longer', () => {
    const perSecond = 1000;
    const times = [0, 10_000, 55_000, 61_000, 140_000]; // the poll due at ~90 s failed
    const uneven = times.map((t) => at(t, (t / 1000) * perSecond));
    expect(copyRate(uneven)).toBeCloseTo(perSecond, 9);
  });

  it('is unknown with one sample or no progress between polls, and the time left with it', () => {
    const p = progressOf([data('10', '100')]);
    expect(copyRate([])).toBeUndefined();
    expect(copyRate([at(0, 10)])).toBeUndefined();
    expect(copyRate([at(0, 10), at(30_000, 10)])).toBeUndefined();
    expect(etaSeconds(p, undefined)).toBeUndefined();
    expect(etaSeconds(p, 0)).toBeUndefined();
    expect(etaSeconds(p, 3)).toBe(30);
    expect(etaSeconds(progressOf([data('100', '100', 'Finished')]), 50)).toBeUndefined(); // nothing left
  });

  it('does not count the time before the copy began, but counts a stall once it has', () => {
    const waiting = [at(0, 0, 0), at(30_000, 0, 0), at(60_000, 0), at(90_000, 0), at(120_000, 0)];
    expect(copyRate([...waiting, at(150_000, 60_000)])).toBeCloseTo(2000, 9);
    expect(copyRate([...waiting, at(150_000, 60_000), at(180_000, 60_000)])).toBeCloseTo(1000, 9);
  });

  it('leaves out an interval in which the rows went down or the data entries changed', () => {
    expect(copyRate([at(0, 0), at(10_000, 10_000), at(20_000, 4_000), at(30_000, 14_000)])).toBeCloseTo(1000, 9);
    expect(copyRate([at(0, 0), at(10_000, 10_000), at(20_000, 90_000, 4), at(30_000, 100_000, 4)])).toBeCloseTo(1000, 9);
    expect(copyRate([at(0, 0, 3), at(10_000, 50_000, 4)])).toBeUndefined();
  });

  it('takes the last ten minutes (at least three intervals): a copy that stalls shows no rate after a while', () => {
    const fast = [0, 1, 2, 3].map((i) => at(i * 60_000, i * 60_000));
    const stalled = [...fast, ...[4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14].map((i) => at(i * 60_000, 180_000))];
    expect(copyRate(stalled.slice(0, 6))).toBeCloseTo(600, 6); // 180,000 rows in 300 s
    expect(copyRate(stalled)).toBeUndefined();
    // With long intervals, three are taken even when they reach back past ten minutes.
    const slow = [0, 1, 2, 3, 4].map((i) => at(i * 900_000, i * 9_000_000));
    expect(copyRate(slow)).toBeCloseTo(10_000, 6);
    expect(DEFAULT_RATE).toEqual({ windowMs: 600_000, minIntervals: 3 });
  });
});

describe('addSample', () => {
  it('keeps what the rate still looks at, and no more than MAX_SAMPLES', () => {
    let samples: ProgressSample[] = [];
    const all: ProgressSample[] = [];
    for (let i = 0; i < 500; i++) {
      const sample = at(i * 5_000, i * 1_000 + (i % 7) * 300);
      all.push(sample);
      samples = addSample(samples, sample);
      expect(copyRate(samples)).toBe(copyRate(all));
    }
    expect(samples.length).toBeLessThanOrEqual(MAX_SAMPLES);
    expect(samples.length).toBe(121); // ten minutes of 5 s polls, and the one before them
    const oneSecond: ProgressSample[] = [];
    let kept: ProgressSample[] = [];
    for (let i = 0; i < 1000; i++) {
      oneSecond.push(at(i * 1000, i * 10));
      kept = addSample(kept, oneSecond[i]!);
    }
    expect(kept.length).toBe(MAX_SAMPLES);
    expect(copyRate(kept)).toBeCloseTo(10, 9);
  });
});

describe('the time left on a simulated copy', () => {
  it('stays within a factor of two of the truth: a late start, uneven polls, a varying rate, failed polls', () => {
    const random = new SeededRandom(20_240_611);
    const total = 50_000_000;
    // The copy: the rate changes every 20 s by up to ±30% around 40,000 rows/s.
    const rates: number[] = [];
    for (let i = 0; i < 10_000; i++) rates.push(40_000 * (0.7 + 0.6 * random.next()));
    // Nothing is copied for the first five minutes (the precheck and the schema).
    const startMs = 300_000;
    const copiedBy = (ms: number): number => {
      let rows = 0;
      for (let t = startMs; t < ms; t += 1000) rows += rates[Math.floor(t / 20_000)]! * Math.min(1, (ms - t) / 1000);
      return Math.min(total, rows);
    };
    let doneAt = 0;
    while (copiedBy(doneAt) < total) doneAt += 1000;

    let samples: ProgressSample[] = [];
    let checked = 0;
    let moving = 0;
    for (let t = 0; t < doneAt; t += 20_000 + Math.floor(random.next() * 40_000)) {
      if (random.next() < 0.15) continue; // this poll failed: no sample
      const copied = Math.floor(copiedBy(t));
      const progress = progressOf([data(String(copied), String(total))]);
      samples = addSample(samples, sampleOf(progress, t));
      const eta = etaSeconds(progress, copyRate(samples));
      if (copied > 0) moving++;
      if (moving < 2 && copied === 0) {
        expect(eta).toBeUndefined(); // no rows seen moving between two polls yet
        continue;
      }
      if (moving < 2) continue; // its one interval may hold time from before the copy began
      const truth = (doneAt - t) / 1000;
      if (truth < 60) continue; // the last minute: a poll interval is the whole error
      expect(eta).toBeGreaterThanOrEqual(truth / 2);
      expect(eta).toBeLessThanOrEqual(truth * 2);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });
});
