/**
 * The job as a whole, through run() in-process against the simulator: a failed precheck or job
 * ends the wait at the poll that sees it, with its reason in the summary, the failure message and
 * an annotation; an ignored job failure, a paused job and an unknown state each warn once; the
 * precheck's progress is in the log; text from DTS cannot steer the runner.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { safeMarkdown } from '../../src/text/safe.js';
import {
  type Casing,
  copyRun,
  FAILED_PRECHECK_ITEMS,
  ignoredJobFailure,
  initializatingJob,
  JOB_FAILURE_ERROR,
  jobFailure,
  jobStatus,
  pausedJob,
  precheckFailure,
  type JobScenario,
  type JobSpec,
  type Simulator,
  spelled,
  startSimulator,
  state,
  structureEntry,
  unknownJobState
} from '../../simulator/index.js';
import { annotations, commandsOf, failureMessage, pollLines } from '../support/commands.js';
import { baseInputs, KEY } from '../support/fixtures.js';
import { runInProcess } from '../support/inProcess.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY] });
});

afterAll(async () => {
  await sim.close();
});

const FAILED_ITEMS = FAILED_PRECHECK_ITEMS.filter((item) => item.error !== undefined);

/**
 * A job in the lower casing is an instance of the legacy API only (DescribeDtsJobs does not list
 * it): the legacy job-status call is what writes states that way; the current API's job view of
 * the capitalized one spells them as it documents them.
 */
const jobOf = (scenario: JobScenario, casing: Casing): JobScenario | JobSpec =>
  casing === 'lower' ? { scenario, listed: false } : scenario;

describe('a failed precheck', () => {
  it.each(['capitalized', 'lower'] as const)(
    'ends the run within two polls, saying each failed check and its repair (%s)',
    async (casing) => {
      const jobId = `precheck${casing}`;
      sim.setJob(jobId, jobOf(precheckFailure({ casing }), casing));
      const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': jobId, timeout: '2m', 'poll-interval': '300ms' }));
      expect(run.code).toBe(1);
      expect(run.outputs).toMatchObject({ status: 'failed', polls: '2', progress: '', 'eta-seconds': '', 'delay-seconds': '' });
      expect(sim.pollsOf(jobId)).toBe(2);
      // At the poll that sees it: a run that went on would poll until its two-minute timeout.
      expect(JSON.parse(run.outputs['job-status']!)).toEqual({ [jobId]: spelled('PrecheckFailed', casing) });

      const [annotation, ...more] = annotations(run.stdout, 'error', 'DTS job failed');
      expect(more).toEqual([]);
      expect(annotation!.properties.title).toBe(`DTS job failed: ${jobId} (precheck failed)`);
      const message = failureMessage(run.stdout)!;
      expect(message.startsWith(`DTS job ${jobId} failed as a whole:\n- job ${jobId}: precheck failed: CHECK_SRC_BINLOG_FORMAT: `)).toBe(
        true
      );
      for (const item of FAILED_ITEMS) {
        for (const text of [item.name, item.error!, item.repair!]) {
          expect(annotation!.message).toContain(text);
          expect(message).toContain(text);
          expect(run.summary).toContain(safeMarkdown(text, 10_000));
        }
      }
      // The check that passed is no reason.
      expect(run.summary).not.toContain('CHECK\\_CONN\\_SRC');
      expect(run.summary.indexOf('### What failed')).toBeLessThan(run.summary.indexOf('### Counts'));
      expect(pollLines(run.stdout)).toEqual([
        `poll 1 · ${jobId}: no objects reported yet, job precheck 45% · 1 job with no objects reported yet`,
        `poll 2 · ${jobId}: no objects reported yet, job precheck failed · 1 job with no objects reported yet`
      ]);
      expect(run.report).toMatchObject({ decidedBy: 'job-failed', failedJobs: [{ jobId, state: 'PrecheckFailed' }] });
    }
  );
});

describe('a job that failed as a whole', () => {
  const cases = (['InitializeFailed', 'Failed'] as const).flatMap((status) =>
    (['capitalized', 'lower'] as const).map((casing) => [status, casing] as const)
  );

  it.each(cases)('%s (%s) fails the run at the poll that sees it, with its error', async (status, casing) => {
    const jobId = `fail${status}${casing}`.toLowerCase();
    sim.setJob(jobId, jobOf(jobFailure(status, { at: 2, casing }), casing));
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': jobId, 'poll-interval': '200ms' }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'failed', polls: '3', failed: '0' });
    expect(JSON.parse(run.outputs['job-status']!)).toEqual({ [jobId]: spelled(status, casing) });
    const words = status === 'Failed' ? 'failed' : 'initialization failed';
    expect(annotations(run.stdout, 'error', 'DTS job failed')).toEqual([
      expect.objectContaining({ properties: { title: `DTS job failed: ${jobId} (${words})` } })
    ]);
    expect(annotations(run.stdout, 'error', 'DTS job failed')[0]!.message).toContain(JOB_FAILURE_ERROR);
    expect(failureMessage(run.stdout)).toContain(`- job ${jobId}: ${words}: ${JOB_FAILURE_ERROR}`);
    // The job failed with tables still copying: a failed job moves no more, and the words say what it left.
    expect(run.summary).toContain(`Initial synchronization failed: job ${jobId} failed as a whole (${words}), leaving 4 objects uncopied.`);
    expect(run.summary).toContain(`> ${safeMarkdown(JOB_FAILURE_ERROR, 10_000)}`);
  });

  it('is ignored, with one warning, when every object it lists as failed is matched by ignore', async () => {
    sim.setJob('ignoredjob', ignoredJobFailure());
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'ignoredjob', ignore: 'scratch.*' }));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'finished', ignored: '1', failed: '0' });
    const warnings = annotations(run.stdout, 'warning', 'DTS job failure ignored');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('job ignoredjob: initialization failed: DTS-070211');
    expect(annotations(run.stdout, 'error', '')).toEqual([]);
    expect(run.summary).toContain('- ⚠️ Failed (ignored): **Job ignoredjob** · initialization failed');

    sim.setJob('notignored', ignoredJobFailure());
    const strict = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'notignored' }));
    expect(strict.code).toBe(1);
    expect(strict.outputs).toMatchObject({ status: 'failed', failed: '1' });
    expect(annotations(strict.stdout, 'error', 'DTS job failed')).toHaveLength(1);
    expect(failureMessage(strict.stdout)).toMatch(
      /^DTS job notignored failed as a whole:\n- job notignored: initialization failed: .*\n1 object failed/
    );
  });
});

