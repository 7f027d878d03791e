/**
 * DescribeSynchronizationJobStatus in the DTS simulator, driven by the real `@alicloud/pop-core`
 * RPCClient and by the action's own DtsClient: the gateway's checks, how its calls and the
 * lists' page 1 share a poll, refusals, the answers of the job scenarios, and the client's
 * error mapping and credential renewal for this call.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import RPCClient from '@alicloud/pop-core';
import type { Credentials } from '../../src/credentials/credentials.js';
import { jobStatus as jobStatusCall, listsPage } from '../../src/dts/calls.js';
import { DtsClient } from '../../src/dts/client.js';
import { handlingOf } from '../../src/dts/policy.js';
import { StringPool } from '../../src/core/stringPool.js';
import { systemClock } from '../../src/time.js';

const JOB_STATUS_ACTION = jobStatusCall.action;
import { DtsApiError } from '../../src/errors.js';
import {
  copiedRows,
  copyRun,
  type CredentialSpec,
  delayFalling,
  delayJob,
  delayMissing,
  demoRun,
  FAILED_PRECHECK_ITEMS,
  ignoredJobFailure,
  initializatingJob,
  JOB_FAILURE_ERROR,
  jobFailure,
  jobStatus,
  jobStatusUnknown,
  pausedJob,
  type PollState,
  precheckFailure,
  progressing,
  seedExample,
  type Simulator,
  spelled,
  state,
  steadyCopy,
  structureEntry,
  successFalse,
  unknownJobState
} from '../../simulator/index.js';
import { refusal, rpcCall, rpcClient, simulators, type Json } from '../support/rpc.js';

const KEY: CredentialSpec = { accessKeyId: 'LTAI5tJobStatusKey01', accessKeySecret: 'job/status+secret=' };
const LISTS_ONLY_KEY: CredentialSpec = { accessKeyId: 'LTAI5tListsOnlyKey02', accessKeySecret: 'lists-only-secret' };
const REGION = 'cn-hangzhou';
const JOB = 'dtsjobstatus01';

const start = simulators({ credentials: [KEY, LISTS_ONLY_KEY], region: REGION });

const client = (sim: Simulator, cred: CredentialSpec = KEY): RPCClient => rpcClient(sim, cred);

const request = (c: RPCClient, action: string, params: Json): Promise<Json> =>
  rpcCall(c, action, { RegionId: REGION, SynchronizationJobId: JOB, ...params });

const jobStatusOf = (c: RPCClient, params: Json = {}): Promise<Json> => request(c, JOB_STATUS_ACTION, params);
const page = (c: RPCClient, pageNum: number, pageSize = 100): Promise<Json> =>
  request(c, 'DescribeInitializationStatus', { PageNum: pageNum, PageSize: pageSize });

/** Each job's state names its poll: structure entry `p<n>`. */
const numbered = (poll: number): PollState =>
  state({
    structure: [structureEntry({ db: 'db', name: `p${poll}`, status: 'Migrating' })],
    job: jobStatus({ status: 'Initializing', errorMessage: `poll ${poll}` })
  });
const listPoll = (answer: Json): unknown => (answer.StructureInitializationDetails as Json[])[0]?.ObjectName;

// ---------------------------------------------------------------------------------------------

