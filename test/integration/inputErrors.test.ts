/**
 * Bad inputs, one run each of the action's run() (test/support/inProcess.ts): the step fails
 * before any call reaches DTS, the `::error::` line names the input, and the summary, the
 * outputs and the report file are still written. test/e2e/inputs.test.ts shows the same for
 * the built action in a process of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSimulator, type Simulator } from '../../simulator/index.js';
import * as scenarios from '../../simulator/index.js';
import { baseInputs, KEY } from '../support/fixtures.js';
import { runInProcess } from '../support/inProcess.js';
import { expectInputRefused } from '../support/refusal.js';

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
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'seed', ...extra }));

    expectInputRefused(run, input, says);
    expect(sim.requests.length).toBe(before);
  });
});
