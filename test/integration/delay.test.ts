/**
 * The replication delay, the progress of the copy and the job-status call itself, through
 * run() in-process against the simulator: max-delay waits for the delay to come down and never
 * finishes on an unknown one; a refused job-status call gives one warning and the object lists
 * alone (an error with max-delay); job-status false makes no such call; the progress output is
 * exact and the time left close to the truth.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  copiedRows,
  copyRun,
  type CopyRunSpec,
  delayFalling,
  delayJob,
  delayMissing,
  delayStuck,
  JOB_STATUS_ACTION,
  jobStatus,
  jobStatusUnknown,
  precheckFailure,
  progressing,
  type JobScenario,
  type JobSpec,
  type Simulator,
  startSimulator,
  STEADY_TABLES
} from '../../simulator/index.js';
import { annotations, commandsOf, failureMessage, pollLines } from '../support/commands.js';
import { baseInputs, KEY } from '../support/fixtures.js';
import { runInProcess } from '../support/inProcess.js';

/** A key that may read the lists but not the job as a whole. */
const LISTS_ONLY = { accessKeyId: 'LTAI5tListsOnlyKey02', accessKeySecret: 'lists-only/Secret+Value=0123456789' };

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({
    region: 'cn-hangzhou',
    credentials: [KEY, LISTS_ONLY],
    forbiddenActions: [{ action: JOB_STATUS_ACTION, accessKeyIds: [LISTS_ONLY.accessKeyId] }]
  });
});

afterAll(async () => {
  await sim.close();
});

const jobStatusCalls = (jobId: string) => sim.requests.filter((r) => r.jobId === jobId && r.action === JOB_STATUS_ACTION);
const listsOnly = { 'access-key-id': LISTS_ONLY.accessKeyId, 'access-key-secret': LISTS_ONLY.accessKeySecret };

describe('max-delay', () => {
  it('waits for the delay to come down, and finishes at the first poll where it is at most the limit', async () => {
    sim.setJob('falling', delayFalling());
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'falling', 'max-delay': '5s' }));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'finished', polls: '4', 'delay-seconds': '4', pending: '0' });
    expect(pollLines(run.stdout).map((l) => /, delay (.+?) ·/.exec(l)?.[1])).toEqual(['2m 00s', '1m 00s', '20s', '4s']);
    expect(run.stdout).toContain('finished; 2 incremental entries running; replication delay 4s.');
    expect(run.summary).toContain('**Replication delay:** 4s · max-delay 5s, met');
  });

  it('without max-delay the same job finishes at once: the delay is shown, not waited on', async () => {
    sim.setJob('fallingshown', delayFalling());
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'fallingshown' }));
    expect(run.outputs).toMatchObject({ status: 'finished', polls: '1', 'delay-seconds': '120' });
  });

  it.each([
    ['only in DataSynchronizationStatus', { delayIn: 'synchronization' as const }],
    ['every field a string', { types: 'strings' as const }],
    ['every number a number', { types: 'numbers' as const }],
    ['Delay seconds alone', { delayIn: 'top-seconds' as const }],
    ['lower-case statuses', { casing: 'lower' as const }]
  ])('reads the delay %s', async (_name, overrides) => {
    const jobId = `falling${Object.values(overrides).join('')}`.toLowerCase();
    sim.setJob(jobId, delayFalling(overrides));
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': jobId, 'max-delay': '5s' }));
    expect(run.outputs).toMatchObject({ status: 'finished', polls: '4', 'delay-seconds': '4' });
  });

  it('ends in timeout when the delay stays high, with the delay and the limit in the summary', async () => {
    sim.setJob('stuckdelay', delayStuck(300));
    const run = await runInProcess(
      baseInputs(sim.endpoint, { 'job-id': 'stuckdelay', 'max-delay': '5s', timeout: '2s', 'poll-interval': '300ms' })
    );
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'timeout', 'delay-seconds': '300', pending: '0' });
    expect(run.summary).toContain('Timed out waiting for the replication delay to come down to max-delay 5s.');
    expect(run.summary).toContain('**Replication delay:** stuckdelay 5m 00s (above the limit) · max-delay 5s, not met');
    expect(run.summary).toContain('- The replication delay did not come down to max-delay 5s: stuckdelay 5m 00s (above the limit).');
    expect(failureMessage(run.stdout)).toMatch(
      /^Timed out after 2s: the replication delay did not come down to max-delay 5s: stuckdelay 5m 00s \(above the limit\)\.$/
    );
    expect(run.report).toMatchObject({ decidedBy: 'delay', delay: { required: true, holds: false, maxDelayMs: 5000, largestMs: 300_000 } });
  });

  it('with fail-on-timeout false, a delay that stays high passes the step but says timeout', async () => {
    sim.setJob('stuckdelaysoft', delayStuck(300));
    const run = await runInProcess(
      baseInputs(sim.endpoint, { 'job-id': 'stuckdelaysoft', 'max-delay': '5s', timeout: '1s', 'fail-on-timeout': 'false' })
    );
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('timeout');
  });

  it('never finishes on an unknown delay', async () => {
    sim.setJob('nodelay', delayMissing());
    const run = await runInProcess(
      baseInputs(sim.endpoint, { 'job-id': 'nodelay', 'max-delay': '5s', timeout: '1s', 'poll-interval': '200ms' })
    );
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'timeout', 'delay-seconds': '', pending: '0' });
    expect(Number(run.outputs.polls)).toBeGreaterThan(2);
    expect(run.summary).toContain('nodelay not known');
  });

  it('does not count a delay while the job is not replicating yet', async () => {
    // Delay 0 at every poll, but the job still initializing while its objects are all done.
    sim.setJob('zeroinit', (poll) => {
      const s = delayJob({ delays: [0] })(poll);
      return { ...s, job: jobStatus({ status: 'Initializing', delaySeconds: 0 }) };
    });
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'zeroinit', 'max-delay': '5s', timeout: '1s' }));
    // The Delay 0 of a job that does not replicate is no delay: no figure anywhere, and the words say why.
    expect(run.outputs).toMatchObject({ status: 'timeout', 'delay-seconds': '' });
    expect(run.summary).toContain('zeroinit not replicating yet');
    expect(run.summary).not.toMatch(/zeroinit 0ms/);
    expect(run.stdout).not.toMatch(/^poll .*delay 0ms/m);
    expect(run.stdout).toMatch(/^poll 1 · zeroinit: .*job initializing, not replicating yet/m);
  });
});

