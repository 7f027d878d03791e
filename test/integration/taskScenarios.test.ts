/**
 * The ready-made jobs of the current API (simulator/taskScenarios.ts), read through DescribeDtsJobs
 * and the legacy job-status call beside it by the real `@alicloud/pop-core` RPCClient: a retry
 * episode, a job that fails modifying, the demo's task.
 */
import { describe, expect, it } from '@jest/globals';
import type RPCClient from '@alicloud/pop-core';
import {
  DEMO_TASK_ID,
  demoTask,
  DTS_JOBS_ACTION,
  JOB_STATUS_ACTION,
  MODIFY_FAILURE_ERROR,
  modifyFailed,
  RETRY_ERROR,
  retryEpisode,
  TABLE_DETAILS_ACTION,
  type CredentialSpec,
  type JobSpec
} from '../../simulator/index.js';
import { rpcCall, rpcClient, simulators, type Json } from '../support/rpc.js';

const KEY: CredentialSpec = { accessKeyId: 'LTAI5tTaskScenario01', accessKeySecret: 'task/scenario+secret=' };
const REGION = 'cn-hangzhou';
const JOB = 'dtstask01';

const start = simulators({ credentials: [KEY], region: REGION });

/** Each poll's DescribeDtsJobs entry and legacy job-status answer, for `polls` polls. */
async function run(job: JobSpec, polls: number): Promise<{ c: RPCClient; views: Array<{ entry: Json; legacy: Json }> }> {
  const sim = await start({ jobs: { [JOB]: job } });
  const c = rpcClient(sim, KEY);
  const views: Array<{ entry: Json; legacy: Json }> = [];
  for (let poll = 0; poll < polls; poll++) {
    const answer = await rpcCall(c, DTS_JOBS_ACTION, { Region: REGION, JobType: 'SYNC', DtsInstanceId: JOB });
    const legacy = await rpcCall(c, JOB_STATUS_ACTION, { RegionId: REGION, SynchronizationJobId: JOB });
    views.push({ entry: (answer.DtsJobList as Json[])[0]!, legacy });
  }
  expect(sim.pollsOf(JOB)).toBe(polls);
  return { c, views };
}

describe('a retry episode', () => {
  it('is Retrying for three polls, the count and time climbing, with what it retries, then recovers', async () => {
    const { views } = await run(retryEpisode(), 6);
    const retry = views.map(({ entry }) => {
      const r = entry.RetryState as Json;
      return [entry.Status, r.Retrying, r.RetryCount, r.RetryTime, r.MaxRetryTime];
    });
    expect(retry).toEqual([
      ['Initializing', false, 0, 0, 43200],
      ['Initializing', false, 0, 0, 43200],
      ['Retrying', true, 1, 60, 43200],
      ['Retrying', true, 2, 120, 43200],
      ['Retrying', true, 3, 180, 43200],
      ['Initializing', false, 0, 0, 43200]
    ]);
    expect(views[2]!.entry.RetryState).toMatchObject({ RetryTarget: 'destDB', ErrMessage: RETRY_ERROR, Module: '03' });
    // Only the current API says so: the legacy answer and the copy go on.
    expect(views.map(({ legacy }) => legacy.Status)).toEqual(views.map(() => 'Initializing'));
    const rows = views.map(({ entry }) => Number((entry.DataInitializationStatus as Json).Progress));
    expect(rows).toEqual([0, 200_000, 400_000, 600_000, 800_000, 1_000_000]);
  });
});

describe('a job whose change of objects fails', () => {
  it('is ModifyFailed with its help URL in the current API, Failed with the same error in the legacy answer', async () => {
    const { views } = await run(modifyFailed(), 3);
    expect(views.map(({ entry, legacy }) => [entry.Status, legacy.Status])).toEqual([
      ['Synchronizing', 'Synchronizing'],
      ['Synchronizing', 'Synchronizing'],
      ['ModifyFailed', 'Failed']
    ]);
    expect(views[2]!.entry).toMatchObject({
      ErrorMessage: MODIFY_FAILURE_ERROR,
      ErrorDetails: [{ ErrorCode: 'DTS-1051009', HelpUrl: expect.stringMatching(/^https:\/\/help\.aliyun\.com\//) }]
    });
    expect(views[2]!.legacy.ErrorMessage).toBe(MODIFY_FAILURE_ERROR);
    expect(views[2]!.entry.Delay).toBe(Number(views[2]!.legacy.Delay));
  });
});

describe('the demo as a task of the current API', () => {
  it('has its task ID, one retry episode while copying, and a verification that finds every table the same', async () => {
    const { c, views } = await run(demoTask(), 12);
    expect(views.every(({ entry }) => entry.DtsJobId === DEMO_TASK_ID)).toBe(true);
    expect(views.map(({ entry }) => (entry.RetryState as Json).Retrying)).toEqual(views.map((_, poll) => poll === 4 || poll === 5));
    // Two polls of precheck (no stages yet), then the copy.
    expect(views.slice(0, 2).map(({ entry }) => [entry.Status, entry.DataInitializationStatus])).toEqual([
      ['Prechecking', undefined],
      ['Prechecking', undefined]
    ]);
    const phases = views
      .slice(7)
      .map(({ entry }) => [(entry.DataInitializationStatus as Json).Status, (entry.FullDataCheckStatus as Json).Status]);
    expect(phases).toEqual([
      ['Migrating', 'NotStarted'],
      ['Finished', 'Checking'],
      ['Finished', 'Checking'],
      ['Finished', 'Finished'],
      ['Finished', 'Finished']
    ]);
    // The delay of the legacy demo, falling from 42 s once the copy is done.
    expect(views.slice(8).map(({ entry }) => entry.Delay)).toEqual([42, 17, 6, 2.4]);
    const tables = await rpcCall(c, TABLE_DETAILS_ACTION, { DtsJobId: DEMO_TASK_ID, CheckType: 1 });
    expect(tables).toMatchObject({ TotalCount: 6, DiffTableCount: 0, FailedTableCount: 0, FinishedCount: 536_025 });
  });
});
