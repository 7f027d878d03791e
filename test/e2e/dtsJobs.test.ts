/**
 * Today's DTS, end to end (dist/index.js against the simulator): a job named by its task ID or
 * its instance ID, mixed in one list, looked up with DescribeDtsJobs before the first poll; the
 * job as a whole from one DescribeDtsJobs call a poll for the jobs it lists and from the legacy
 * call for the others; the states and the retries only the current API reports; and a key that
 * may not call DescribeDtsJobs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  copyRun,
  DTS_JOBS_ACTION,
  JOB_STATUS_ACTION,
  LISTS_ACTION,
  migrationTask,
  MODIFY_FAILURE_ERROR,
  modifyFailed,
  RETRY_ERROR,
  retrying,
  runAction,
  type JobScenario,
  type RecordedRequest,
  type Simulator,
  startSimulator
} from '../../simulator/index.js';
import { safeMarkdown } from '../../src/text/safe.js';
import { annotations, failureMessage, pollLines } from '../support/commands.js';
import { baseInputs, KEY } from '../support/fixtures.js';

/** A key that may call everything but DescribeDtsJobs. */
const NO_TASKS = { accessKeyId: 'LTAI5tNoDtsJobsKey03', accessKeySecret: 'no-dts-jobs/Secret+Value=0123456789' };

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({
    region: 'cn-hangzhou',
    credentials: [KEY, NO_TASKS],
    forbiddenActions: [{ action: DTS_JOBS_ACTION, accessKeyIds: [NO_TASKS.accessKeyId] }]
  });
});

afterAll(async () => {
  await sim.close();
});

/** Two tables copied over three polls (the first copies nothing yet). */
const shortCopy = (): JobScenario =>
  copyRun({
    tables: [
      { name: 'orders', rows: 1000 },
      { name: 'customers', rows: 500 }
    ],
    rowsPerPoll: 750
  });

/** The calls a run made, from the request with sequence number `since` on. */
const callsSince = (since: number): RecordedRequest[] => sim.dtsRequests().filter((r) => r.seq > since);
const lastSeq = (): number => sim.requests.at(-1)?.seq ?? 0;
const of = (calls: readonly RecordedRequest[], action: string) => calls.filter((r) => r.action === action);
/** The IDs a DescribeDtsJobs call asked for, and how: `task:a,b` or `instance:a`. */
const asked = (r: RecordedRequest): string =>
  r.params.DtsJobId !== undefined ? `task:${r.params.DtsJobId}` : `instance:${r.params.DtsInstanceId ?? ''}`;
const noKey = { 'access-key-id': NO_TASKS.accessKeyId, 'access-key-secret': NO_TASKS.accessKeySecret };

describe('a job named by its task ID', () => {
  it('is looked up, read by its instance ID, and named by its task ID everywhere a person reads it', async () => {
    sim.setJob('dtsalpha01', { scenario: shortCopy(), taskId: 'alphatask0001qz' });
    const since = lastSeq();
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'alphatask0001qz' }));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'finished', polls: '3' });
    expect(JSON.parse(run.outputs['job-status']!)).toEqual({ alphatask0001qz: 'Synchronizing' });

    const calls = callsSince(since);
    // Asked first as an instance ID (not found), then as a task ID: two calls before any list call.
    const lookUp = calls.slice(0, 2);
    expect(lookUp.map((r) => [r.action, r.params.JobType, asked(r)])).toEqual([
      [DTS_JOBS_ACTION, 'SYNC', 'instance:alphatask0001qz'],
      [DTS_JOBS_ACTION, 'SYNC', 'task:alphatask0001qz']
    ]);
    for (const r of lookUp) expect(r.params).toMatchObject({ Region: 'cn-hangzhou', PageSize: '30' });
    expect(of(calls, LISTS_ACTION).every((r) => r.params.SynchronizationJobId === 'dtsalpha01')).toBe(true);
    expect(of(calls, JOB_STATUS_ACTION)).toEqual([]);

    expect(run.stdout).toContain('\n  alphatask0001qz: synchronization task alphatask0001qz of instance dtsalpha01.\n');
    expect(run.stdout).toMatch(/^Waiting on DTS job alphatask0001qz in cn-hangzhou \(.*; endpoint http:\/\/127\.0\.0\.1:\d+, as given; /m);
    expect(pollLines(run.stdout)[0]).toMatch(/^poll 1 · alphatask0001qz: /);
    expect(run.summary).toContain('**Job:** alphatask0001qz (instance dtsalpha01)');
    expect(run.report).toMatchObject({
      jobIds: ['alphatask0001qz'],
      jobs: [{ jobId: 'alphatask0001qz', instanceId: 'dtsalpha01', taskId: 'alphatask0001qz', listed: true, source: 'DescribeDtsJobs' }]
    });
    expect((run.report!.objects as Array<{ jobId: string }>).every((o) => o.jobId === 'alphatask0001qz')).toBe(true);
  });
});