/** A job that only the legacy API knows: its state as a whole comes from DescribeSynchronizationJobStatus. */
const legacyOnly = (scenario: JobScenario): JobSpec => ({ scenario, listed: false });

describe('a job-status call that DTS refuses for good', () => {
  it('gives one warning, asks no more, and goes on with the object lists alone', async () => {
    sim.setJob('refused', legacyOnly(progressing()));
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'refused', ...listsOnly }));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'finished', polls: '3', 'job-status': '{"refused":""}', 'delay-seconds': '' });
    const warnings = annotations(run.stdout, 'warning', 'DTS job state not readable');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('Forbidden.RAM');
    expect(warnings[0]!.message).toContain('dts:DescribeSynchronizationJobStatus');
    expect(warnings[0]!.message).toContain('AliyunDTSReadOnlyAccess');
    expect(commandsOf(run.stdout).filter((c) => c.name === 'warning')).toHaveLength(1);
    expect(jobStatusCalls('refused')).toHaveLength(1);
    expect(pollLines(run.stdout).every((l) => l.includes(', job state not readable'))).toBe(true);
    expect(run.summary).toContain('**Job state:** not readable (Forbidden.RAM)');
  });

  it('one warning for every job one refusal hit alike', async () => {
    sim.setJob('refuseda', legacyOnly(progressing()));
    sim.setJob('refusedb', legacyOnly(progressing()));
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'refuseda,refusedb', ...listsOnly }));
    expect(run.outputs).toMatchObject({ status: 'finished', 'job-status': '{"refuseda":"","refusedb":""}' });
    const warnings = annotations(run.stdout, 'warning', 'DTS job state not readable');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('Could not read the state of jobs refuseda, refusedb as a whole');
    expect(jobStatusCalls('refuseda')).toHaveLength(1);
    expect(jobStatusCalls('refusedb')).toHaveLength(1);
  });

  it('the same for a job that this API does not know', async () => {
    sim.setJob('unknownjob', legacyOnly(jobStatusUnknown()));
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'unknownjob' }));
    expect(run.outputs).toMatchObject({ status: 'finished', 'job-status': '{"unknownjob":""}' });
    const warnings = annotations(run.stdout, 'warning', 'DTS job state not readable');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('Forbidden.InstanceNotFound');
    expect(jobStatusCalls('unknownjob')).toHaveLength(1);
  });

  it('ends in error at the first poll with max-delay, naming the permission; summary and outputs written', async () => {
    sim.setJob('refuseddelay', legacyOnly(progressing()));
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'refuseddelay', 'max-delay': '5s', ...listsOnly }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'error', polls: '1', 'job-status': '{"refuseddelay":""}', 'delay-seconds': '' });
    expect(Number(run.outputs.total)).toBeGreaterThan(0);
    const message = failureMessage(run.stdout)!;
    expect(message).toMatch(/^max-delay needs the replication delay of every job, but the state of job refuseddelay could not be read: /);
    expect(message).toContain('dts:DescribeSynchronizationJobStatus');
    expect(run.summary).toContain('## ⚠️ DTS initialization status could not be read');
    expect(run.summary).toContain('max-delay needs the replication delay of every job');
    expect(run.report).toMatchObject({ status: 'error', decidedBy: 'job-unreadable', error: { code: 'Forbidden.RAM' } });
  });
});

