/**
 * Reading a DescribeSynchronizationJobStatus answer into a plain record: statuses in any case
 * and spelling, the delay from wherever DTS put it, precheck items, and every field type.
 */
import { describe, expect, it } from '@jest/globals';
import { delayOf, failedItems, jobStateOf, MAX_PRECHECK_ITEMS, percentOf, readJobStatus } from '../../src/core/job.js';
import type { JobState } from '../../src/core/jobTypes.js';

/**
 * The sample answer of the API documentation (DescribeSynchronizationJobStatus, 2020-01-01),
 * trimmed to the fields the action reads.
 */
const DOCUMENTED_SAMPLE = {
  Status: 'synchronizing',
  Delay: '0',
  DelayMillis: 0,
  Success: true,
  Checkpoint: '1610616144',
  PrecheckStatus: { Status: 'Finished', Percent: '100', Detail: [{ CheckStatus: 'Success', ItemName: 'CHECK_CONN_SRC' }] },
  StructureInitializationStatus: { Status: 'Finished', Progress: '1', Percent: '100' },
  DataInitializationStatus: { Status: 'Finished', Progress: '200001', Percent: '100' },
  Performance: { RPS: '0', FLOW: '0.00MB/s' }
};

describe('readJobStatus', () => {
  it('reads the documented sample', () => {
    expect(readJobStatus(DOCUMENTED_SAMPLE)).toEqual({
      status: 'synchronizing',
      state: 'Synchronizing',
      error: '',
      delayMs: 0,
      precheck: {
        status: 'Finished',
        percent: 100,
        items: [{ name: 'CHECK_CONN_SRC', status: 'Success', error: '', repairMethod: '' }],
        itemCount: 1
      },
      structure: { status: 'Finished', state: 'Finished', percent: 100, progress: '1', error: '' },
      data: { status: 'Finished', state: 'Finished', percent: 100, progress: '200001', error: '' }
    });
  });

  it('never throws: a body that is no object, or has nothing, is a job in an unknown state', () => {
    for (const body of [undefined, null, 'Synchronizing', 42, [], [{ Status: 'Synchronizing' }], {}]) {
      expect(readJobStatus(body)).toEqual({ status: '', state: 'unknown', error: '' });
    }
  });

  it('reads every field typed as a string, a number or a boolean, and leaves out what is not a record', () => {
    const job = readJobStatus({
      Status: ' Prechecking ',
      ErrorMessage: 404,
      PrecheckStatus: {
        Status: true,
        Percent: 45.5,
        Detail: { Detail: [{ ItemName: 7, CheckStatus: 'FAILED', ErrorMessage: false, RepairMethod: 1 }] }
      },
      StructureInitializationStatus: 'Finished',
      DataInitializationStatus: { Status: 'migrating', Percent: '12%', Progress: 1200 },
      DataSynchronizationStatus: []
    });
    expect(job).toEqual({
      status: 'Prechecking',
      state: 'Prechecking',
      error: '404',
      precheck: {
        status: 'true',
        percent: 45.5,
        items: [{ name: '7', status: 'FAILED', error: 'false', repairMethod: '1' }],
        itemCount: 1
      },
      data: { status: 'migrating', state: 'Migrating', percent: 12, progress: '1200', error: '' }
    });
  });

  it('takes the precheck items in either shape, one item unwrapped, and a malformed list as none', () => {
    const item = { ItemName: 'CHECK_CONN_SRC', CheckStatus: 'Success' };
    const of = (detail: unknown) => readJobStatus({ Status: 'Prechecking', PrecheckStatus: { Detail: detail } }).precheck?.items.length;
    expect([of([item, item]), of({ Detail: [item] }), of({ PrecheckDetail: [item, item, item] }), of({ Detail: item })]).toEqual([
      2, 1, 3, 1
    ]);
    expect([of('none'), of(12), of(null), of(undefined), of({})]).toEqual([0, 0, 0, 0, 0]);
  });

  it('keeps at most MAX_PRECHECK_ITEMS items and counts them all', () => {
    const detail = Array.from({ length: MAX_PRECHECK_ITEMS + 50 }, (_, i) => ({ ItemName: `CHECK_${i}`, CheckStatus: 'Failed' }));
    const precheck = readJobStatus({ Status: 'PrecheckFailed', PrecheckStatus: { Detail: detail } }).precheck;
    expect([precheck?.items.length, precheck?.itemCount]).toEqual([MAX_PRECHECK_ITEMS, MAX_PRECHECK_ITEMS + 50]);
  });
});

