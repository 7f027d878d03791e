/**
 * The look-up before the first poll and the job views of each poll, through the real caller,
 * resolver and reader, against a plain function that answers the calls as DTS documents them:
 * how many calls they make, with which IDs, and what they do when DescribeDtsJobs is refused or
 * does not list a job.
 */
import { describe, expect, it } from '@jest/globals';
import { ignoreMatcher } from '../../src/core/ignore.js';
import type { JobIdentity } from '../../src/core/jobTypes.js';
import { caller } from '../../src/dts/caller.js';
import type { DtsCall } from '../../src/dts/call.js';
import { jobStatus, listsPage, type JobRequest, type PageRequest } from '../../src/dts/calls.js';
import type { CallDts } from '../../src/dts/client.js';
import { dtsJobs, type TasksRequest } from '../../src/dts/currentCalls.js';
import { pollReader, type ReadPlan } from '../../src/dts/reader.js';
import { lookUpJobs } from '../../src/dts/resolver.js';
import { apiError } from '../../src/dts/wire.js';
import { DtsApiError, InputError } from '../../src/errors.js';
import { systemClock } from '../../src/time.js';

interface Task {
  taskId: string;
  instanceId: string;
  jobType?: 'SYNC' | 'MIGRATION';
}

interface Recorded {
  action: string;
  params: Record<string, string>;
}

/**
 * DTS as far as these calls go: `tasks` listed by DescribeDtsJobs (filtered by JobType and one
 * ID filter, 30 a page), every instance known to the legacy calls (one Finished table each), and
 * the calls in `refuse` refused for good.
 */
function dts(tasks: readonly Task[], refuse: { action: string; code: string }[] = []) {
  const calls: Recorded[] = [];
  const client: CallDts = {
    call: async <Q, R>(call: DtsCall<Q, R>, request: Q): Promise<R> => {
      const params = call.params(request, 'cn-hangzhou');
      calls.push({ action: call.action, params });
      const refusal = refuse.find((r) => r.action === call.action);
      // Made as the client makes it, with the hint that names the call's permission.
      if (refusal) throw apiError(refusal.code, 'User not authorized to operate on the specified resource.', undefined, 403, call);
      if ((call as unknown) === dtsJobs) {
        const { ids, as, jobType, pageNumber } = request as TasksRequest;
        const matching = tasks.filter(
          (t) => (t.jobType ?? 'SYNC') === jobType && ids.includes(as === 'instance' ? t.instanceId : t.taskId)
        );
        const page = matching.slice((pageNumber - 1) * 30, pageNumber * 30).map((t) => ({
          DtsJobId: t.taskId,
          DtsInstanceID: t.instanceId,
          JobType: jobType === 'SYNC' ? 'sync' : 'online',
          Status: 'Synchronizing',
          Delay: 2,
          MigrationMode: { FullDataCheck: false }
        }));
        return call.read({ Success: true, TotalRecordCount: matching.length, DtsJobList: page }, request);
      }
      if ((call as unknown) === jobStatus) {
        const { instanceId } = request as JobRequest;
        return call.read({ Success: true, Status: 'Initializing', Checkpoint: instanceId }, request);
      }
      const { instanceId, jobId } = request as PageRequest;
      const table = { ObjectName: `t_${instanceId ?? jobId}`, ObjectType: 'Table', SourceOwnerDBName: 'db', Status: 'Finished' };
      return (listsPage as unknown as DtsCall<Q, R>).read({ Success: true, StructureInitializationDetails: [table] }, request);
    }
  };
  return { client, calls };
}

const budget = () => {
  const now = systemClock.now();
  return { startedAt: now, deadline: now + 60_000, stopAt: now + 70_000 };
};
const callerOf = (client: CallDts) => caller(client, { budget: budget(), clock: systemClock, signal: new AbortController().signal });

/** Twelve synchronization tasks, `dtsjob00`… with the task IDs `task00`… (no reading of each other). */
const TWELVE: Task[] = Array.from({ length: 12 }, (_, i) => ({ taskId: `task${String(i).padStart(2, '0')}zq`, instanceId: `dtsjob${i}` }));

const actions = (calls: readonly Recorded[], action: string) => calls.filter((c) => c.action === action);

