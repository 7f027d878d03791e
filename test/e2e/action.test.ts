/**
 * The whole action: dist/index.js run as the runner runs it, against the DTS simulator over HTTP,
 * for what a process shows: the exit code and the outputs, summary and report file of each way a
 * run ends (finished, failed, timeout, an API error, a refused input), and that every call is a
 * signed POST. The other scenarios of these jobs run in-process: test/integration/run.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, type Simulator, startSimulator } from '../../simulator/index.js';
import { baseInputs, KEY } from '../support/fixtures.js';
import * as scenarios from '../../simulator/index.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({
    region: 'cn-hangzhou',
    credentials: [KEY],
    jobs: {
      seed: scenarios.seedExample(),
      datafail: scenarios.dataFailure(),
      stuck: scenarios.stuck(),
      successfalse: scenarios.successFalse()
    }
  });
});

afterAll(async () => {
  await sim.close();
});

const callsFor = (jobId: string) => sim.requests.filter((r) => r.jobId === jobId);

describe('dist/index.js against the simulator', () => {
  it('finishes the seed example: outputs, summary and report file', async () => {
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'seed' }));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      status: 'finished',
      total: '3',
      finished: '2',
      failed: '0',
      ignored: '0',
      pending: '0',
      running: '1',
      polls: '1'
    });
    expect(JSON.parse(run.outputs['failed-objects']!)).toEqual([]);
    expect(run.summary).toContain('customer');
    expect(run.summary).toContain('9,993');
    expect(run.summary).toContain('9,981');
    expect(run.report?.status).toBe('finished');
    expect((run.report?.objects as unknown[]).length).toBe(3);
    expect(run.outputs['report-file']!.startsWith(run.runnerTemp)).toBe(true);
    // POST only: no credential or signature in any URL, no parameter sent as "undefined".
    for (const r of callsFor('seed')) {
      expect(r.method).toBe('POST');
      expect(r.url).not.toMatch(/AccessKeyId|Signature|SecurityToken/);
      expect(Object.values(r.params)).not.toContain('undefined');
      expect(r.params).not.toHaveProperty('AccountId');
      expect(r.params.Version).toBe('2020-01-01');
    }
  });

  it('fails on a failed data table, with an annotation and a message naming it', async () => {
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'datafail' }));
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('failed');
    expect(run.outputs.failed).toBe('1');
    const failed = JSON.parse(run.outputs['failed-objects']!) as Array<Record<string, string>>;
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ jobId: 'datafail', section: 'data', type: 'Table', status: 'Failed' });
    expect(Object.keys(failed[0]!)).toEqual([
      'jobId',
      'section',
      'sourceDatabase',
      'destinationDatabase',
      'name',
      'type',
      'status',
      'error'
    ]);
    expect(failed[0]!.error).toContain('NumberFormatException');
    expect(run.stdout.match(/^::error title=/gm)).toHaveLength(1); // one annotation per failed object
    expect(run.stdout.match(/^::error::/gm)).toHaveLength(1); // and the failure message
    expect(run.stdout).toMatch(/::error::.*1 object failed/);
    expect(run.summary.indexOf('NumberFormatException')).toBeGreaterThan(0);
  });

  it('times out on a stuck job and fails the step, listing the pending objects', async () => {
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'stuck', timeout: '1s', 'poll-interval': '300ms' }));
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('timeout');
    expect(Number(run.outputs.pending)).toBeGreaterThan(0);
    expect(Number(run.outputs.polls)).toBeGreaterThanOrEqual(3);
    expect(Number(run.outputs['elapsed-seconds'])).toBeGreaterThanOrEqual(1);
    expect(run.summary).toMatch(/Migrating/);
  });

  it('with fail-on-timeout false, a timeout passes the step but still says timeout', async () => {
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'stuck', timeout: '500ms', 'fail-on-timeout': 'false' }));
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('timeout');
    expect(run.stdout).not.toMatch(/^::error::/m);
  });

  it('turns Success false into an error naming the code and the request id', async () => {
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'successfalse' }));
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('error');
    expect(run.stdout).toMatch(/::error::DTS could not be read: DTS refused the call: \S+/);
    expect(run.stdout).toMatch(/RequestId/);
    expect(run.outputs.total).toBe('0');
    expect(run.summary.length).toBeGreaterThan(0);
  });
});