describe('jobStateOf', () => {
  const documented: JobState[] = [
    'NotStarted',
    'Prechecking',
    'PrecheckFailed',
    'Initializing',
    'InitializeFailed',
    'Synchronizing',
    'Failed',
    'Suspending',
    'Modifying',
    'Finished'
  ];

  it('knows every documented status in either casing, and Initializating', () => {
    for (const state of documented) {
      const lower = state.charAt(0).toLowerCase() + state.slice(1);
      expect([jobStateOf(state), jobStateOf(lower), jobStateOf(state.toUpperCase()), jobStateOf(` ${lower}\n`)]).toEqual([
        state,
        state,
        state,
        state
      ]);
    }
    expect([jobStateOf('Initializating'), jobStateOf('initializating'), jobStateOf('Not Started'), jobStateOf('not_started')]).toEqual([
      'Initializing',
      'Initializing',
      'NotStarted',
      'NotStarted'
    ]);
  });

  it('takes nothing else for a known state', () => {
    for (const status of [
      '',
      ' ',
      'Paused',
      'Initialising',
      'Synchronizing!',
      'Pre checkFailed',
      'Fail',
      'constructor',
      '__proto__',
      'toString'
    ]) {
      expect(jobStateOf(status)).toBe('unknown');
    }
  });
});

describe('delayOf', () => {
  it('reads DelayMillis and Delay in seconds, at the top and in DataSynchronizationStatus, the largest where several disagree', () => {
    expect(delayOf({ DelayMillis: 1500, Delay: '9' })).toBe(9000);
    expect(delayOf({ DelayMillis: 0, Delay: '300' })).toBe(300_000);
    expect(delayOf({ DelayMillis: 4000, DataSynchronizationStatus: { Delay: '3' } })).toBe(4000);
    expect(delayOf({ DelayMillis: '1500' })).toBe(1500);
    expect(delayOf({ Delay: '12' })).toBe(12_000);
    expect(delayOf({ Delay: 12 })).toBe(12_000);
    expect(delayOf({ Delay: '0.5' })).toBe(500);
    expect(delayOf({ DataSynchronizationStatus: { DelayMillis: 800, Delay: '9' } })).toBe(9000);
    expect(delayOf({ DataSynchronizationStatus: { Delay: '3' } })).toBe(3000);
    expect(delayOf({ Delay: '4', DataSynchronizationStatus: { DelayMillis: 1 } })).toBe(4000);
  });

  it('a delay of 0 is known; a missing one is not', () => {
    expect(delayOf({ Delay: '0' })).toBe(0);
    expect(delayOf({ DelayMillis: 0 })).toBe(0);
    expect(delayOf({})).toBeUndefined();
    expect(delayOf({ DataSynchronizationStatus: {} })).toBeUndefined();
    expect(delayOf({ DataSynchronizationStatus: 'none' })).toBeUndefined();
  });

  it('passes over negative and garbled values to the next place', () => {
    for (const bad of [-1, '-1', '', ' ', 'abc', '1e3', '12s', '0x10', true, null, NaN, Infinity, {}, []]) {
      expect(delayOf({ DelayMillis: bad })).toBeUndefined();
      expect(delayOf({ DelayMillis: bad, Delay: bad, DataSynchronizationStatus: { Delay: '2' } })).toBe(2000);
    }
  });

  it('reads a number beyond 2^53 that json-bigint made into a BigNumber', () => {
    const big = { _isBigNumber: true, toFixed: () => '90071992547409930' };
    expect(delayOf({ DelayMillis: big })).toBe(Number('90071992547409930'));
  });
});

describe('percentOf and failedItems', () => {
  it('reads percentages 0 to 100 only', () => {
    expect([percentOf('40'), percentOf(40), percentOf('40.5'), percentOf('40%'), percentOf(' 100 '), percentOf(0)]).toEqual([
      40, 40, 40.5, 40, 100, 0
    ]);
    for (const bad of ['101', 140, -1, '', 'abc', null, true, '4 0']) expect(percentOf(bad)).toBeUndefined();
  });

  it('explains a failed precheck by its failed items, else by the items that did not pass and say why', () => {
    const item = (name: string, status: string, error = '') => ({ name, status, error, repairMethod: '' });
    const failed = item('B', 'failed', 'why');
    expect(failedItems({ status: 'Failed', items: [item('A', 'Success'), failed, item('C', 'Warning', 'hmm')], itemCount: 3 })).toEqual([
      failed
    ]);
    expect(
      failedItems({ status: 'Failed', items: [item('A', 'Success'), item('C', 'Warning', 'hmm'), item('D', 'Checking')], itemCount: 3 })
    ).toEqual([item('C', 'Warning', 'hmm')]);
    expect(failedItems(undefined)).toEqual([]);
  });
});