describe('warnings, once each', () => {
  it.each(['capitalized', 'lower'] as const)('a paused job gets exactly one warning, and the run then finishes (%s)', async (casing) => {
    const jobId = `paused${casing}`;
    sim.setJob(jobId, jobOf(pausedJob(casing), casing));
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': jobId }));
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('finished');
    expect(annotations(run.stdout, 'warning', 'DTS job paused')).toHaveLength(1);
    // Paused at polls 2 and 3 of the scenario: the log says so at both.
    expect(pollLines(run.stdout).filter((l) => l.includes(', job paused'))).toHaveLength(2);
  });

  it('an unknown job state is warned of once, and decides nothing', async () => {
    sim.setJob('rebooting', unknownJobState('Rebooting'));
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'rebooting' }));
    expect(run.outputs.status).toBe('finished');
    const warnings = annotations(run.stdout, 'warning', 'Unknown DTS job state');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('"Rebooting"');
    expect(pollLines(run.stdout).filter((l) => l.includes('job unknown state Rebooting'))).toHaveLength(3);
  });

  it('reads Initializating, as the legacy job-status call writes it, as initializing', async () => {
    sim.setJob('initializating', { scenario: initializatingJob(), listed: false });
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'initializating' }));
    expect(run.outputs.status).toBe('finished');
    expect(pollLines(run.stdout).filter((l) => l.includes(', job initializing ·')).length).toBeGreaterThan(5);
    expect(annotations(run.stdout, 'warning', '')).toEqual([]);
  });
});

describe('the precheck in the log', () => {
  it('shows the precheck percent at each poll while it runs', async () => {
    sim.setJob('prechecking', copyRun({ precheckPolls: 2, tables: [{ name: 'orders', rows: 1000 }], rowsPerPoll: 1000 }));
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'prechecking' }));
    expect(run.outputs.status).toBe('finished');
    const lines = pollLines(run.stdout);
    expect(lines[0]).toBe('poll 1 · prechecking: no objects reported yet, job precheck 33% · 1 job with no objects reported yet');
    expect(lines[1]).toBe('poll 2 · prechecking: no objects reported yet, job precheck 66% · 1 job with no objects reported yet');
    expect(lines[2]).toContain(', job initializing · 1 pending · rows 0 of 1,000 (0%)');
  });
});

describe('text from DTS', () => {
  it('cannot start a workflow command or carry control characters into the log', async () => {
    const hostile = 'boom\n::add-mask::leak\r::error::fake\u001b[31mred\u0007';
    sim.setJob(
      'hostilejob',
      copyRun({
        tables: [{ name: 'orders', rows: 10 }],
        rowsPerPoll: 10,
        job: (poll, spec) => (poll === 0 ? { ...spec, status: '##[error]x' } : { ...spec, status: 'Failed', errorMessage: hostile })
      })
    );
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'hostilejob' }));
    expect(run.outputs.status).toBe('failed');
    const commands = commandsOf(run.stdout);
    // Only the action's own: the masks of the secret, one warning (the unknown state), one job
    // annotation and the failure message.
    for (const mask of commands.filter((c) => c.name === 'add-mask')) expect(decodeURIComponent(mask.message)).toBe(KEY.accessKeySecret);
    expect(commands.filter((c) => c.name !== 'add-mask').map((c) => c.name)).toEqual(['warning', 'error', 'error']);
    expect(run.stdout).not.toMatch(/^\s*::(add-mask|error)::(leak|fake)/m);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toContain('\u0007');
    // The poll line shows what DTS wrote, with the legacy command form broken up.
    expect(pollLines(run.stdout)[0]).toContain('job unknown state ## [error]x');
    expect(run.stdout).not.toContain('##[');
    expect(run.summary).not.toContain('\u001b');
    expect(run.summary).toContain(safeMarkdown(hostile, 10_000));
  });

  it('a job that lists objects and fails keeps its objects in the counts', async () => {
    const failedAt = (poll: number) =>
      state({
        structure: [structureEntry({ db: 'shop', name: 'orders', status: poll === 0 ? 'Migrating' : 'Finished' })],
        job: jobStatus({ status: poll === 0 ? 'Initializing' : 'Failed', errorMessage: 'disk full' })
      });
    sim.setJob('listsandfails', failedAt);
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'listsandfails' }));
    expect(run.outputs).toMatchObject({ status: 'failed', polls: '2', total: '1', finished: '1', failed: '0' });
    expect(failureMessage(run.stdout)).toBe('DTS job listsandfails failed as a whole:\n- job listsandfails: failed: disk full');
  });
});
