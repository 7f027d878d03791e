/**
 * Reading a DescribeDtsJobs answer (the current API's view of a job) into the same job reading as
 * the legacy job-status answer's, plus what only this API says; and which task each `job-id` is.
 */
import { describe, expect, it } from '@jest/globals';
import { jobStateOf, readJobStatus } from '../../src/core/job.js';
import { readTaskEntry, readTaskPage } from '../../src/core/jobView.js';
import type { TaskEntry } from '../../src/core/jobTypes.js';
import { asGiven, entryOf, notFound, resolveJobs } from '../../src/core/resolve.js';
import { DELAY_UNIT_MS } from '../../src/dts/currentCalls.js';
import { MalformedAnswer } from '../../src/errors.js';

const SYNC = DELAY_UNIT_MS.SYNC;

/**
 * One `DtsJobList` entry as the SDK's model documents it (DescribeDtsJobsResponseBody, 2020-01-01),
 * trimmed to what the action reads and a few fields it does not.
 */
const ENTRY = {
  DtsJobId: 'i03e3zty16iabcd',
  DtsInstanceID: 'dtsi03e3zty16iabcd',
  DtsJobName: 'shop to warehouse',
  JobType: 'sync',
  Status: 'Synchronizing',
  ErrorMessage: '',
  Delay: 12,
  PrecheckStatus: {
    Status: 'Finished',
    Percent: '100',
    ErrorMessage: '',
    Detail: [
      { CheckItem: 'CHECK_CONN_SRC', CheckItemDescription: 'source connection', CheckResult: 'Success' },
      { CheckItem: 'CHECK_SRC_BINLOG', CheckResult: 'Failed', FailedReason: 'binlog off', RepairMethod: 'turn it on' }
    ]
  },
  StructureInitializationStatus: { Status: 'Finished', Percent: '100', Progress: '6', ErrorMessage: '' },
  DataInitializationStatus: { Status: 'Finished', Percent: '100', Progress: '44755', ErrorMessage: '' },
  DataSynchronizationStatus: { Status: 'Migrating', Percent: '95', Progress: '0/0', NeedUpgrade: false, ErrorMessage: '' },
  RetryState: { Retrying: false, RetryCount: 0, RetryTime: 0, MaxRetryTime: 43200, RetryTarget: '', ErrMessage: '' },
  MigrationMode: { StructureInitialization: true, DataInitialization: true, DataSynchronization: true, FullDataCheck: true },
  ErrorDetails: [],
  Performance: { RPS: '0', FLOW: '0.00MB/s' }
};

/** The same job as the legacy call answers it. */
const LEGACY = {
  Status: 'Synchronizing',
  ErrorMessage: '',
  Delay: '12',
  PrecheckStatus: {
    Status: 'Finished',
    Percent: '100',
    Detail: [
      { ItemName: 'CHECK_CONN_SRC', CheckStatus: 'Success' },
      { ItemName: 'CHECK_SRC_BINLOG', CheckStatus: 'Failed', ErrorMessage: 'binlog off', RepairMethod: 'turn it on' }
    ]
  },
  StructureInitializationStatus: { Status: 'Finished', Percent: '100', Progress: '6', ErrorMessage: '' },
  DataInitializationStatus: { Status: 'Finished', Percent: '100', Progress: '44755', ErrorMessage: '' }
};

