/**
 * The action's run() in-process (test/support/inProcess.ts) against the DTS simulator over HTTP:
 * the scenarios whose result a process adds nothing to (test/e2e/action.test.ts runs the built
 * action for the exit codes and the files of each way a run ends).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSimulator, type Simulator } from '../../simulator/index.js';
import * as scenarios from '../../simulator/index.js';
import { baseInputs, KEY } from '../support/fixtures.js';
import { runInProcess } from '../support/inProcess.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({
    region: 'cn-hangzhou',
    credentials: [KEY],
    jobs: {
      seed: scenarios.seedExample(),
      progressing: scenarios.progressing(),
      constraintfail: scenarios.constraintFailure(),
      incremental: scenarios.incrementalMigrating(),
      empty: scenarios.empty(),
      unknown: scenarios.unknownStatus()
    }
  });
});

afterAll(async () => {
  await sim.close();
});

describe('run() against the simulator', () => {
  it('waits through NotStarted and Migrating, logging one line per poll', async () => {
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'progressing' }));
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('finished');
    expect(Number(run.outputs.polls)).toBe(3);
    const pollLines = run.stdout.split('\n').filter((l) => /^poll \d+/.test(l));
    expect(pollLines).toHaveLength(3);
    expect(pollLines[0]).toContain('progressing');
  });

  it('fails on a failed constraint, naming the structure object it belongs to', async () => {
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'constraintfail' }));
    expect(run.code).toBe(1);
    const failed = JSON.parse(run.outputs['failed-objects']!) as Array<Record<string, string>>;
    expect(failed.map((f) => f.section)).toEqual(['constraint']);
    expect(run.summary).toMatch(/constraint/);
  });

  it('does not wait on incremental entries that are Migrating', async () => {
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'incremental' }));
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('finished');
    expect(Number(run.outputs.running)).toBeGreaterThan(0);
    expect(run.outputs.polls).toBe('1');
  });

  it('never finishes a job that reports no objects', async () => {
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'empty', timeout: '500ms' }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'timeout', total: '0' });
    expect(run.summary).toContain('has not reported any objects');
  });

  it('counts an unknown status as pending, with a warning annotation', async () => {
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'unknown', timeout: '500ms' }));
    expect(run.outputs.status).toBe('timeout');
    expect(Number(run.outputs.pending)).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/^::warning title=Unknown DTS status::/m);
  });

  it('refuses to run without credentials, before any call', async () => {
    const before = sim.requests.length;
    const inputs = baseInputs(sim.endpoint, { 'job-id': 'seed' });
    delete inputs['access-key-id'];
    delete inputs['access-key-secret'];
    const run = await runInProcess(inputs);
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('error');
    expect(run.stdout).toMatch(/::error::.*No Alibaba Cloud credentials/);
    expect(sim.requests.length).toBe(before);
  });

  it('names an unknown job and says to check job-id and region', async () => {
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'nosuchjob' }));
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('error');
    expect(run.stdout).toMatch(/job-id and region/);
  });

  it('refuses a missing job-id before any call, still writing outputs and summary', async () => {
    const before = sim.requests.length;
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': '' }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'error', total: '0', polls: '0', 'failed-objects': '[]' });
    expect(run.stdout).toMatch(/::error::.*job-id/);
    expect(run.summary).toMatch(/job-id/);
    expect(sim.requests.length).toBe(before);
  });

  it('ends a run with a bad key pair at once, without a retry, saying to check the key pair', async () => {
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'seed', 'access-key-secret': 'wrong-secret', timeout: '10m' }));
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('error');
    expect(run.stdout).toMatch(/SignatureDoesNotMatch.*key pair/);
    // Not retried, whatever the timeout: at most the pages the first poll reads ahead and the
    // job-status call beside them, and no retry line.
    expect(sim.stats.outcomes.SignatureDoesNotMatch).toBeLessThanOrEqual(5);
    expect(run.stdout).not.toMatch(/retry/);
  });
});