describe('job-status: false', () => {
  it('makes no job-status call: the object lists alone', async () => {
    sim.setJob('nojobstatus', precheckFailure());
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'nojobstatus', 'job-status': 'false', timeout: '1s' }));
    // The failed precheck is not seen: the job lists nothing, so the run times out.
    expect(run.outputs).toMatchObject({ status: 'timeout', 'job-status': '{"nojobstatus":""}', progress: '' });
    expect(jobStatusCalls('nojobstatus')).toEqual([]);
    expect(pollLines(run.stdout)[0]).toBe('poll 1 · nojobstatus: no objects reported yet · 1 job with no objects reported yet');
    expect(run.summary).not.toContain('**Job state:**');
  });

  it('refuses max-delay with job-status false before any call', async () => {
    const before = sim.requests.length;
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'anyjob', 'job-status': 'false', 'max-delay': '5s' }));
    expect(run.code).toBe(1);
    // The inputs were refused, so no job is known to the outputs.
    expect(run.outputs).toMatchObject({ status: 'error', polls: '0', 'job-status': '{}', progress: '', 'eta-seconds': '' });
    expect(failureMessage(run.stdout)).toContain('max-delay needs job-status: true');
    expect(sim.requests.length).toBe(before);
  });
});

describe('progress', () => {
  const spec: CopyRunSpec = {
    tables: [
      { name: 'big', rows: 1200 },
      { name: 'mid', rows: 300 },
      { name: 'small', rows: 75 }
    ],
    rowsPerPoll: 500
  };

  it('is exact on a known copy, and 100 only once every data entry is Finished', async () => {
    sim.setJob('exact', copyRun(spec));
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'exact' }));
    expect(run.outputs).toMatchObject({ status: 'finished', polls: '5', progress: '100', 'eta-seconds': '' });
    const percents = ['0', '31.7', '63.4', '95.2', '100'];
    expect(pollLines(run.stdout).map((l) => /\((\d+(?:\.\d)?)%\)/.exec(l)?.[1])).toEqual(percents);

    // Stopped by the timeout while copying: the output is that of the last complete poll.
    sim.setJob('exactmid', copyRun(spec));
    const cut = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'exactmid', timeout: '350ms', 'poll-interval': '300ms' }));
    const polls = Number(cut.outputs.polls);
    expect(cut.outputs.status).toBe('timeout');
    expect(polls).toBeGreaterThanOrEqual(2);
    expect(polls).toBeLessThanOrEqual(4);
    expect(cut.outputs.progress).toBe(percents[polls - 1]);
  });

  it('is empty without data entries', async () => {
    sim.setJob('nodata', precheckFailure());
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'nodata' }));
    expect(run.outputs).toMatchObject({ status: 'failed', progress: '', 'eta-seconds': '' });
  });

  it('estimates the time left of a steady copy within a factor of two of the truth', async () => {
    const steady: CopyRunSpec = { tables: [...STEADY_TABLES], rowsPerPoll: 50_000 };
    sim.setJob('steady', copyRun(steady));
    const intervalMs = 1000;
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'steady', 'poll-interval': '1s', timeout: '5s' }));
    expect(run.outputs.status).toBe('timeout');
    const lastPoll = Number(run.outputs.polls) - 1; // the scenario's polls count from 0
    const left = 2_400_000 - copiedRows(steady, lastPoll);
    const truth = (left / steady.rowsPerPoll) * (intervalMs / 1000);
    const eta = Number(run.outputs['eta-seconds']);
    expect(truth).toBeGreaterThan(30);
    expect(eta).toBeGreaterThanOrEqual(truth / 2);
    expect(eta).toBeLessThanOrEqual(truth * 2);
    expect(pollLines(run.stdout).at(-1)).toMatch(/rows [\d,]+ of 2,400,000 \(\d+(\.\d)?%\), [\d,]+ rows\/s, about \d+s left$/);
  });
});