describe('DescribeSynchronizationJobStatus through the gateway', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await start({ jobs: { [JOB]: precheckFailure({ at: 0 }) } });
  });

  it('answers a signed call with the job as a whole and records it with its action and poll', async () => {
    const answer = await jobStatusOf(client(sim));
    expect(answer).toMatchObject({ Success: true, Status: 'PrecheckFailed', ErrorMessage: '' });
    expect(typeof answer.RequestId).toBe('string');
    const precheck = answer.PrecheckStatus as Json;
    expect(precheck).toMatchObject({ Status: 'Failed', Percent: '100' });
    expect(precheck.Detail).toEqual([
      { ItemName: 'CHECK_CONN_SRC', CheckStatus: 'Success' },
      {
        ItemName: 'CHECK_SRC_BINLOG_FORMAT',
        CheckStatus: 'Failed',
        ErrorMessage: FAILED_PRECHECK_ITEMS[1]?.error,
        RepairMethod: FAILED_PRECHECK_ITEMS[1]?.repair
      },
      {
        ItemName: 'CHECK_DEST_PRIVILEGE',
        CheckStatus: 'Failed',
        ErrorMessage: FAILED_PRECHECK_ITEMS[2]?.error,
        RepairMethod: FAILED_PRECHECK_ITEMS[2]?.repair
      },
      { ItemName: 'CHECK_CONN_DEST', CheckStatus: 'Success' }
    ]);
    const rec = sim.dtsRequests().at(-1);
    expect(rec).toMatchObject({ action: JOB_STATUS_ACTION, jobId: JOB, poll: 0, outcome: 'ok', status: 200 });
    expect(rec?.pageNum).toBeUndefined();
  });

  it('makes the gateway checks and its own parameter checks', async () => {
    const c = client(sim);
    const cases: Array<[Promise<unknown>, string, number]> = [
      [jobStatusOf(client(sim, { ...KEY, accessKeySecret: 'wrong' })), 'SignatureDoesNotMatch', 400],
      [jobStatusOf(client(sim, { accessKeyId: 'LTAI5tNobody', accessKeySecret: 'x' })), 'InvalidAccessKeyId.NotFound', 404],
      [request(c, 'DescribeSynchronizationJobs', {}), 'InvalidAction.NotFound', 404],
      [jobStatusOf(c, { RegionId: '' }), 'InvalidRegionId', 400],
      [jobStatusOf(c, { RegionId: 'eu-central-1' }), 'InvalidRegionId', 400],
      [jobStatusOf(c, { SynchronizationJobId: '' }), 'InvalidParameter', 400],
      [jobStatusOf(c, { SynchronizationDirection: 'Sideways' }), 'InvalidParameter', 400],
      [jobStatusOf(c, { SynchronizationJobId: 'dtsnosuchjob' }), 'Forbidden.InstanceNotFound', 404]
    ];
    for (const [pending, code, status] of cases) expect(await refusal(pending)).toMatchObject({ code, status });
    expect((await jobStatusOf(c, { SynchronizationDirection: 'Reverse' })).Status).toBe('PrecheckFailed');
    expect((await jobStatusOf(c, { SynchronizationDirection: 'Forward' })).Status).toBe('PrecheckFailed');
  });

  it('refuses only the action a forbiddenActions rule names, to the keys and jobs it names', async () => {
    const rules = await start({
      jobs: { [JOB]: seedExample(), other: seedExample() },
      forbiddenActions: [
        { action: JOB_STATUS_ACTION, accessKeyIds: [LISTS_ONLY_KEY.accessKeyId] },
        { action: JOB_STATUS_ACTION, jobIds: ['other'] }
      ]
    });
    const listsOnly = client(rules, LISTS_ONLY_KEY);
    expect((await page(listsOnly, 1)).Success).toBe(true);
    const refused = await refusal(jobStatusOf(listsOnly));
    expect(refused).toMatchObject({ code: 'Forbidden.RAM', status: 403 });
    expect(refused.data?.Message).toBe('User not authorized to operate on the specified resource.');
    expect((await jobStatusOf(client(rules))).Success).toBe(true);
    expect(await refusal(jobStatusOf(client(rules), { SynchronizationJobId: 'other' }))).toMatchObject({ code: 'Forbidden.RAM' });
    expect((await page(client(rules), 1)).Success).toBe(true);
    // A refusal by the gateway never reaches the scenario: it takes no part in a poll.
    expect(
      rules
        .dtsRequests()
        .filter((r) => r.outcome === 'Forbidden.RAM')
        .map((r) => r.poll)
    ).toEqual([undefined, undefined]);
  });
});

