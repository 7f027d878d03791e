/**
 * DescribeDtsJobs in the DTS simulator, driven by the real `@alicloud/pop-core` RPCClient: which
 * tasks it lists (job type, instance and task IDs, paging, region), the entry of a job agreeing
 * with the legacy job-status answer of the same poll, and how it pairs with the legacy calls of
 * a poll.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import type RPCClient from '@alicloud/pop-core';
import {
  actionNotFound,
  constant,
  delayFalling,
  DTS_JOBS_ACTION,
  htmlNotFound,
  initializatingJob,
  JOB_STATUS_ACTION,
  jobStatus,
  legacyInstance,
  LISTS_ACTION,
  migrationTask,
  precheckFailure,
  state,
  steadyCopy,
  structureEntry,
  type CredentialSpec,
  type JobScenario,
  type PollState,
  type Simulator
} from '../../simulator/index.js';
import { refusal, rpcCall, rpcClient, simulators, type Json } from '../support/rpc.js';

const KEY: CredentialSpec = { accessKeyId: 'LTAI5tDtsJobsKey0001', accessKeySecret: 'dts/jobs+secret=' };
const REGION = 'cn-hangzhou';

const start = simulators({ credentials: [KEY], region: REGION });

const dtsJobs = (c: RPCClient, params: Json = {}): Promise<Json> => rpcCall(c, DTS_JOBS_ACTION, { Region: REGION, ...params });
const listed = (answer: Json): Json[] => answer.DtsJobList as Json[];
const instancesOf = (answer: Json): unknown[] => listed(answer).map((j) => j.DtsInstanceID);

describe('which tasks DescribeDtsJobs lists', () => {
  let sim: Simulator;
  let c: RPCClient;
  beforeAll(async () => {
    sim = await start({
      jobs: {
        dtsalpha01: steadyCopy(),
        dtsbeta02: { scenario: delayFalling(), taskId: 'beta2task0000xq' },
        dtsmig03: migrationTask({ taskId: 'mig3task00000zz' }),
        dtslegacy04: legacyInstance()
      }
    });
    c = rpcClient(sim, KEY);
  });

  it('lists migration tasks when JobType is absent, a synchronization task only with JobType=SYNC', async () => {
    const ids = { DtsInstanceId: 'dtsalpha01,dtsmig03' };
    expect(instancesOf(await dtsJobs(c, ids))).toEqual(['dtsmig03']);
    expect(listed(await dtsJobs(c, ids))[0]).toMatchObject({ DtsJobId: 'mig3task00000zz', JobType: 'online' });
    const sync = await dtsJobs(c, { ...ids, JobType: 'SYNC' });
    expect(sync).toMatchObject({ Success: true, TotalRecordCount: 1, PageNumber: 1, PageRecordCount: 20 });
    expect(listed(sync)[0]).toMatchObject({ DtsInstanceID: 'dtsalpha01', DtsJobId: sim.taskIdOf('dtsalpha01'), JobType: 'sync' });
  });

  it('gives every job a task ID, one that is no reading of its instance ID unless configured', () => {
    const derived = sim.taskIdOf('dtsalpha01');
    expect(derived).toMatch(/^[a-z0-9]{15}$/);
    expect(derived).not.toContain('alpha01');
    expect(sim.taskIdOf('dtsbeta02')).toBe('beta2task0000xq');
    expect(sim.taskIdOf('dtsunknown')).toBeUndefined();
  });

  it('filters by instance IDs, by task IDs, by both (each narrowing), and leaves out IDs that match nothing', async () => {
    const sync = (params: Json): Promise<unknown[]> => dtsJobs(c, { JobType: 'SYNC', ...params }).then(instancesOf);
    const alphaTask = sim.taskIdOf('dtsalpha01');
    expect(await sync({})).toEqual(['dtsalpha01', 'dtsbeta02']);
    expect(await sync({ DtsInstanceId: 'dtsbeta02, dtsalpha01' })).toEqual(['dtsalpha01', 'dtsbeta02']);
    expect(await sync({ DtsJobId: 'beta2task0000xq' })).toEqual(['dtsbeta02']);
    expect(await sync({ DtsJobId: `${alphaTask},beta2task0000xq` })).toEqual(['dtsalpha01', 'dtsbeta02']);
    // An instance ID among the task IDs, or a task ID among the instance IDs, matches nothing.
    expect(await sync({ DtsJobId: 'dtsalpha01' })).toEqual([]);
    expect(await sync({ DtsInstanceId: 'beta2task0000xq' })).toEqual([]);
    expect(await sync({ DtsInstanceId: 'dtsalpha01', DtsJobId: alphaTask })).toEqual(['dtsalpha01']);
    expect(await sync({ DtsInstanceId: 'dtsalpha01', DtsJobId: 'beta2task0000xq' })).toEqual([]);
    expect(await sync({ DtsInstanceId: 'dtsnothere,dtsalpha01' })).toEqual(['dtsalpha01']);
    const none = await dtsJobs(c, { JobType: 'SYNC', DtsJobId: 'nosuchtask00000' });
    expect(none).toMatchObject({ Success: true, TotalRecordCount: 0, DtsJobList: [] });
  });

  it('never lists an instance only the legacy API knows, of either type, while the legacy calls answer it', async () => {
    for (const JobType of ['SYNC', 'MIGRATION']) {
      expect(await dtsJobs(c, { JobType, DtsInstanceId: 'dtslegacy04' }).then(instancesOf)).toEqual([]);
    }
    const legacy = await rpcCall(c, JOB_STATUS_ACTION, { RegionId: REGION, SynchronizationJobId: 'dtslegacy04' });
    expect(legacy).toMatchObject({ Success: true, Status: 'Initializing' });
  });

  it('refuses a JobType, page size or page number it does not know, as the current API refuses a parameter', async () => {
    const refusedParams: Array<[Json, string]> = [
      [{ PageSize: 25 }, 'PageSize'],
      [{ PageSize: 100 }, 'PageSize'],
      [{ PageSize: 0 }, 'PageSize'],
      [{ PageNumber: 0 }, 'PageNumber'],
      [{ PageNumber: 'two' }, 'PageNumber'],
      [{ JobType: 'sync' }, 'JobType']
    ];
    for (const [params, name] of refusedParams) {
      const answer = await dtsJobs(c, { JobType: 'SYNC', ...params });
      expect([name, answer]).toEqual([
        name,
        expect.objectContaining({ Success: false, HttpStatusCode: 400, ErrCode: 'InvalidParameter', DynamicMessage: name })
      ]);
    }
    const recorded = sim.dtsRequests().filter((r) => r.action === DTS_JOBS_ACTION && r.outcome === 'success-false');
    expect(recorded.map((r) => r.status)).toEqual(refusedParams.map(() => 400));
    for (const PageSize of [10, 20, 30])
      expect(await dtsJobs(c, { JobType: 'SYNC', PageSize })).toMatchObject({ PageRecordCount: PageSize });
  });

  it('wants Region (RegionId is deprecated and not read), the simulator’s region', async () => {
    expect(await refusal(rpcCall(c, DTS_JOBS_ACTION, { JobType: 'SYNC' }))).toMatchObject({ code: 'MissingParameter', status: 400 });
    const deprecated = await refusal(rpcCall(c, DTS_JOBS_ACTION, { JobType: 'SYNC', RegionId: REGION }));
    expect(deprecated).toMatchObject({ code: 'MissingParameter', data: { Message: expect.stringContaining('"Region"') } });
    expect(await refusal(dtsJobs(c, { JobType: 'SYNC', Region: 'cn-shanghai' }))).toMatchObject({ code: 'InvalidRegionId', status: 400 });
  });
});

describe('paging by 30', () => {
  const jobsOf = (n: number, from = 0): Record<string, JobScenario> =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`dtspage${String(from + i).padStart(3, '0')}`, constant(state())]));

  it('answers 12 jobs on one page, and 31 on a full page and a page of one, in the order they were added', async () => {
    const sim = await start({ jobs: jobsOf(12) });
    const c = rpcClient(sim, KEY);
    const twelve = await dtsJobs(c, { JobType: 'SYNC', PageSize: 30 });
    expect(twelve).toMatchObject({ TotalRecordCount: 12, PageNumber: 1, PageRecordCount: 30 });
    expect(instancesOf(twelve)).toEqual(Object.keys(jobsOf(12)));

    for (const [id, scenario] of Object.entries(jobsOf(19, 12))) sim.setJob(id, scenario);
    const all = Object.keys(jobsOf(31));
    const pages = await Promise.all([1, 2, 3].map((PageNumber) => dtsJobs(c, { JobType: 'SYNC', PageSize: 30, PageNumber })));
    expect(pages.map((p) => [p.TotalRecordCount, p.PageNumber, listed(p).length])).toEqual([
      [31, 1, 30],
      [31, 2, 1],
      [31, 3, 0]
    ]);
    expect([...instancesOf(pages[0]!), ...instancesOf(pages[1]!)]).toEqual(all);
    expect(listed(await dtsJobs(c, { JobType: 'SYNC' }))).toHaveLength(20);
  });
});

describe('the entry of a job, from the state that answers the legacy call', () => {
  let sim: Simulator;
  let c: RPCClient;
  beforeAll(async () => {
    sim = await start({
      jobs: {
        dtsprecheck: precheckFailure({ at: 0 }),
        dtsdelay: delayFalling(),
        dtscopy: initializatingJob(),
        dtslower: delayFalling({ casing: 'lower', types: 'numbers' }),
        dtsmigrate: { scenario: delayFalling(), jobType: 'MIGRATION' }
      }
    });
    c = rpcClient(sim, KEY);
  });

  /** The legacy answer and the entry at the same poll (the entry's call first, then the legacy one). */
  async function bothViews(instanceId: string, jobType = 'SYNC'): Promise<{ legacy: Json; entry: Json }> {
    const entry = listed(await dtsJobs(c, { JobType: jobType, DtsInstanceId: instanceId }))[0]!;
    const legacy = await rpcCall(c, JOB_STATUS_ACTION, { RegionId: REGION, SynchronizationJobId: instanceId });
    return { legacy, entry };
  }

  it('has the legacy status, error and precheck, its items renamed (CheckItem, CheckResult, FailedReason, RepairMethod)', async () => {
    const { legacy, entry } = await bothViews('dtsprecheck');
    expect(entry).toMatchObject({ Status: legacy.Status, ErrorMessage: legacy.ErrorMessage, ErrorDetails: [] });
    const items = (legacy.PrecheckStatus as Json).Detail as Json[];
    expect(entry.PrecheckStatus).toEqual({
      Status: (legacy.PrecheckStatus as Json).Status,
      Percent: (legacy.PrecheckStatus as Json).Percent,
      ErrorMessage: '',
      Detail: items.map((i) => ({
        CheckItem: i.ItemName,
        CheckResult: i.CheckStatus,
        ...(i.ErrorMessage !== undefined && { FailedReason: i.ErrorMessage }),
        ...(i.RepairMethod !== undefined && { RepairMethod: i.RepairMethod })
      }))
    });
    expect(items.filter((i) => i.CheckStatus === 'Failed')).toHaveLength(2);
  });

  it('has the delay as a number of seconds for a synchronization task, poll after poll, and in milliseconds for a migration task', async () => {
    for (let poll = 0; poll < 3; poll++) {
      const { legacy, entry } = await bothViews('dtsdelay');
      expect(entry.Delay).toBe(Number(legacy.Delay));
      expect(entry.DataSynchronizationStatus).toMatchObject({
        Status: (legacy.DataSynchronizationStatus as Json).Status,
        NeedUpgrade: false
      });
    }
    const lower = await bothViews('dtslower');
    expect(lower.legacy.Status).toBe('synchronizing');
    expect(lower.entry).toMatchObject({ Status: 'Synchronizing', Delay: lower.legacy.Delay });
    const migration = await bothViews('dtsmigrate', 'MIGRATION');
    expect(migration.entry).toMatchObject({ JobType: 'online', Status: 'Migrating', Delay: Number(migration.legacy.Delay) * 1000 });
  });

  it('spells the states as the current API does, and keeps the stages of the copy', async () => {
    const { legacy, entry } = await bothViews('dtscopy');
    expect(legacy.Status).toBe('Initializating');
    expect(entry.Status).toBe('Initializing');
    for (const stage of ['StructureInitializationStatus', 'DataInitializationStatus']) {
      const { Status, Percent, Progress, ErrorMessage } = legacy[stage] as Json;
      expect([stage, entry[stage]]).toEqual([stage, { Status, Percent, Progress, ErrorMessage }]);
    }
    expect(entry.MigrationMode).toEqual({
      StructureInitialization: true,
      DataInitialization: true,
      DataSynchronization: true,
      FullDataCheck: false,
      IncDataCheck: false
    });
    expect(entry.RetryState).toMatchObject({ Retrying: false, RetryCount: 0 });
    expect(entry.FullDataCheckStatus).toEqual({ Status: 'NotStarted', Percent: '0', Progress: '', ErrorMessage: '' });
  });
});