describe('a mixed list', () => {
  it('a task ID, an instance ID and a legacy instance: one DescribeDtsJobs call a poll for the two it lists, the legacy call for the third', async () => {
    sim.setJob('dtsmixa01', { scenario: shortCopy(), taskId: 'mixatask0001qzz' });
    sim.setJob('dtsmixb02', shortCopy());
    sim.setJob('dtsmixc03', { scenario: shortCopy(), listed: false });
    const since = lastSeq();
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'mixatask0001qzz, dtsmixb02, dtsmixc03' }));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'finished', polls: '3' });
    expect(Object.keys(JSON.parse(run.outputs['job-status']!) as object)).toEqual(['mixatask0001qzz', 'dtsmixb02', 'dtsmixc03']);

    const calls = callsSince(since);
    const views = of(calls, DTS_JOBS_ACTION);
    const taskB = sim.taskIdOf('dtsmixb02')!;
    // The look-up: all three as instance IDs, the two not found as task IDs, the one found by
    // neither as migration tasks; then one call for the polls 2 and 3 each.
    expect(views.map((r) => `${r.params.JobType} ${asked(r)}`)).toEqual([
      'SYNC instance:mixatask0001qzz,dtsmixb02,dtsmixc03',
      'SYNC task:mixatask0001qzz,dtsmixc03',
      'MIGRATION instance:dtsmixc03',
      'MIGRATION task:dtsmixc03',
      `SYNC task:mixatask0001qzz,${taskB}`,
      `SYNC task:mixatask0001qzz,${taskB}`
    ]);
    expect(of(calls, JOB_STATUS_ACTION).map((r) => r.jobId)).toEqual(['dtsmixc03', 'dtsmixc03', 'dtsmixc03']);
    expect(new Set(of(calls, LISTS_ACTION).map((r) => r.jobId))).toEqual(new Set(['dtsmixa01', 'dtsmixb02', 'dtsmixc03']));
    expect(run.stdout).toContain('  dtsmixc03: not found among the synchronization tasks of the current API (DescribeDtsJobs)');
    expect(run.summary).toContain(`mixatask0001qzz (instance dtsmixa01), dtsmixb02 (task ${taskB}), dtsmixc03 ·`);
    expect(run.report).toMatchObject({
      jobs: [{ source: 'DescribeDtsJobs' }, { source: 'DescribeDtsJobs' }, { listed: false, source: 'DescribeSynchronizationJobStatus' }]
    });
  });

  it('twelve jobs by task ID: looked up in two calls, then one DescribeDtsJobs call a poll and no legacy job-status call', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `dtstwelve${i}`);
    for (const id of ids) sim.setJob(id, shortCopy());
    const tasks = ids.map((id) => sim.taskIdOf(id)!);
    const since = lastSeq();
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': tasks.join('\n') }));
    expect(run.outputs).toMatchObject({ status: 'finished', polls: '3' });
    const calls = callsSince(since);
    const firstList = calls.findIndex((r) => r.action === LISTS_ACTION);
    expect(calls.slice(0, firstList).map((r) => `${r.action} ${asked(r)}`)).toEqual([
      `${DTS_JOBS_ACTION} instance:${tasks.join(',')}`,
      `${DTS_JOBS_ACTION} task:${tasks.join(',')}`
    ]);
    const views = of(calls, DTS_JOBS_ACTION).slice(2);
    expect(views.map(asked)).toEqual([`task:${tasks.join(',')}`, `task:${tasks.join(',')}`]);
    expect(of(calls, JOB_STATUS_ACTION)).toEqual([]);
    // Every job saw the same three polls: the look-up's view was poll 1's.
    for (const id of ids) expect(sim.pollsOf(id)).toBe(3);
  });
});

describe('what is not a synchronization task', () => {
  it('a migration task is refused by name before any poll', async () => {
    sim.setJob('dtsmig01', migrationTask({ taskId: 'migtask000001qz' }));
    const since = lastSeq();
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'migtask000001qz' }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'error', polls: '0' });
    expect(failureMessage(run.stdout)).toMatch(/^job-id migtask000001qz \(instance dtsmig01\) is a data migration task /);
    expect(of(callsSince(since), LISTS_ACTION)).toEqual([]);
  });
});

