/**
 * The action's ecosystem, shared by its tests through the built action and in-process: a key
 * pair for each static credential source, the OIDC and STS settings, the simulator that knows
 * them all, and the pull-request event the comment is written for, with GitHub stand-ins.
 */
import { afterEach, beforeAll, expect } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGithubStandIn, type GithubStandIn } from '../../simulator/index.js';
import { startSimulator, type RecordedRequest, type Simulator } from '../../simulator/index.js';
import * as scenarios from '../../simulator/index.js';
import type { ActionRun } from '../../simulator/index.js';
import { baseInputs, KEY } from './fixtures.js';

/** One key pair per static source, so the key that signed a call tells which source won. */
export const ALIBABA_ENV_KEY = { accessKeyId: 'LTAI5tAlibabaCloudEnv', accessKeySecret: 'alibaba/Env+Secret=0123456789ab' };
export const ALICLOUD_ENV_KEY = { accessKeyId: 'LTAI5tAlicloudEnvKey1', accessKeySecret: 'alicloud/Env+Secret=0123456789a' };
/** Temporary (STS) pairs: DTS accepts them only with exactly their token. */
export const INPUT_STS = {
  accessKeyId: 'STS.InputsTemporaryKey01',
  accessKeySecret: 'inputs-sts-secret-0123456789',
  securityToken: 'CAIS-inputs+token/0001=='
};
export const ALIBABA_STS = {
  accessKeyId: 'STS.AlibabaTemporaryKey1',
  accessKeySecret: 'alibaba-sts-secret-012345678',
  securityToken: 'CAIS-alibaba+token/0002=='
};
export const ALICLOUD_STS = {
  accessKeyId: 'STS.AlicloudTemporaryKey',
  accessKeySecret: 'alicloud-sts-secret-01234567',
  securityToken: 'CAIS-alicloud+token/0003=='
};

export const ROLE_ARN = 'acs:ram::1234567890123456:role/github-dts-gate';
export const PROVIDER_ARN = 'acs:ram::1234567890123456:oidc-provider/github';
export const REQUEST_TOKEN = 'actions-id-token-request-token-0123456789';
export const CUSTOM_AUDIENCE = 'dts-gate.example';

export const ALIBABA_ENV = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: ALIBABA_ENV_KEY.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: ALIBABA_ENV_KEY.accessKeySecret
};
export const ALICLOUD_ENV = {
  ALICLOUD_ACCESS_KEY: ALICLOUD_ENV_KEY.accessKeyId,
  ALICLOUD_SECRET_KEY: ALICLOUD_ENV_KEY.accessKeySecret
};
export const ID_TOKEN_ENV = (s: Simulator): Record<string, string> => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: s.oidcRequestUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN
});

/** The simulator of every source above, with job `seed`. */
export function startEcosystem(): Promise<Simulator> {
  return startSimulator({
    region: 'cn-hangzhou',
    credentials: [KEY, ALIBABA_ENV_KEY, ALICLOUD_ENV_KEY, INPUT_STS, ALIBABA_STS, ALICLOUD_STS],
    sts: { roleArn: ROLE_ARN, providerArn: PROVIDER_ARN, audiences: ['sts.aliyuncs.com', CUSTOM_AUDIENCE] },
    oidc: { requestToken: REQUEST_TOKEN },
    // The renewal tests move the simulator's clock past the STS session; DTS still takes the
    // action's timestamps.
    maxClockSkewMs: 24 * 60 * 60 * 1000,
    jobs: { seed: scenarios.seedExample() }
  });
}

/** The inputs without any credential: each test adds the source it is about. */
export function noKeyInputs(sim: Simulator, overrides: Record<string, string> = {}): Record<string, string> {
  const inputs = baseInputs(sim.endpoint, { 'job-id': 'seed', ...overrides });
  delete inputs['access-key-id'];
  delete inputs['access-key-secret'];
  return inputs;
}

/** The inputs of the OIDC path: role-to-assume and oidc-provider-arn, STS at the simulator. */
export const oidcInputs = (sim: Simulator, overrides: Record<string, string> = {}): Record<string, string> =>
  noKeyInputs(sim, { 'role-to-assume': ROLE_ARN, 'oidc-provider-arn': PROVIDER_ARN, 'sts-endpoint': sim.endpoint, ...overrides });

export const dtsOf = (requests: RecordedRequest[]): RecordedRequest[] => requests.filter((r) => r.kind === 'dts');

/** Key ids and tokens that signed the DTS calls (each distinct value once). */
export function signers(requests: RecordedRequest[]): { keys: string[]; tokens: Array<string | undefined> } {
  const dts = dtsOf(requests);
  expect(dts.length).toBeGreaterThan(0);
  return {
    keys: [...new Set(dts.map((r) => r.params.AccessKeyId))] as string[],
    tokens: [...new Set(dts.map((r) => r.params.SecurityToken))]
  };
}

export function expectFinished(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`the action failed:\n${run.stdout}\n${run.stderr}`);
  expect(run.outputs.status).toBe('finished');
}

/** A run of the action, in a process of its own or in this one. */
type Runner = (inputs: Record<string, string>, options: { env: Record<string, string> }) => Promise<ActionRun>;

/** Runs the action with `runner` and returns, with the run, every simulator request it caused. */
export function recorded(
  sim: () => Simulator,
  runner: Runner
): (inputs: Record<string, string>, env?: Record<string, string>) => Promise<{ run: ActionRun; requests: RecordedRequest[] }> {
  return async (inputs, env = {}) => {
    const from = sim().requests.length;
    const run = await runner(inputs, { env });
    return { run, requests: sim().requests.slice(from) };
  };
}

export const PR_TOKEN = 'ghs_prCommentTestToken0123456789';

/**
 * Pull request #17 of octo-org/octo-repo, its event file written into `dir()` before the
 * tests, and GitHub stand-ins closed after each test (call inside a describe).
 */
export function pullRequest17(dir: () => string): {
  standIn(options?: { forbidden?: boolean }): Promise<GithubStandIn>;
  prEnv(gh: GithubStandIn): Record<string, string>;
  prInputs(sim: Simulator, job: string, prComment?: string): Record<string, string>;
} {
  let eventPath = '';
  const standIns: GithubStandIn[] = [];
  beforeAll(() => {
    eventPath = join(dir(), 'event.json');
    writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: 17, pull_request: { number: 17 } }));
  });
  afterEach(async () => {
    await Promise.all(standIns.splice(0).map((s) => s.close()));
  });
  return {
    standIn: async (options = {}) => {
      const gh = await startGithubStandIn({ token: PR_TOKEN, ...options });
      standIns.push(gh);
      return gh;
    },
    prEnv: (gh) => ({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_API_URL: gh.apiUrl
    }),
    prInputs: (sim, job, prComment = 'true') =>
      baseInputs(sim.endpoint, { 'job-id': job, 'pr-comment': prComment, 'github-token': PR_TOKEN })
  };
}