describe('one poll: page 1 and the job-status call beside it see the same state', () => {
  it('pairs them in either order of arrival; later pages see the same poll', async () => {
    const sim = await start({ jobs: { [JOB]: numbered } });
    const c = client(sim);
    expect(listPoll(await page(c, 1))).toBe('p0');
    expect((await jobStatusOf(c)).ErrorMessage).toBe('poll 0');
    expect((await jobStatusOf(c)).ErrorMessage).toBe('poll 1'); // the job-status call first this time
    expect(listPoll(await page(c, 1))).toBe('p1');
    expect(listPoll(await page(c, 2, 1))).toBeUndefined(); // page 2 of poll 1 (one entry: empty)
    for (let poll = 2; poll < 6; poll++) {
      const [lists, job] = await Promise.all([page(c, 1), jobStatusOf(c)]);
      expect([listPoll(lists), job.ErrorMessage]).toEqual([`p${poll}`, `poll ${poll}`]);
    }
    const served = sim.dtsRequests().map((r) => [r.action === JOB_STATUS_ACTION ? 'job' : `page ${r.pageNum}`, r.poll]);
    expect(served.slice(0, 5)).toEqual([
      ['page 1', 0],
      ['job', 0],
      ['job', 1],
      ['page 1', 1],
      ['page 2', 1]
    ]);
    expect(sim.pollsOf(JOB)).toBe(6);
    // Calls per poll, counted from the record: one page 1 and one job-status call each.
    const perPoll = new Map<number, string[]>();
    for (const r of sim.dtsRequests()) perPoll.set(r.poll ?? -1, [...(perPoll.get(r.poll ?? -1) ?? []), r.action ?? '']);
    for (let poll = 2; poll < 6; poll++) expect(perPoll.get(poll)?.sort()).toEqual(['DescribeInitializationStatus', JOB_STATUS_ACTION]);
  });

  it('without job-status calls every page 1 starts a poll; without page 1 every job-status call does', async () => {
    const sim = await start({ jobs: { [JOB]: numbered, solo: numbered } });
    const c = client(sim);
    expect([listPoll(await page(c, 1)), listPoll(await page(c, 1)), listPoll(await page(c, 1))]).toEqual(['p0', 'p1', 'p2']);
    const solo = async (): Promise<unknown> => (await jobStatusOf(c, { SynchronizationJobId: 'solo' })).ErrorMessage;
    expect([await solo(), await solo()]).toEqual(['poll 0', 'poll 1']);
    expect([sim.pollsOf(JOB), sim.pollsOf('solo')]).toEqual([3, 2]);
  });

  it('a fault before the scenario is asked takes no part: the retry joins the same poll', async () => {
    const sim = await start({ jobs: { [JOB]: numbered } });
    const c = client(sim);
    expect(listPoll(await page(c, 1))).toBe('p0');
    sim.injectNext('throttling');
    expect(await refusal(jobStatusOf(c))).toMatchObject({ code: 'Throttling.User' });
    expect((await jobStatusOf(c)).ErrorMessage).toBe('poll 0');
    expect(listPoll(await page(c, 1))).toBe('p1');
  });
});