describe('the states and retries of the current API', () => {
  it('ModifyFailed fails the run at the poll that sees it, with the error and its help page', async () => {
    sim.setJob('dtsmodify01', modifyFailed({ at: 1 }));
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'dtsmodify01', 'max-delay': '5s' }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'failed', polls: '2', failed: '0' });
    expect(JSON.parse(run.outputs['job-status']!)).toEqual({ dtsmodify01: 'ModifyFailed' });
    const message = failureMessage(run.stdout)!;
    expect(message).toContain(
      `- job dtsmodify01: modifying objects failed: ${MODIFY_FAILURE_ERROR} (help: DTS-1051009: https://help.aliyun.com/`
    );
    expect(annotations(run.stdout, 'error', 'DTS job failed: dtsmodify01 (modifying objects failed)')).toHaveLength(1);
    expect(run.summary).toContain('Help: [DTS-1051009](https://help.aliyun.com/zh/dts/support/common-errors-and-troubleshooting)');
  });

  it('a retry episode gives one warning with its figures, and the poll lines follow it', async () => {
    sim.setJob('dtsretry01', { scenario: retrying(shortCopy(), { from: 0, polls: 2, secondsPerPoll: 30 }) });
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'dtsretry01' }));
    expect(run.outputs.status).toBe('finished');
    const warnings = annotations(run.stdout, 'warning', 'DTS retrying');
    expect(warnings.map((w) => w.message)).toEqual([
      `Job dtsretry01: DTS is retrying destDB (retry 1, 30s of at most 12h 00m 00s): ${RETRY_ERROR}. A job that runs out of retries fails; the wait goes on.`
    ]);
    const lines = pollLines(run.stdout);
    expect(lines[0]).toContain(', job retrying destDB (retry 1, 30s of at most 12h 00m 00s) ·');
    expect(lines[1]).toContain(', job retrying destDB (retry 2, 1m 00s of at most 12h 00m 00s) ·');
    expect(lines[2]).not.toContain('retrying');
  });

  it('a run that ends while DTS retries says so in the summary, with DTS’s message', async () => {
    const stuck = copyRun({ tables: [{ name: 'orders', rows: 1000 }], rowsPerPoll: 0 });
    sim.setJob('dtsretry02', { scenario: retrying(stuck, { from: 0, polls: 1000 }) });
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'dtsretry02', timeout: '400ms' }));
    expect(run.outputs.status).toBe('timeout');
    expect(annotations(run.stdout, 'warning', 'DTS retrying')).toHaveLength(1);
    expect(run.summary).toMatch(/\*\*Job state:\*\* retrying destDB \(retry \d+, /);
    expect(run.summary).toContain(`: ${safeMarkdown(RETRY_ERROR, 1000)}. A job that runs out of retries fails.`);
  });
});

describe('a key that may not call DescribeDtsJobs', () => {
  it('with instance IDs: one warning naming the permission, then the legacy job view, and the run goes on', async () => {
    sim.setJob('dtsnoview01', shortCopy());
    const since = lastSeq();
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'dtsnoview01', ...noKey }));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'finished', polls: '3' });
    const warnings = annotations(run.stdout, 'warning', 'DTS tasks not readable');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('Forbidden.RAM');
    expect(warnings[0]!.message).toContain('dts:DescribeDtsJobs');
    const calls = callsSince(since);
    // Refused once at the look-up and never asked again.
    expect(of(calls, DTS_JOBS_ACTION)).toHaveLength(1);
    expect(of(calls, JOB_STATUS_ACTION)).toHaveLength(3);
    expect(JSON.parse(run.outputs['job-status']!)).toEqual({ dtsnoview01: 'Synchronizing' });
  });

  it('with a task ID the legacy calls do not know: error, saying both ways out', async () => {
    sim.setJob('dtsnoview02', { scenario: shortCopy(), taskId: 'noviewtask002qz' });
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'noviewtask002qz', ...noKey }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'error', polls: '0' });
    const message = failureMessage(run.stdout)!;
    expect(message).toContain('Forbidden.InstanceNotFound');
    expect(message).toContain('allow dts:DescribeDtsJobs to the key');
    expect(message).toContain('give the instance ID (dts…) instead');
  });
});
