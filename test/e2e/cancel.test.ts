/**
 * Cancellation as the runner does it (SIGINT, then SIGTERM 7.5 s later, then a kill 2.5 s after
 * that): the built action must stop at once, whatever it is waiting on, and still write the
 * outputs and the summary of the last complete poll before it exits.
 */
import { describe, expect, it } from '@jest/globals';
import * as scenarios from '../../simulator/index.js';
import { runAction, type ActionRun } from '../../simulator/index.js';
import { baseInputs } from '../support/fixtures.js';
import { atPoll, simulatorPerTest } from '../support/simulators.js';

const simulator = simulatorPerTest({ jobs: { stuck: scenarios.stuck() } });

/**
 * Within the runner's 7.5 s grace, with room for a loaded machine: only a process shows how soon
 * it exits after the signal. In practice the action needs a few hundred ms.
 */
const PROMPTLY_MS = 5_000;

/** The stuck job after one poll: structure finished, data migrating, incremental not started. */
const AFTER_ONE_POLL = { status: 'cancelled', polls: '1', total: '3', finished: '1', pending: '1', running: '1', failed: '0' };

/** The verdict's sentence: of what the last complete poll saw, or that none completed. */
const AFTER_A_POLL = /^::error::The run was cancelled while waiting; this is what the last complete poll saw\./m;
const BEFORE_ANY_POLL = /^::error::The run was cancelled before any poll completed\./m;

function expectCancelledPromptly(run: ActionRun, signal: string, sentence = AFTER_A_POLL): void {
  expect(run.signalledAtMs).toBeDefined();
  expect(run.durationMs - run.signalledAtMs!).toBeLessThan(PROMPTLY_MS);
  expect(run.signal).toBeNull(); // it exited by itself, it was not killed
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(`${signal} received: stopping and reporting what was seen so far.`);
  expect(run.stdout).toMatch(sentence);
  expect(run.summary).toMatch(/cancelled/);
  expect(run.report).toMatchObject({ status: 'cancelled' });
}

const LONG_WAIT = { 'job-id': 'stuck', 'poll-interval': '30s', timeout: '10m' };

describe('cancellation', () => {
  it('SIGINT while waiting between polls: cancelled, with the counts of the last poll', async () => {
    const sim = await simulator();
    const run = await runAction(baseInputs(sim.endpoint, LONG_WAIT), { cancel: { signal: 'SIGINT', after: /^poll 1 /m } });
    expectCancelledPromptly(run, 'SIGINT');
    expect(run.outputs).toMatchObject(AFTER_ONE_POLL);
    expect(run.summary).toContain('events'); // the table of the last poll is listed
    expect(run.summary).toMatch(/Migrating/);
  });

  it('SIGTERM while waiting between polls: the same', async () => {
    const sim = await simulator();
    const run = await runAction(baseInputs(sim.endpoint, LONG_WAIT), { cancel: { signal: 'SIGTERM', after: /^poll 1 /m } });
    expectCancelledPromptly(run, 'SIGTERM');
    expect(run.outputs).toMatchObject(AFTER_ONE_POLL);
  });

  it('SIGINT while a slow call is in flight: does not wait for the answer, and the cut poll does not count', async () => {
    const sim = await simulator();
    // From the second poll on, DTS takes 20 s to answer.
    sim.setJob(
      'stuck',
      atPoll(1, () => sim.setFaults({ rate: 1, seed: 1, kinds: ['slow'], slowMs: 20_000 }), scenarios.stuck())
    );
    const run = await runAction(baseInputs(sim.endpoint, { ...LONG_WAIT, 'poll-interval': '200ms', 'request-timeout': '30s' }), {
      cancel: { signal: 'SIGINT', when: () => sim.requests.some((r) => r.fault === 'slow') }
    });
    expectCancelledPromptly(run, 'SIGINT');
    expect(run.outputs).toMatchObject(AFTER_ONE_POLL);
    expect(sim.requests.filter((r) => r.fault === 'slow' && r.doneAt === undefined).length).toBeGreaterThan(0); // still unanswered
    expect(run.stdout).not.toMatch(/retry/);
  });

  it('SIGINT during the backoff of a throttled call: stops at once, logs no further retries', async () => {
    const sim = await simulator();
    sim.setJob(
      'stuck',
      atPoll(1, () => sim.setFaults({ rate: 1, seed: 1, kinds: ['throttling'] }), scenarios.stuck())
    );
    const run = await runAction(baseInputs(sim.endpoint, { ...LONG_WAIT, 'poll-interval': '200ms' }), {
      cancel: { signal: 'SIGINT', after: /Throttling\.User, retry 1 in/ }
    });
    expectCancelledPromptly(run, 'SIGINT');
    expect(run.outputs).toMatchObject(AFTER_ONE_POLL);
    expect(run.stdout.slice(run.stdout.indexOf('SIGINT received'))).not.toMatch(/retry/);
  });

  it('SIGINT before the first poll completed: cancelled with zero counts, summary still written', async () => {
    const sim = await simulator({ faults: { rate: 1, seed: 1, kinds: ['slow'], slowMs: 20_000 } });
    const run = await runAction(baseInputs(sim.endpoint, { ...LONG_WAIT, 'request-timeout': '30s' }), {
      cancel: { signal: 'SIGINT', when: () => sim.requests.length > 0 }
    });
    expectCancelledPromptly(run, 'SIGINT', BEFORE_ANY_POLL);
    expect(run.outputs).toMatchObject({ status: 'cancelled', polls: '0', total: '0', 'failed-objects': '[]' });
  });

  it('SIGINT while the OIDC exchange with STS hangs: does not wait for STS', async () => {
    const ROLE = 'acs:ram::1234567890123456:role/github-dts';
    const PROVIDER = 'acs:ram::1234567890123456:oidc-provider/github';
    const sim = await simulator({ sts: { roleArn: ROLE, providerArn: PROVIDER }, oidc: { requestToken: 'request-token' } });
    // Random faults off (rate 0); the one queued STS fault answers after 20 s.
    sim.setFaults({ rate: 0, seed: 1, slowMs: 20_000, targets: ['sts'] });
    sim.injectNextFor('sts', 'slow');
    const inputs = baseInputs(sim.endpoint, {
      ...LONG_WAIT,
      'request-timeout': '30s',
      'role-to-assume': ROLE,
      'oidc-provider-arn': PROVIDER,
      'sts-endpoint': sim.endpoint
    });
    delete inputs['access-key-id'];
    delete inputs['access-key-secret'];
    const run = await runAction(inputs, {
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: sim.oidcRequestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' },
      cancel: { signal: 'SIGINT', when: () => sim.requests.some((r) => r.kind === 'sts') }
    });
    expectCancelledPromptly(run, 'SIGINT', BEFORE_ANY_POLL);
    expect(run.outputs).toMatchObject({ status: 'cancelled', polls: '0', total: '0' });
    expect(sim.dtsRequests()).toHaveLength(0);
  });
});