describe('answers of the job scenarios', () => {
  it('follows the lists when a scenario says nothing of the job: Initializing, then Synchronizing with delay 0', async () => {
    const sim = await start({ jobs: { [JOB]: progressing(), gone: successFalse() } });
    const c = client(sim);
    const seen: Json[] = [];
    for (let poll = 0; poll < 3; poll++) {
      await page(c, 1);
      seen.push(await jobStatusOf(c));
    }
    expect(seen.map((a) => a.Status)).toEqual(['Initializing', 'Initializing', 'Synchronizing']);
    expect(seen[2]).toMatchObject({
      Delay: '0',
      DelayMillis: 0,
      DataInitializationStatus: { Status: 'Finished', Percent: '100', Progress: '1575' }
    });
    expect(seen[1]?.DataInitializationStatus).toMatchObject({ Status: 'Migrating', Progress: '787' });
    expect(seen[0]?.Delay).toBeUndefined();
    // A job DTS does not know answers Success false to both calls.
    const gone = await jobStatusOf(c, { SynchronizationJobId: 'gone' });
    expect(gone).toMatchObject({ Success: false, ErrCode: 'InvalidJobId' });
  });

  it('refuses the job-status call for a job the lists know (jobStatusUnknown)', async () => {
    const sim = await start({ jobs: { [JOB]: jobStatusUnknown() } });
    const c = client(sim);
    expect((await page(c, 1)).Success).toBe(true);
    expect(await refusal(jobStatusOf(c))).toMatchObject({ code: 'Forbidden.InstanceNotFound', status: 404 });
    expect(sim.dtsRequests().map((r) => r.poll)).toEqual([0, 0]);
  });

  it('writes the delay where it is asked to, in every field-type variant', async () => {
    const jobs = {
      documented: delayFalling(),
      strings: delayFalling({ types: 'strings' }),
      numbers: delayFalling({ types: 'numbers' }),
      sync: delayFalling({ delayIn: 'synchronization' }),
      seconds: delayFalling({ delayIn: 'top-seconds' }),
      missing: delayMissing(),
      lower: delayJob({ delays: [3], casing: 'lower' })
    };
    const sim = await start({ jobs });
    const c = client(sim);
    const of = (id: string): Promise<Json> => jobStatusOf(c, { SynchronizationJobId: id });
    const documented = await of('documented');
    expect(documented).toMatchObject({
      Status: 'Synchronizing',
      Delay: '120',
      DelayMillis: 120000,
      DataInitialization: true,
      Success: true
    });
    expect(documented.DataSynchronizationStatus).toMatchObject({ Delay: '120', DelayMillis: 120000 });
    expect(documented.PrecheckStatus).toMatchObject({ Status: 'Finished', Percent: '100' });
    const strings = await of('strings');
    expect(strings).toMatchObject({ Delay: '120', DelayMillis: '120000', DataInitialization: 'true' });
    const numbers = await of('numbers');
    expect(numbers).toMatchObject({ Delay: 120, DelayMillis: 120000, DataInitialization: true });
    expect((numbers.PrecheckStatus as Json).Percent).toBe(100);
    const sync = await of('sync');
    expect([sync.Delay, sync.DelayMillis]).toEqual([undefined, undefined]);
    expect(sync.DataSynchronizationStatus).toMatchObject({ Delay: '120', DelayMillis: 120000 });
    const seconds = await of('seconds');
    expect([seconds.Delay, seconds.DelayMillis, (seconds.DataSynchronizationStatus as Json).Delay]).toEqual(['120', undefined, undefined]);
    const missing = await of('missing');
    expect([missing.Delay, missing.DelayMillis, missing.DataSynchronizationStatus]).toEqual([undefined, undefined, {}]);
    expect((await of('lower')).Status).toBe('synchronizing');
    // Poll by poll, the delay falls and then stays.
    const delays: unknown[] = [];
    for (let i = 0; i < 6; i++) delays.push((await of('documented')).Delay);
    expect(delays).toEqual(['60', '20', '4', '1', '1', '1']);
  });

  it('answers Success as the simulator writes it, and fields a state removes', async () => {
    const sim = await start({
      success: 'string',
      jobs: {
        [JOB]: () => state({ job: jobStatus({ status: 'Synchronizing', precheck: null, fields: { Success: undefined } }) }),
        plain: delayMissing()
      }
    });
    const bare = await jobStatusOf(client(sim));
    expect([bare.Success, bare.PrecheckStatus, bare.Status]).toEqual([undefined, undefined, 'Synchronizing']);
    expect((await jobStatusOf(client(sim), { SynchronizationJobId: 'plain' })).Success).toBe('true');
  });
});