describe('readTaskEntry', () => {
  it('reads the entry into the job reading the legacy answer of the same job gives, marked as the job view', () => {
    const entry = readTaskEntry(ENTRY, SYNC);
    expect(entry).toMatchObject({ taskId: 'i03e3zty16iabcd', instanceId: 'dtsi03e3zty16iabcd', jobType: 'sync', fullDataCheck: true });
    expect(entry.job).toEqual({ ...readJobStatus(LEGACY), source: 'current' });
    expect(entry.job.precheck?.items[1]).toEqual({
      name: 'CHECK_SRC_BINLOG',
      status: 'Failed',
      error: 'binlog off',
      repairMethod: 'turn it on'
    });
  });

  it("reads Delay in the descriptor's unit, never from the value: seconds for a synchronization task, milliseconds for migration", () => {
    expect(readTaskEntry({ ...ENTRY, Delay: 12 }, DELAY_UNIT_MS.SYNC).job.delayMs).toBe(12_000);
    expect(readTaskEntry({ ...ENTRY, Delay: '0.5' }, DELAY_UNIT_MS.SYNC).job.delayMs).toBe(500);
    expect(readTaskEntry({ ...ENTRY, Delay: 12 }, DELAY_UNIT_MS.MIGRATION).job.delayMs).toBe(12);
    // The legacy fields are not this API's: a DelayMillis beside Delay says nothing here.
    expect(readTaskEntry({ ...ENTRY, Delay: 3, DelayMillis: 99_999 }, SYNC).job.delayMs).toBe(3000);
    for (const Delay of [undefined, '', -1, 'abc', '1e3', true, null])
      expect(readTaskEntry({ ...ENTRY, Delay }, SYNC).job.delayMs).toBeUndefined();
  });

  it('reads the retry state only while DTS is retrying, with what it retries and how far it is', () => {
    expect(readTaskEntry(ENTRY, SYNC).job.retry).toBeUndefined();
    const retrying = {
      ...ENTRY,
      Status: 'Retrying',
      RetryState: {
        Retrying: 'true',
        RetryCount: '3',
        RetryTime: 180,
        MaxRetryTime: '43200',
        RetryTarget: 'destDB',
        ErrMessage: 'link failure'
      }
    };
    const job = readTaskEntry(retrying, SYNC).job;
    expect(job.state).toBe('Retrying');
    expect(job.retry).toEqual({ target: 'destDB', message: 'link failure', count: 3, seconds: 180, maxSeconds: 43200 });
    // Figures DTS did not write as numbers are left out, not guessed.
    expect(readTaskEntry({ ...ENTRY, RetryState: { Retrying: true, RetryCount: 'x', RetryTime: -5 } }, SYNC).job.retry).toEqual({
      target: '',
      message: ''
    });
    for (const RetryState of [undefined, null, 'Retrying', [], { Retrying: 'yes' }]) {
      expect(readTaskEntry({ ...ENTRY, RetryState }, SYNC).job.retry).toBeUndefined();
    }
  });

  it('keeps the codes of an error with their help pages, bounded', () => {
    const details = [{ ErrorCode: 'DTS-31009', HelpUrl: 'https://help.aliyun.com/x' }, { ErrorCode: 7 }, 'junk', { HelpUrl: '' }];
    expect(readTaskEntry({ ...ENTRY, ErrorDetails: details }, SYNC).job.errorDetails).toEqual([
      { code: 'DTS-31009', helpUrl: 'https://help.aliyun.com/x' },
      { code: '7', helpUrl: '' }
    ]);
    const many = Array.from({ length: 50 }, (_, i) => ({ ErrorCode: `E${i}` }));
    expect(readTaskEntry({ ...ENTRY, ErrorDetails: many }, SYNC).job.errorDetails).toHaveLength(10);
    expect(readTaskEntry({ ...ENTRY, ErrorDetails: {} }, SYNC).job.errorDetails).toBeUndefined();
  });

  it('knows the states only the current API has, in any case', () => {
    expect(['PreCheckPass', 'retrying', 'MODIFYFAILED', 'NotConfigured'].map(jobStateOf)).toEqual([
      'PreCheckPass',
      'Retrying',
      'ModifyFailed',
      'NotConfigured'
    ]);
    expect(readTaskEntry({ ...ENTRY, Status: 'ModifyFailed', ErrorMessage: 'no table' }, SYNC).job).toMatchObject({
      state: 'ModifyFailed',
      error: 'no table'
    });
  });

  it('never throws: an entry that is no object is a task without IDs in an unknown state', () => {
    for (const raw of [undefined, null, 'x', 42, []]) {
      expect(readTaskEntry(raw, SYNC)).toEqual({
        taskId: '',
        instanceId: '',
        jobType: '',
        fullDataCheck: false,
        job: { status: '', state: 'unknown', error: '', source: 'current' }
      });
    }
    expect(readTaskEntry({ ...ENTRY, MigrationMode: { FullDataCheck: 'true' } }, SYNC).fullDataCheck).toBe(true);
    expect(readTaskEntry({ ...ENTRY, MigrationMode: 'FullDataCheck' }, SYNC).fullDataCheck).toBe(false);
  });
});

