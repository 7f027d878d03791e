/**
 * The yardstick of the benchmark's cold-start figure: the least a script can do to make the
 * action's first API request. It imports `@actions/core` and `@alicloud/pop-core` (from
 * node_modules, as a plain script would), reads the same INPUT_* variables, and sends one
 * signed DescribeInitializationStatus POST, then exits.
 */
import * as core from '@actions/core';
import RPCClient from '@alicloud/pop-core';

const client = new RPCClient({
  accessKeyId: core.getInput('access-key-id'),
  accessKeySecret: core.getInput('access-key-secret'),
  endpoint: core.getInput('endpoint'),
  apiVersion: '2020-01-01'
});
const params = { SynchronizationJobId: core.getInput('job-id'), RegionId: core.getInput('region'), PageSize: '100', PageNum: '1' };
const answer = (await client.request('DescribeInitializationStatus', params, { method: 'POST', formatParams: false })) as {
  Success?: unknown;
};
core.info(`Success: ${String(answer.Success)}`);
process.exit(0);