describe('job scenarios, poll by poll', () => {
  const job = (s: PollState): Json => s.job?.body ?? {};
  const rows = (s: PollState): unknown[] => s.data.map((e) => e.FinishRowNum);

  it('copyRun: precheck percent rising with nothing listed, rows copied table after table, then the delays', () => {
    const spec = {
      precheckPolls: 2,
      tables: [
        { name: 'a', rows: 1200 },
        { name: 'b', rows: 300 },
        { name: 'c', rows: 75 }
      ],
      rowsPerPoll: 500,
      delays: [30, 5]
    };
    const run = copyRun(spec);
    expect([0, 1].map((p) => [job(run(p)).Status, (job(run(p)).PrecheckStatus as Json).Percent, run(p).data.length])).toEqual([
      ['Prechecking', '33', 0],
      ['Prechecking', '66', 0]
    ]);
    expect([2, 3, 4, 5, 6].map((p) => copiedRows(spec, p))).toEqual([0, 500, 1000, 1500, 1575]);
    expect(rows(run(3))).toEqual(['500', '0', '0']);
    expect(run(3).data.map((e) => e.Status)).toEqual(['Migrating', 'NotStarted', 'NotStarted']);
    expect(rows(run(5))).toEqual(['1200', '300', '0']);
    expect(run(5).data.map((e) => e.Status)).toEqual(['Finished', 'Finished', 'Migrating']);
    expect(job(run(5))).toMatchObject({
      Status: 'Initializing',
      DataInitializationStatus: { Status: 'Migrating', Percent: '95', Progress: '1500' }
    });
    expect(job(run(5)).Delay).toBeUndefined();
    expect(job(run(6))).toMatchObject({ Status: 'Synchronizing', Delay: '30', DataInitializationStatus: { Status: 'Finished' } });
    expect(job(run(7)).Delay).toBe('5');
    expect(job(run(20)).Delay).toBe('5');
    expect(new Set(run(6).incremental.map((e) => e.Status))).toEqual(new Set(['Migrating']));
  });

  it('steadyCopy grows by the same rows every poll; paused polls copy nothing and say Suspending', () => {
    const steady = steadyCopy();
    const total = (s: PollState): number => s.data.reduce((n, e) => n + Number(e.FinishRowNum), 0);
    expect([1, 2, 3, 4].map((p) => total(steady(p)))).toEqual([200_000, 400_000, 600_000, 800_000]);
    expect(job(steady(12)).Status).toBe('Synchronizing');
    expect(job(steady(11)).Status).toBe('Initializing');
    const paused = pausedJob();
    expect([1, 2, 3, 4].map((p) => [job(paused(p)).Status, total(paused(p))])).toEqual([
      ['Initializing', 200_000],
      ['Suspending', 200_000],
      ['Suspending', 200_000],
      ['Initializing', 400_000]
    ]);
    expect(job(pausedJob('lower')(2)).Status).toBe('suspending');
  });

  it('failures, spellings and unknown states say what their names say', () => {
    const precheck = precheckFailure({ casing: 'lower' });
    expect([job(precheck(0)).Status, job(precheck(1)).Status, job(precheck(5)).Status]).toEqual([
      'prechecking',
      'precheckFailed',
      'precheckFailed'
    ]);
    expect(precheck(3).structure).toEqual([]);
    for (const status of ['InitializeFailed', 'Failed'] as const) {
      for (const casing of ['capitalized', 'lower'] as const) {
        const failing = jobFailure(status, { casing });
        expect(job(failing(1)).Status).toBe('Initializing');
        expect(job(failing(2))).toMatchObject({ Status: spelled(status, casing), ErrorMessage: JOB_FAILURE_ERROR });
      }
    }
    const ignored = ignoredJobFailure()(1);
    expect(job(ignored).Status).toBe('InitializeFailed');
    expect(ignored.data.filter((e) => e.Status === 'Failed').map((e) => `${String(e.SourceOwnerDBName)}.${String(e.TableName)}`)).toEqual([
      'scratch.tmp_import'
    ]);
    expect(job(initializatingJob()(1)).Status).toBe('Initializating');
    const unknown = unknownJobState();
    expect([0, 1, 3, 4].map((p) => job(unknown(p)).Status)).toEqual(['Initializing', 'Rebooting', 'Rebooting', 'Initializing']);
    const demo = demoRun();
    const delays = Array.from({ length: 14 }, (_, p) => job(demo(p)).Delay).filter((d) => d !== undefined);
    expect(delays.slice(0, 5)).toEqual(['42', '17', '6', '2.4', '0.8']);
  });
});