describe('the look-up of the job IDs', () => {
  it('resolves twelve task IDs in two calls (as instance IDs, then as task IDs), twelve instance IDs in one', async () => {
    const byTask = dts(TWELVE);
    const found = await lookUpJobs(
      callerOf(byTask.client),
      TWELVE.map((t) => t.taskId)
    );
    expect(byTask.calls.map((c) => [c.params.JobType, 'DtsInstanceId' in c.params ? 'instance' : 'task'])).toEqual([
      ['SYNC', 'instance'],
      ['SYNC', 'task']
    ]);
    expect(byTask.calls[1]!.params).toMatchObject({
      DtsJobId: TWELVE.map((t) => t.taskId).join(','),
      PageSize: '30',
      Region: 'cn-hangzhou'
    });
    expect(found.identities.map((j) => j.instanceId)).toEqual(TWELVE.map((t) => t.instanceId));
    expect(Object.keys(found.views)).toEqual(TWELVE.map((t) => t.taskId));

    const byInstance = dts(TWELVE);
    await lookUpJobs(
      callerOf(byInstance.client),
      TWELVE.map((t) => t.instanceId)
    );
    expect(byInstance.calls).toHaveLength(1);
  });

  it('asks 30 IDs a call: 45 task IDs in two batches each way', async () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ taskId: `bulk${i}task`, instanceId: `dtsbulk${i}` }));
    const d = dts(many);
    const found = await lookUpJobs(
      callerOf(d.client),
      many.map((t) => t.taskId)
    );
    expect(d.calls.map((c) => (c.params.DtsInstanceId ?? c.params.DtsJobId)!.split(',').length)).toEqual([30, 15, 30, 15]);
    expect(found.identities.every((j) => j.listed)).toBe(true);
  });

  it('asks only the IDs found by neither as migration tasks, and refuses a migration task by name', async () => {
    const d = dts([...TWELVE.slice(0, 2), { taskId: 'migtask01zq', instanceId: 'dtsmig01', jobType: 'MIGRATION' }]);
    const lookUp = lookUpJobs(callerOf(d.client), ['dtsjob0', 'migtask01zq', 'task01zq']);
    await expect(lookUp).rejects.toThrow(InputError);
    await expect(lookUp).rejects.toThrow(/^job-id migtask01zq \(instance dtsmig01\) is a data migration task/);
    expect(d.calls.map((c) => [c.params.JobType, c.params.DtsInstanceId ?? c.params.DtsJobId])).toEqual([
      ['SYNC', 'dtsjob0,migtask01zq,task01zq'],
      ['SYNC', 'migtask01zq,task01zq'],
      ['MIGRATION', 'migtask01zq'],
      ['MIGRATION', 'migtask01zq']
    ]);
  });

  it('uses an ID listed nowhere as the instance ID, as given', async () => {
    const d = dts(TWELVE);
    const found = await lookUpJobs(callerOf(d.client), ['dtsjob3', 'dtslegacy9']);
    expect(found.identities).toEqual([
      { id: 'dtsjob3', instanceId: 'dtsjob3', taskId: 'task03zq', listed: true, fullDataCheck: false },
      { id: 'dtslegacy9', instanceId: 'dtslegacy9', listed: false }
    ]);
    expect(found.refused).toBeUndefined();
  });

  it('refuses one task named twice, by its task ID and its instance ID', async () => {
    const d = dts(TWELVE);
    await expect(lookUpJobs(callerOf(d.client), ['dtsjob1', 'task01zq'])).rejects.toThrow(
      'job-id names one task twice: dtsjob1 and task01zq are both synchronization task dtsjob1'
    );
  });

  it('refused for good: every ID as given, and the refusal handed on for its warning', async () => {
    const d = dts(TWELVE, [{ action: 'DescribeDtsJobs', code: 'Forbidden.RAM' }]);
    const found = await lookUpJobs(callerOf(d.client), ['task01zq', 'dtsjob2']);
    expect(found.identities).toEqual([
      { id: 'task01zq', instanceId: 'task01zq', listed: false },
      { id: 'dtsjob2', instanceId: 'dtsjob2', listed: false }
    ]);
    expect(found.refused).toMatchObject({ code: 'Forbidden.RAM' });
    expect(found.refused!.message).toContain('dts:DescribeDtsJobs');
    expect(d.calls).toHaveLength(1);
  });
});

const readerOf = (client: CallDts, jobs: JobIdentity[]) =>
  pollReader(client, {
    jobIds: jobs.map((j) => j.id),
    jobs,
    pageSize: 100,
    jobStatus: true,
    budget: budget(),
    clock: systemClock,
    ignored: ignoreMatcher([]),
    signal: new AbortController().signal
  });

const PLAN: ReadPlan = { expectedPages: {}, refused: {}, lastPoll: false };

