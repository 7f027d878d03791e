/**
 * The pieces that keep 100,000 objects cheap: the identity map, objects read with
 * their outcome and taken by snapshotOf as they are, the report file written in chunks, and the
 * poll schedule. Behaviour only: the speed itself is `npm run bench`.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapshotOf } from '../../src/core/aggregate.js';
import { IdentityMap, identity } from '../../src/core/identity.js';
import { outcomeOf } from '../../src/core/rules.js';
import { ignoreMatcher } from '../../src/core/ignore.js';
import { readPage } from '../../src/core/normalize.js';
import { StringPool } from '../../src/core/stringPool.js';
import type { DtsObject } from '../../src/core/types.js';
import type { PollReadings } from '../../src/core/types.js';
import { waitForVerdict } from '../../src/poll/loop.js';
import { systemClock } from '../../src/time.js';
import { reportOf, writeReport } from '../../src/report/reportFile.js';
import { makeObject, makeSnapshot, makeVerdict } from '../support/objects.js';

describe('IdentityMap', () => {
  const object = fc
    .record({
      jobId: fc.constantFrom('j1', 'j2'),
      section: fc.constantFrom('structure' as const, 'constraint' as const, 'data' as const),
      sourceDatabase: fc.constantFrom('db', 'db2', ''),
      name: fc.constantFrom('t', 'u', 'a\u0000b', ''),
      type: fc.constantFrom('Table', 'View'),
      parent: fc.constantFrom(undefined, '', 'db.t:Table')
    })
    .map((o): DtsObject => ({ ...o, destinationDatabase: 'x', status: 'Finished', state: 'Finished', error: '' }));

  it('behaves as a Map keyed by identity(), in insertion order', () => {
    const ops = fc.array(fc.tuple(fc.constantFrom('set', 'getOrAdd', 'get'), object, fc.integer()), { maxLength: 60 });
    fc.assert(
      fc.property(ops, (list) => {
        const map = new IdentityMap<number>();
        const model = new Map<string, number>();
        for (const [op, o, value] of list) {
          const key = identity(o);
          if (op === 'set') {
            map.set(o, value);
            model.set(key, value);
          } else if (op === 'getOrAdd') {
            const had = model.get(key);
            if (had === undefined) model.set(key, value);
            expect(map.getOrAdd(o, value)).toBe(had);
          } else {
            expect(map.get(o)).toBe(model.get(key));
          }
        }
        expect(map.size).toBe(model.size);
        expect(map.values()).toEqual([...model.values()]);
      }),
      { numRuns: 500 }
    );
  });

  it('tells apart what identity() tells apart, and only that (an absent parent is an empty one)', () => {
    const map = new IdentityMap<string>();
    const base = makeObject({ section: 'constraint', name: 'pk' });
    map.set(base, 'no parent');
    map.set({ ...base, parent: '' }, 'empty parent');
    map.set({ ...base, parent: 'db.t:Table' }, 'parent');
    map.set({ ...base, status: 'Failed', state: 'Failed', destinationDatabase: 'other' }, 'same object, other reading');
    expect(map.values()).toEqual(['same object, other reading', 'parent']);
  });
});

describe('objects read with their outcome', () => {
  const body = {
    StructureInitializationDetails: [
      {
        ObjectName: 'orders',
        ObjectType: 'Table',
        SourceOwnerDBName: 'shop',
        Status: 'Finished',
        Constraints: [{ ObjectName: 'fk_orders_customer_with_a_long_name', Status: 'Failed', ErrorMessage: 'boom' }]
      }
    ],
    DataInitializationDetails: [
      { TableName: 'audit_log', SourceOwnerDBName: 'shop', Status: 'Failed', TotalRowNum: '10', FinishRowNum: '3', UsedTime: '1.5' }
    ],
    DataSynchronizationDetails: [{ TableName: 'orders', SourceOwnerDBName: 'shop', Status: 'Migrating' }]
  };
  const ignored = ignoreMatcher(['shop.audit_*']);

  it('carry the outcome the waiting rules give them; without the patterns they carry none', () => {
    const withOutcome = readPage('j', body, { strings: new StringPool(), ignored }).objects as Array<DtsObject & { outcome?: string }>;
    expect(withOutcome.map((o) => o.outcome)).toEqual(withOutcome.map((o) => outcomeOf(o, ignored)));
    expect(withOutcome.map((o) => o.outcome)).toEqual(['finished', 'failed', 'ignored', 'running']);
    const plain = readPage('j', body).objects as Array<DtsObject & { outcome?: string }>;
    expect(plain.map((o) => o.outcome)).toEqual([undefined, undefined, undefined, undefined]);
    // Same objects otherwise, long names and row counts included.
    expect(plain.map(({ name, totalRows, finishedRows, usedTime, parent }) => [name, totalRows, finishedRows, usedTime, parent])).toEqual(
      withOutcome.map(({ name, totalRows, finishedRows, usedTime, parent }) => [name, totalRows, finishedRows, usedTime, parent])
    );
  });

  it('are taken by snapshotOf as they are when their outcome is right, copied otherwise; the snapshot is the same', () => {
    const read = readPage('j', body, { strings: new StringPool(), ignored }).objects;
    const snapshot = snapshotOf(read, { jobIds: ['j'], poll: 1, atMs: 0, ignored });
    expect(snapshot.objects.every((o, i) => o === read[i])).toBe(true);

    // Read under other patterns: the outcomes differ, so snapshotOf classifies copies.
    const none = ignoreMatcher([]);
    const other = snapshotOf(read, { jobIds: ['j'], poll: 1, atMs: 0, ignored: none });
    expect(other.objects[2]).not.toBe(read[2]);
    expect(other.objects.map((o) => o.outcome)).toEqual(['finished', 'failed', 'failed', 'running']);
    expect(read.map((o) => (o as DtsObject & { outcome?: string }).outcome)).toEqual(['finished', 'failed', 'ignored', 'running']);

    const plain = snapshotOf(readPage('j', body).objects, { jobIds: ['j'], poll: 1, atMs: 0, ignored });
    // Row counts are BigInts: written as decimal strings to compare.
    const json = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
    expect(json(plain)).toEqual(json(snapshot));
  });
});

describe('writeReport', () => {
  it('writes what reportOf gives, in chunks, for no objects and for megabytes of them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dts-gate-report-'));
    for (const n of [0, 1, 30_000]) {
      const objects = Array.from({ length: n }, (_, i) =>
        makeObject({ name: `table_${i}`, error: i % 7 === 0 ? 'quote " backslash \\ newline \n ünïcödé 🚀' : '' })
      );
      const verdict = makeVerdict(n > 0 ? { snapshot: makeSnapshot(objects) } : {});
      const context = { jobIds: ['dtsjob1'], region: 'cn-hangzhou', startedAt: 1_700_000_000_000 };
      const path = join(dir, `report-${n}.json`);
      writeReport(path, verdict, context);
      const text = readFileSync(path, 'utf8');
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(reportOf(verdict, context))));
      expect(text.endsWith('}\n')).toBe(true);
    }
  });
});

describe('poll schedule', () => {
  // On jest's clock, so that the schedule is measured exactly: with real timers a loaded machine
  // makes a 150 ms timer fire late and the gaps between polls grow by however late it was.
  beforeEach(() => {
    jest.useFakeTimers({ now: 1_700_000_000_000 });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  /** Starts of the polls, each `pollMs` long, until the fourth has started (then cancelled). */
  async function pollStarts(pollIntervalMs: number, pollMs: number): Promise<number[]> {
    const starts: number[] = [];
    const controller = new AbortController();
    const started = Date.now();
    // The objects never finish.
    const read = async (): Promise<PollReadings> => {
      starts.push(Date.now() - started);
      await new Promise((r) => setTimeout(r, pollMs));
      const objects = [makeObject({ jobId: 'j1', state: 'Migrating' })];
      return { lists: { j1: { objects, lastPage: 1, shifted: false } }, jobs: { j1: { kind: 'not-asked' } }, calls: 1 };
    };
    const done = waitForVerdict(
      { read, stop: () => undefined },
      {
        jobIds: ['j1'],
        pollIntervalMs,
        budget: { startedAt: started, deadline: started + 10_000, stopAt: started + 11_000 },
        clock: systemClock,
        ignored: ignoreMatcher([]),
        failFast: false,
        failOnTimeout: true,
        signal: controller.signal
      },
      {
        poll: () => {
          if (starts.length >= 4) controller.abort();
        }
      }
    );
    await jest.runAllTimersAsync();
    const result = await done;
    expect(result.status).toBe('cancelled');
    return starts;
  }

  it('starts a poll every poll-interval, counted from the start of the previous poll', async () => {
    // Every 300 ms, not 200 ms of polling plus 300 ms of waiting.
    expect(await pollStarts(300, 200)).toEqual([0, 300, 600, 900]);
  });

  it('starts the next poll at once when a poll took longer than the interval', async () => {
    expect(await pollStarts(50, 150)).toEqual([0, 150, 300, 450]);
  });
});
