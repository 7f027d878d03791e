/**
 * Inputs as the runner passes them to the built action (INPUT_<NAME>, hyphens kept): a bad one
 * fails the step before any call reaches DTS, with exit code 1, the `::error::` line naming the
 * input, nothing on stderr, and the summary, the outputs and the report file still written;
 * valid spellings reach DTS.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, seedExample, type Simulator, startSimulator } from '../../simulator/index.js';
import { baseInputs, KEY } from '../support/fixtures.js';
import { expectInputRefused } from '../support/refusal.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY], jobs: { seed: seedExample() } });
});

afterAll(async () => {
  await sim.close();
});

/**
 * [input, bad value, what the message must also say]: one, with a hyphen in its name, as the runner
 * passes it (INPUT_PAGE-SIZE). Every other bad input: test/integration/inputErrors.test.ts.
 */
const BAD: Array<[string, string, RegExp]> = [['page-size', 'abc', /1 to 100/]];

describe('a bad input fails the step before any call, naming the input', () => {
  it.each(BAD)('%s: %j', async (input, value, says) => {
    const before = sim.requests.length;
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'seed', [input]: value }));

    expectInputRefused(run, input, says);
    expect(sim.requests.length).toBe(before);
  });

  it('valid spellings of the same inputs are accepted, and the run reaches DTS', async () => {
    const before = sim.requests.length;
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'seed', 'page-size': '010', 'fail-fast': 'TRUE', timeout: '1h30m' }));
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('finished');
    expect(sim.requests.length).toBeGreaterThan(before);
  });
});