describe('one poll, three kinds of call', () => {
  /** Each state names its poll: structure entry `p<n>`, job ErrorMessage `poll <n>`. */
  const numbered = (poll: number): PollState =>
    state({
      structure: [structureEntry({ db: 'db', name: `p${poll}`, status: 'Migrating' })],
      job: jobStatus({ status: 'Initializing', errorMessage: `poll ${poll}` })
    });
  const orders: Array<Array<'lists' | 'job' | 'view'>> = [
    ['view', 'lists', 'job'],
    ['lists', 'job', 'view'],
    ['job', 'view', 'lists'],
    ['lists', 'view'],
    ['view', 'job']
  ];

  it('pairs a page 1, a job-status call and a DescribeDtsJobs call that lists the job, in any order', async () => {
    const sim = await start({ jobs: { dtsone: numbered, dtstwo: numbered } });
    const c = rpcClient(sim, KEY);
    const seen = async (kind: 'lists' | 'job' | 'view'): Promise<string> => {
      const legacy = { RegionId: REGION, SynchronizationJobId: 'dtsone' };
      if (kind === 'lists') {
        const page = await rpcCall(c, LISTS_ACTION, { ...legacy, PageNum: 1, PageSize: 10 });
        return String((page.StructureInitializationDetails as Json[])[0]?.ObjectName).replace('p', 'poll ');
      }
      if (kind === 'job') return String((await rpcCall(c, JOB_STATUS_ACTION, legacy)).ErrorMessage);
      const answer = await dtsJobs(c, { JobType: 'SYNC', DtsInstanceId: 'dtsone' });
      return String(listed(answer)[0]?.ErrorMessage);
    };
    for (const [poll, order] of orders.entries()) {
      const answers: string[] = [];
      for (const kind of order) answers.push(await seen(kind));
      expect([order, answers]).toEqual([order, order.map(() => `poll ${poll}`)]);
    }
    expect(sim.pollsOf('dtsone')).toBe(orders.length);
    expect(sim.pollsOf('dtstwo')).toBe(0);
    const views = sim.dtsRequests().filter((r) => r.action === DTS_JOBS_ACTION);
    expect(views.map((r) => r.polls)).toEqual(orders.flatMap((order, poll) => (order.includes('view') ? [{ dtsone: poll }] : [])));
  });

  it('counts one batched call as the view of every job it lists, and a page that does not list a job as nothing of it', async () => {
    const sim = await start({ jobs: { dtsone: numbered, dtstwo: numbered } });
    const c = rpcClient(sim, KEY);
    const first = await dtsJobs(c, { JobType: 'SYNC' });
    expect(listed(first).map((j) => j.ErrorMessage)).toEqual(['poll 0', 'poll 0']);
    await dtsJobs(c, { JobType: 'SYNC', PageNumber: 2 });
    expect([sim.pollsOf('dtsone'), sim.pollsOf('dtstwo')]).toEqual([1, 1]);
    const second = await dtsJobs(c, { JobType: 'SYNC', DtsInstanceId: 'dtstwo' });
    expect(listed(second)[0]?.ErrorMessage).toBe('poll 1');
    expect([sim.pollsOf('dtsone'), sim.pollsOf('dtstwo')]).toEqual([1, 2]);
  });

  it('lets the look-ups a job expects see poll 0 and open nothing', async () => {
    const sim = await start({ jobs: { dtsone: { scenario: numbered, lookups: 1 } } });
    const c = rpcClient(sim, KEY);
    const lookUp = await dtsJobs(c, { JobType: 'SYNC', DtsInstanceId: 'dtsone' });
    expect(listed(lookUp)[0]?.ErrorMessage).toBe('poll 0');
    expect(sim.pollsOf('dtsone')).toBe(0);
    // The first poll, its page 1 first: both see poll 0; the next poll's view opens poll 1.
    const page = await rpcCall(c, LISTS_ACTION, { RegionId: REGION, SynchronizationJobId: 'dtsone', PageNum: 1, PageSize: 10 });
    expect((page.StructureInitializationDetails as Json[])[0]?.ObjectName).toBe('p0');
    for (const expected of ['poll 0', 'poll 1']) {
      expect(listed(await dtsJobs(c, { JobType: 'SYNC', DtsInstanceId: 'dtsone' }))[0]?.ErrorMessage).toBe(expected);
    }
  });
});