describe('the job views of a poll', () => {
  const listed = (i: number): JobIdentity => ({
    id: TWELVE[i]!.taskId,
    instanceId: TWELVE[i]!.instanceId,
    taskId: TWELVE[i]!.taskId,
    listed: true
  });
  const legacy: JobIdentity = { id: 'dtslegacy9', instanceId: 'dtslegacy9', listed: false };

  it('one DescribeDtsJobs call for every listed job, the legacy call only for the others, the lists by instance ID', async () => {
    const d = dts(TWELVE);
    const jobs = [...TWELVE.map((_, i) => listed(i)), legacy];
    const readings = await readerOf(d.client, jobs).read(PLAN);
    const views = actions(d.calls, 'DescribeDtsJobs');
    expect(views).toHaveLength(1);
    expect(views[0]!.params).toMatchObject({ JobType: 'SYNC', DtsJobId: TWELVE.map((t) => t.taskId).join(','), PageNumber: '1' });
    expect(actions(d.calls, 'DescribeSynchronizationJobStatus').map((c) => c.params.SynchronizationJobId)).toEqual(['dtslegacy9']);
    expect(actions(d.calls, 'DescribeInitializationStatus').map((c) => c.params.SynchronizationJobId)).toEqual(
      jobs.map((j) => j.instanceId)
    );
    // Named as written: the objects by the task ID the user gave, the lists asked by instance ID.
    expect(readings.lists.task03zq!.objects[0]).toMatchObject({ jobId: 'task03zq', name: 't_dtsjob3' });
    expect(readings.jobs.task03zq).toEqual({ kind: 'read', job: expect.objectContaining({ source: 'current', delayMs: 2000 }) });
    expect(readings.jobs.dtslegacy9).toEqual({ kind: 'read', job: expect.objectContaining({ state: 'Initializing' }) });
    const legacyReading = readings.jobs.dtslegacy9!;
    expect(legacyReading.kind === 'read' && legacyReading.job.source).toBeUndefined();
    expect(readings.calls).toBe(1 + 1 + jobs.length);
  });

  it("the first poll takes the look-up's views and makes no DescribeDtsJobs call of its own", async () => {
    const d = dts(TWELVE);
    const found = await lookUpJobs(callerOf(d.client), ['task01zq']);
    d.calls.length = 0;
    const readings = await readerOf(d.client, found.identities).read({ ...PLAN, views: found.views });
    // Only pages of the lists (the first poll reads a few ahead).
    expect(new Set(d.calls.map((c) => c.action))).toEqual(new Set(['DescribeInitializationStatus']));
    expect(readings.jobs.task01zq).toEqual({ kind: 'read', job: found.views.task01zq });
    expect(readings.calls).toBe(d.calls.length);
  });

  it('a job the views leave out is read through the legacy call in that poll', async () => {
    const d = dts(TWELVE.slice(1));
    const readings = await readerOf(d.client, [listed(0), listed(1)]).read(PLAN);
    expect(actions(d.calls, 'DescribeSynchronizationJobStatus').map((c) => c.params.SynchronizationJobId)).toEqual(['dtsjob0']);
    expect(readings.jobs.task00zq).toMatchObject({ kind: 'read', job: { state: 'Initializing' } });
    expect(readings.jobs.task01zq).toMatchObject({ kind: 'read', job: { state: 'Synchronizing', source: 'current' } });
  });

  it('DescribeDtsJobs refused for good: the legacy call in that poll, the refusal for the step, and no view call after', async () => {
    const d = dts(TWELVE, [{ action: 'DescribeDtsJobs', code: 'Forbidden.RAM' }]);
    const reader = readerOf(d.client, [listed(0), listed(1)]);
    const readings = await reader.read(PLAN);
    expect(readings.viewRefused).toMatchObject({ code: 'Forbidden.RAM' });
    expect(actions(d.calls, 'DescribeSynchronizationJobStatus')).toHaveLength(2);
    expect(readings.jobs.task00zq).toMatchObject({ kind: 'read', job: { state: 'Initializing' } });
    d.calls.length = 0;
    await reader.read({ ...PLAN, viewRefused: readings.viewRefused! });
    expect(actions(d.calls, 'DescribeDtsJobs')).toEqual([]);
    expect(actions(d.calls, 'DescribeSynchronizationJobStatus')).toHaveLength(2);
  });

  it('an ID used as given because DescribeDtsJobs was refused, unknown to the legacy calls: both ways out', async () => {
    const d = dts([], [{ action: 'DescribeInitializationStatus', code: 'Forbidden.InstanceNotFound' }]);
    const reader = readerOf(d.client, [{ id: 'task01zq', instanceId: 'task01zq', listed: false }]);
    const refused = { code: 'Forbidden.RAM', message: 'refused' };
    const error = await reader.read({ ...PLAN, viewRefused: refused }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DtsApiError);
    expect((error as DtsApiError).explain()).toContain('allow dts:DescribeDtsJobs to the key');
    expect((error as DtsApiError).explain()).toContain('give the instance ID (dts…) instead');
    // Without the refusal the same error keeps its own hint.
    const plain = await reader.read(PLAN).catch((e: unknown) => e);
    expect((plain as DtsApiError).explain()).not.toContain('dts:DescribeDtsJobs');
  });
});
