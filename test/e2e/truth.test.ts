/**
 * Every statement true, end to end (dist/index.js against the simulator), for what only a run
 * shows: a dead job ends the wait at once, a job-status call answered with an HTML 404 is a
 * refusal that the gate goes on without, and the words and outputs of a job that does not
 * replicate, of a failed copy and of an absurd delay say what DTS answered.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  dataEntry,
  htmlNotFound,
  jobStatus,
  runAction,
  startSimulator,
  state,
  steps,
  structureEntry,
  type Simulator
} from '../../simulator/index.js';
import { annotations, pollLines } from '../support/commands.js';
import { baseInputs, KEY } from '../support/fixtures.js';

let sim: Simulator;
/** A key for which DescribeDtsJobs answers an HTML 404. */
const VIEWLESS = { accessKeyId: 'LTAI5tViewlessKey001', accessKeySecret: 'viewless-secret' };

beforeAll(async () => {
  sim = await startSimulator({
    region: 'cn-hangzhou',
    credentials: [KEY, VIEWLESS],
    refusedActions: [
      { action: 'DescribeSynchronizationJobStatus', answer: { raw: htmlNotFound() } },
      { action: 'DescribeDtsJobs', accessKeyIds: [VIEWLESS.accessKeyId], answer: { raw: htmlNotFound() } }
    ]
  });
});

afterAll(async () => {
  await sim.close();
});

const table = (name: string, status: string, db = 'shop') => structureEntry({ db, name, status: 'Finished', constraints: [] });
const rows = (name: string, status: string, finished: number, db = 'shop') => dataEntry({ db, name, status, total: 1000, finished });

describe('a job answered with an HTML 404 to its job-status call', () => {
  it('is a refusal for good: one warning naming the call, and the object lists decide', async () => {
    // A legacy instance, which DescribeDtsJobs does not list: its state comes from the legacy call.
    sim.setJob('html404', {
      scenario: () => state({ structure: [table('a', 'Finished')], data: [rows('a', 'Finished', 1000)] }),
      listed: false
    });
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'html404', 'poll-interval': '100ms', timeout: '20s' }));
    expect(run.outputs.status).toBe('finished');
    const [warning, ...more] = annotations(run.stdout, 'warning', 'DTS job state not readable');
    expect(more).toEqual([]);
    expect(warning!.message).toContain('DescribeSynchronizationJobStatus');
    expect(warning!.message).toContain('HTTP 404');
    expect(run.stdout).not.toMatch(/job status: InvalidResponse, retry/);
  });

  it('to DescribeDtsJobs too: one warning naming DescribeDtsJobs, and the legacy job view', async () => {
    sim.setJob('viewless', () => state({ structure: [table('a', 'Finished')], data: [rows('a', 'Finished', 1000)] }));
    const run = await runAction({
      ...baseInputs(sim.endpoint, { 'job-id': 'viewless', 'poll-interval': '100ms', timeout: '20s' }),
      'access-key-id': VIEWLESS.accessKeyId,
      'access-key-secret': VIEWLESS.accessKeySecret
    });
    expect(run.outputs.status).toBe('finished');
    expect(run.stdout).toMatch(
      /::warning title=DTS tasks not readable::Could not read the synchronization tasks of the current API \(DescribeDtsJobs\): DTS answered with HTTP 404/
    );
    expect(run.stdout).not.toMatch(/InvalidResponse, retry/);
  });
});

describe('with every job status readable', () => {
  let readable: Simulator;
  beforeAll(async () => {
    readable = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY] });
  });
  afterAll(async () => {
    await readable.close();
  });

  it('a job that fails with tables still copying ends the wait at that poll, failed, though ignore covers its failed table', async () => {
    const copying = state({
      structure: [table('orders', 'Finished'), table('scratch', 'Finished', 'tmp')],
      data: [rows('orders', 'Migrating', 200), rows('scratch', 'Migrating', 10, 'tmp')],
      job: jobStatus({ status: 'Initializing' })
    });
    const dead = state({
      structure: [table('orders', 'Finished'), table('scratch', 'Finished', 'tmp')],
      data: [rows('orders', 'Migrating', 200), rows('scratch', 'Failed', 10, 'tmp')],
      job: jobStatus({ status: 'InitializeFailed', errorMessage: 'the source went away' })
    });
    readable.setJob('deadjob', steps(copying, dead));
    const run = await runAction(
      baseInputs(readable.endpoint, { 'job-id': 'deadjob', ignore: 'tmp.*', 'poll-interval': '100ms', timeout: '1m' })
    );
    expect(run.outputs).toMatchObject({ status: 'failed', polls: '2', failed: '0', ignored: '1', pending: '1', 'eta-seconds': '' });
    expect(run.durationMs).toBeLessThan(20_000);
    expect(run.summary).toContain('leaving 1 object uncopied');
    expect(run.stdout).toMatch(/1 object left uncopied by the failed job:%0A- deadjob\/data shop\.orders: Migrating/);
  });

  it('a job that initializes shows no delay, whatever its answer says, and a job whose delay is absurd shows it as what it is', async () => {
    readable.setJob('initdelay', () =>
      state({
        structure: [table('a', 'Finished')],
        data: [rows('a', 'Migrating', 10)],
        job: jobStatus({ status: 'Initializing', delaySeconds: 0 })
      })
    );
    const init = await runAction(baseInputs(readable.endpoint, { 'job-id': 'initdelay', 'poll-interval': '100ms', timeout: '400ms' }));
    expect(init.outputs['delay-seconds']).toBe('');
    expect(pollLines(init.stdout).join('\n')).not.toMatch(/delay 0ms/);
    expect(init.summary).not.toMatch(/Replication delay:\*\* 0ms/);

    readable.setJob('absurd', () =>
      state({
        structure: [table('a', 'Finished')],
        data: [rows('a', 'Finished', 1000)],
        job: jobStatus({ status: 'Synchronizing', delaySeconds: 1e27 })
      })
    );
    const absurd = await runAction(baseInputs(readable.endpoint, { 'job-id': 'absurd', 'poll-interval': '100ms', timeout: '20s' }));
    expect(absurd.outputs.status).toBe('finished');
    expect(pollLines(absurd.stdout)[0]).toContain('delay over 10,000 days');
    for (const text of [absurd.stdout, absurd.summary, ...Object.values(absurd.outputs)]) expect(text).not.toMatch(/\de\+\d/);
  });
});