describe('readTaskPage', () => {
  it('reads the tasks and the total, leaving out entries that name no job', () => {
    const page = readTaskPage({ TotalRecordCount: '2', DtsJobList: [ENTRY, { DtsJobId: 'nodts' }, {}] }, SYNC);
    expect(page.total).toBe(2);
    expect(page.listed).toBe(3);
    expect(page.entries.map((e) => e.taskId)).toEqual(['i03e3zty16iabcd']);
    expect(readTaskPage({ DtsJobList: { DtsJobList: [ENTRY] } }, SYNC).entries).toHaveLength(1);
    expect(readTaskPage({ Success: true }, SYNC)).toEqual({ listed: 0, entries: [] });
  });

  it('refuses a list that is no list, and a page longer than any page of this API', () => {
    expect(() => readTaskPage({ DtsJobList: 'none' }, SYNC)).toThrow(MalformedAnswer);
    expect(() => readTaskPage({ DtsJobList: Array.from({ length: 101 }, () => ENTRY) }, SYNC)).toThrow(MalformedAnswer);
  });
});

const task = (taskId: string, instanceId: string, more: Partial<TaskEntry> = {}): TaskEntry => ({
  ...readTaskEntry({ ...ENTRY, DtsJobId: taskId, DtsInstanceID: instanceId }, SYNC),
  ...more
});

describe('which task each job-id is', () => {
  const alpha = task('alphatask000001', 'dtsalpha01');
  const beta = task('betatask0000002', 'dtsbeta02', { fullDataCheck: false });

  it('matches an ID only to the ID DTS listed it under, never by its text', () => {
    expect(entryOf('dtsalpha01', [alpha], 'instance')).toBe(alpha);
    expect(entryOf('alphatask000001', [alpha], 'task')).toBe(alpha);
    expect(entryOf('alphatask000001', [alpha], 'instance')).toBeUndefined();
    // The instance ID with `dts` in front of a task ID is no reading of it.
    expect(entryOf('dtsalphatask000001', [alpha], 'instance')).toBeUndefined();
    expect(notFound(['dtsalpha01', 'dtsbeta02', 'x'], [alpha], 'instance')).toEqual(['dtsbeta02', 'x']);
  });

  it('resolves a mixed list: an instance ID, a task ID and an ID not listed, each named as written', () => {
    const resolution = resolveJobs(['dtsalpha01', 'betatask0000002', 'dtslegacy03'], {
      byInstance: [alpha],
      byTask: [beta],
      migration: []
    });
    expect(resolution.identities).toEqual([
      { id: 'dtsalpha01', instanceId: 'dtsalpha01', taskId: 'alphatask000001', listed: true, fullDataCheck: true },
      { id: 'betatask0000002', instanceId: 'dtsbeta02', taskId: 'betatask0000002', listed: true, fullDataCheck: false },
      { id: 'dtslegacy03', instanceId: 'dtslegacy03', listed: false }
    ]);
    expect(Object.keys(resolution.views)).toEqual(['dtsalpha01', 'betatask0000002']);
    expect(resolution.views.betatask0000002).toBe(beta.job);
    expect(resolution).toMatchObject({ migrations: [], duplicates: [] });
  });

  it('finds a migration task among the IDs found by neither, and two IDs of one task', () => {
    const migration = task('migtask00000003', 'dtsmig03', { jobType: 'online' });
    const found = resolveJobs(['migtask00000003', 'dtsalpha01', 'alphatask000001'], {
      byInstance: [alpha],
      byTask: [alpha],
      migration: [migration]
    });
    expect(found.migrations).toEqual([{ id: 'migtask00000003', task: migration }]);
    expect(found.duplicates).toEqual([['dtsalpha01', 'alphatask000001']]);
  });

  it('uses every ID as given when DescribeDtsJobs could not be asked', () => {
    expect(asGiven(['a', 'b'])).toEqual([
      { id: 'a', instanceId: 'a', listed: false },
      { id: 'b', instanceId: 'b', listed: false }
    ]);
  });
});
