/**
 * Bad inputs, one run of the built action each: the step fails before any call reaches DTS,
 * the `::error::` line names the input, and the summary and the outputs are still written.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSimulator, type Simulator } from '../simulator/server.js';
import * as scenarios from '../simulator/scenarios.js';
import { runAction } from '../support/action.js';
import { baseInputs, KEY } from '../support/fixtures.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY], jobs: { seed: scenarios.seedExample() } });
});

afterAll(async () => {
  await sim.close();
});

/** [input, bad value, what the message must also say]. */
const BAD: Array<[string, string, RegExp]> = [
  ['timeout', 'forever', /duration/],
  ['timeout', '-5m', /duration/],
  ['timeout', '8d', /at most 7 days/],
  ['timeout', '1e3', /duration/],
  ['poll-interval', '0', /greater than zero/],
  ['poll-interval', '5 minutes', /duration/],
  ['request-timeout', '50ms', /from 100ms to 5m/],
  ['request-timeout', '10m', /from 100ms to 5m/],
  ['request-timeout', 'soon', /duration/],
  ['page-size', '0', /1 to 100/],
  ['page-size', '101', /1 to 100/],
  ['page-size', '10.5', /1 to 100/],
  ['page-size', 'abc', /1 to 100/],
  ['fail-fast', 'yes', /true or false/],
  ['fail-on-timeout', 'maybe', /true or false/],
  ['summary', 'no', /true or false/],
  ['endpoint', 'http://dts.aliyuncs.com', /unencrypted/],
  ['endpoint', 'http://127.0.0.1.nip.io:8080', /unencrypted/],
  ['endpoint', 'https://user:pass@dts.aliyuncs.com', /credentials/],
  ['endpoint', 'ftp://dts.aliyuncs.com', /https:\/\//],
  ['endpoint', 'https://dts.aliyuncs.com/?Action=x', /query/],
  ['endpoint', '::garbage::', /https:\/\//],
  ['sts-endpoint', 'http://sts.aliyuncs.com', /unencrypted/],
  ['region', 'CN_HANGZHOU;', /region ID/],
  ['job-id', ' , \n ', /required/],
  ['job-id', 'job;rm', /letters, digits/],
  ['job-id', 'dtsgood1,dts bad', /letters, digits/],
  ['role-to-assume', 'arn:aws:iam::1:role/x', /oidc-provider-arn|RAM ARN/]
];

describe('a bad input fails the step before any call, naming the input', () => {
  it.each(BAD)('%s: %j', async (input, value, says) => {
    const before = sim.requests.length;
    const extra: Record<string, string> = { [input]: value };
    if (input === 'role-to-assume') extra['oidc-provider-arn'] = 'acs:ram::1234567890123456:oidc-provider/github';
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'seed', ...extra }));

    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'error', total: '0', polls: '0', 'failed-objects': '[]' });
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(input);
    expect(errors[0]).toMatch(says);
    // The summary says what went wrong, and the report file names the error.
    expect(run.summary).toContain(input);
    expect(run.report).toMatchObject({ status: 'error', error: { code: 'InputError' } });
    expect(run.stderr).toBe('');
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