describe('refusals', () => {
  const OTHER: CredentialSpec = { accessKeyId: 'LTAI5tDtsJobsKey0002', accessKeySecret: 'other/secret' };

  it('refuses DescribeDtsJobs with Forbidden.RAM to a key forbidden it, or for the jobs a rule names', async () => {
    const sim = await start({
      credentials: [KEY, OTHER],
      jobs: { dtsopen: steadyCopy(), dtsclosed: { scenario: steadyCopy(), taskId: 'closedtask00001' } },
      forbiddenActions: [
        { action: DTS_JOBS_ACTION, accessKeyIds: [OTHER.accessKeyId] },
        { action: DTS_JOBS_ACTION, jobIds: ['dtsclosed', 'closedtask00001'] }
      ]
    });
    const forbidden = { code: 'Forbidden.RAM', status: 403 };
    expect(await refusal(dtsJobs(rpcClient(sim, OTHER), { JobType: 'SYNC' }))).toMatchObject(forbidden);
    const c = rpcClient(sim, KEY);
    expect(await refusal(dtsJobs(c, { JobType: 'SYNC', DtsInstanceId: 'dtsopen,dtsclosed' }))).toMatchObject(forbidden);
    expect(await refusal(dtsJobs(c, { JobType: 'SYNC', DtsJobId: 'closedtask00001' }))).toMatchObject(forbidden);
    expect(instancesOf(await dtsJobs(c, { JobType: 'SYNC', DtsInstanceId: 'dtsopen' }))).toEqual(['dtsopen']);
    // A refused call reads no job: no poll was opened.
    expect(sim.pollsOf('dtsclosed')).toBe(0);
  });

  it('answers an HTML 404 or a JSON 404 in the way of the action, to the keys a rule names', async () => {
    const sim = await start({
      credentials: [KEY, OTHER],
      jobs: { dtsjob: steadyCopy() },
      refusedActions: [
        { action: DTS_JOBS_ACTION, accessKeyIds: [KEY.accessKeyId], answer: { raw: htmlNotFound() } },
        { action: DTS_JOBS_ACTION, accessKeyIds: [OTHER.accessKeyId], answer: { refuse: actionNotFound() } }
      ]
    });
    const html = await refusal(dtsJobs(rpcClient(sim, KEY), { JobType: 'SYNC' }));
    expect(html.name).toBe('SyntaxError'); // pop-core cannot read the page as JSON
    const json = await refusal(dtsJobs(rpcClient(sim, OTHER), { JobType: 'SYNC' }));
    expect(json).toMatchObject({ code: 'InvalidAction.NotFound', status: 404 });
    const answered = sim.dtsRequests().map((r) => [r.status, r.outcome, r.polls]);
    expect(answered).toEqual([
      [404, 'raw', undefined],
      [404, 'InvalidAction.NotFound', undefined]
    ]);
    // The legacy calls still answer.
    const legacy = await rpcCall(rpcClient(sim, KEY), JOB_STATUS_ACTION, { RegionId: REGION, SynchronizationJobId: 'dtsjob' });
    expect(legacy.Success).toBe(true);
  });
});