describe('DtsClient calling DescribeSynchronizationJobStatus against the simulator', () => {
  const dtsClient = (sim: Simulator, cred: CredentialSpec, renew?: () => Promise<Credentials>): DtsClient =>
    new DtsClient({
      endpoint: sim.endpoint,
      region: REGION,
      credentials: { ...cred, ...(renew && { renew }) },
      requestTimeoutMs: 2000,
      budget: { stopAt: Infinity },
      clock: systemClock
    });
  const page1 = { jobId: JOB, pageNum: 1, pageSize: 100, read: { strings: new StringPool() } };

  it('reads the checked answer, beside the pages of the same client', async () => {
    const sim = await start({ jobs: { [JOB]: delayFalling({ types: 'numbers' }) } });
    const c = dtsClient(sim, KEY);
    try {
      const [listed, job] = await Promise.all([c.call(listsPage, page1), c.call(jobStatusCall, { jobId: JOB })]);
      expect(listed.objects.length).toBeGreaterThan(0);
      expect(job).toMatchObject({ status: 'Synchronizing', delayMs: 120000 });
      const calls = sim.dtsRequests();
      expect(calls.map((r) => r.poll)).toEqual([0, 0]);
      const jobCall = calls.find((r) => r.action === JOB_STATUS_ACTION);
      expect(jobCall?.params).toMatchObject({ SynchronizationJobId: JOB, RegionId: REGION });
      expect([jobCall?.params.PageNum, jobCall?.params.PageSize]).toEqual([undefined, undefined]);
      expect(jobCall?.via).toBe('body');
    } finally {
      c.close();
    }
  });

  it('maps a refused call to a DtsApiError whose hint names dts:DescribeSynchronizationJobStatus', async () => {
    const sim = await start({
      jobs: { [JOB]: seedExample(), gone: successFalse() },
      forbiddenActions: [{ action: JOB_STATUS_ACTION, accessKeyIds: [LISTS_ONLY_KEY.accessKeyId] }]
    });
    const c = dtsClient(sim, LISTS_ONLY_KEY);
    try {
      expect((await c.call(listsPage, page1)).objects.length).toBeGreaterThan(0);
      const error = await c.call(jobStatusCall, { jobId: JOB }).then(
        () => undefined,
        (e: unknown) => e
      );
      expect(error).toBeInstanceOf(DtsApiError);
      const refused = error as DtsApiError;
      expect([refused.code, handlingOf(refused), refused.httpStatus]).toEqual(['Forbidden.RAM', 'refused', 403]);
      expect(refused.hint).toMatch(/must allow dts:DescribeSynchronizationJobStatus on this job.*AliyunDTSReadOnlyAccess/);
      const allowed = dtsClient(sim, KEY);
      const gone = await allowed.call(jobStatusCall, { jobId: 'gone' }).then(
        () => undefined,
        (e: unknown) => e as DtsApiError
      );
      expect([gone?.code, gone && handlingOf(gone)]).toEqual(['InvalidJobId', 'refused']);
      allowed.close();
    } finally {
      c.close();
    }
  });

  it('renews expired temporary credentials once and makes the call again', async () => {
    const expired: CredentialSpec = {
      accessKeyId: 'STS.ExpiredJobStatus1',
      accessKeySecret: 'old',
      securityToken: 'CAIS-old',
      expiresAt: Date.now() - 1000
    };
    const fresh: CredentialSpec = { accessKeyId: 'STS.FreshJobStatus002', accessKeySecret: 'new', securityToken: 'CAIS-new' };
    const sim = await start({ jobs: { [JOB]: delayMissing() } });
    sim.addCredential(expired);
    sim.addCredential(fresh);
    let renewals = 0;
    const c = dtsClient(sim, expired, () => {
      renewals++;
      return Promise.resolve({ ...fresh, source: 'test' });
    });
    try {
      expect(await c.call(jobStatusCall, { jobId: JOB })).toMatchObject({ status: 'Synchronizing' });
      expect(renewals).toBe(1);
      expect(sim.dtsRequests().map((r) => r.outcome)).toEqual(['InvalidSecurityToken.Expired', 'ok']);
    } finally {
      c.close();
    }
  });
});
