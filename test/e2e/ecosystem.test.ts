/**
 * The action in its ecosystem, end to end (dist/index.js against the simulators): where the
 * credentials come from (inputs, ALIBABA_CLOUD_*, ALICLOUD_*, OIDC), several jobs in one step,
 * `ignore`, `fail-fast`, and the pull-request comment.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGithubStandIn, type GithubStandIn } from '../simulator/github.js';
import { startSimulator, type RecordedRequest, type Simulator } from '../simulator/server.js';
import * as scenarios from '../simulator/scenarios.js';
import { runAction, type ActionRun } from '../support/action.js';
import { baseInputs, KEY } from '../support/fixtures.js';

/** One key pair per static source, so the key that signed a call tells which source won. */
const ALIBABA_ENV_KEY = { accessKeyId: 'LTAI5tAlibabaCloudEnv', accessKeySecret: 'alibaba/Env+Secret=0123456789ab' };
const ALICLOUD_ENV_KEY = { accessKeyId: 'LTAI5tAlicloudEnvKey1', accessKeySecret: 'alicloud/Env+Secret=0123456789a' };
/** Temporary (STS) pairs: DTS accepts them only with exactly their token. */
const INPUT_STS = {
  accessKeyId: 'STS.InputsTemporaryKey01',
  accessKeySecret: 'inputs-sts-secret-0123456789',
  securityToken: 'CAIS-inputs+token/0001=='
};
const ALIBABA_STS = {
  accessKeyId: 'STS.AlibabaTemporaryKey1',
  accessKeySecret: 'alibaba-sts-secret-012345678',
  securityToken: 'CAIS-alibaba+token/0002=='
};
const ALICLOUD_STS = {
  accessKeyId: 'STS.AlicloudTemporaryKey',
  accessKeySecret: 'alicloud-sts-secret-01234567',
  securityToken: 'CAIS-alicloud+token/0003=='
};

const ROLE_ARN = 'acs:ram::1234567890123456:role/github-dts-gate';
const PROVIDER_ARN = 'acs:ram::1234567890123456:oidc-provider/github';
const REQUEST_TOKEN = 'actions-id-token-request-token-0123456789';
const CUSTOM_AUDIENCE = 'dts-gate.example';

const ALIBABA_ENV = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: ALIBABA_ENV_KEY.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: ALIBABA_ENV_KEY.accessKeySecret
};
const ALICLOUD_ENV = {
  ALICLOUD_ACCESS_KEY: ALICLOUD_ENV_KEY.accessKeyId,
  ALICLOUD_SECRET_KEY: ALICLOUD_ENV_KEY.accessKeySecret
};
const ID_TOKEN_ENV = (s: Simulator): Record<string, string> => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: s.oidcRequestUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN
});

let sim: Simulator;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dts-gate-ecosystem-'));
  sim = await startSimulator({
    region: 'cn-hangzhou',
    credentials: [KEY, ALIBABA_ENV_KEY, ALICLOUD_ENV_KEY, INPUT_STS, ALIBABA_STS, ALICLOUD_STS],
    sts: { roleArn: ROLE_ARN, providerArn: PROVIDER_ARN, audiences: ['sts.aliyuncs.com', CUSTOM_AUDIENCE] },
    oidc: { requestToken: REQUEST_TOKEN },
    // The renewal tests move the simulator's clock past the STS session; DTS still takes the
    // action's timestamps.
    maxClockSkewMs: 24 * 60 * 60 * 1000,
    jobs: { seed: scenarios.seedExample() }
  });
});

afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the action and returns, with the run, every simulator request it caused. */
async function runRecorded(
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<{ run: ActionRun; requests: RecordedRequest[] }> {
  const from = sim.requests.length;
  const run = await runAction(inputs, { env });
  return { run, requests: sim.requests.slice(from) };
}

/** The inputs without any credential: each test adds the source it is about. */
function noKeyInputs(overrides: Record<string, string> = {}): Record<string, string> {
  const inputs = baseInputs(sim.endpoint, { 'job-id': 'seed', ...overrides });
  delete inputs['access-key-id'];
  delete inputs['access-key-secret'];
  return inputs;
}

const dtsOf = (requests: RecordedRequest[]): RecordedRequest[] => requests.filter((r) => r.kind === 'dts');

/** Key ids and tokens that signed the DTS calls (each distinct value once). */
function signers(requests: RecordedRequest[]): { keys: string[]; tokens: Array<string | undefined> } {
  const dts = dtsOf(requests);
  expect(dts.length).toBeGreaterThan(0);
  return {
    keys: [...new Set(dts.map((r) => r.params.AccessKeyId))] as string[],
    tokens: [...new Set(dts.map((r) => r.params.SecurityToken))]
  };
}

function expectFinished(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`the action failed:\n${run.stdout}\n${run.stderr}`);
  expect(run.outputs.status).toBe('finished');
}

// ---------------------------------------------------------------------------------------------

describe('static credentials: inputs > ALIBABA_CLOUD_* > ALICLOUD_*', () => {
  it('takes the inputs over both variable families', async () => {
    const { run, requests } = await runRecorded(baseInputs(sim.endpoint, { 'job-id': 'seed' }), { ...ALIBABA_ENV, ...ALICLOUD_ENV });
    expectFinished(run);
    expect(signers(requests)).toEqual({ keys: [KEY.accessKeyId], tokens: [undefined] });
    expect(run.stdout).toContain('credentials from inputs');
  });

  it('takes ALIBABA_CLOUD_* over ALICLOUD_* when the inputs have no key', async () => {
    const { run, requests } = await runRecorded(noKeyInputs(), { ...ALIBABA_ENV, ...ALICLOUD_ENV });
    expectFinished(run);
    expect(signers(requests)).toEqual({ keys: [ALIBABA_ENV_KEY.accessKeyId], tokens: [undefined] });
    expect(run.stdout).toContain('credentials from ALIBABA_CLOUD_* environment variables');
  });

  it('takes ALICLOUD_* (what configure-aliyun-credentials-action exports) last', async () => {
    const { run, requests } = await runRecorded(noKeyInputs(), ALICLOUD_ENV);
    expectFinished(run);
    expect(signers(requests)).toEqual({ keys: [ALICLOUD_ENV_KEY.accessKeyId], tokens: [undefined] });
    expect(run.stdout).toContain('credentials from ALICLOUD_* environment variables');
  });

  it.each([
    [
      'the inputs',
      INPUT_STS,
      (k: typeof INPUT_STS) => ({
        inputs: { 'access-key-id': k.accessKeyId, 'access-key-secret': k.accessKeySecret, 'security-token': k.securityToken },
        env: {}
      })
    ],
    [
      'ALIBABA_CLOUD_*',
      ALIBABA_STS,
      (k: typeof INPUT_STS) => ({
        inputs: {},
        env: {
          ALIBABA_CLOUD_ACCESS_KEY_ID: k.accessKeyId,
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: k.accessKeySecret,
          ALIBABA_CLOUD_SECURITY_TOKEN: k.securityToken
        }
      })
    ],
    [
      'ALICLOUD_*',
      ALICLOUD_STS,
      (k: typeof INPUT_STS) => ({
        inputs: {},
        env: { ALICLOUD_ACCESS_KEY: k.accessKeyId, ALICLOUD_SECRET_KEY: k.accessKeySecret, ALICLOUD_SECURITY_TOKEN: k.securityToken }
      })
    ]
  ])('sends the STS security token of %s with its key', async (_name, key, source) => {
    const { inputs, env } = source(key);
    const { run, requests } = await runRecorded({ ...noKeyInputs(), ...inputs }, env);
    expectFinished(run);
    expect(signers(requests)).toEqual({ keys: [key.accessKeyId], tokens: [key.securityToken] });
    // The token is a secret: masked at once, and never in a URL.
    expect(run.stdout).toContain(`::add-mask::${key.securityToken}`);
    for (const r of dtsOf(requests)) expect(r.url).not.toContain('SecurityToken');
  });

  it('never mixes sources: a key from the inputs does not take a token from the environment', async () => {
    const { run, requests } = await runRecorded(baseInputs(sim.endpoint, { 'job-id': 'seed' }), {
      ALIBABA_CLOUD_SECURITY_TOKEN: ALIBABA_STS.securityToken,
      ALICLOUD_SECURITY_TOKEN: ALICLOUD_STS.securityToken
    });
    expectFinished(run);
    expect(signers(requests)).toEqual({ keys: [KEY.accessKeyId], tokens: [undefined] });
    for (const r of dtsOf(requests)) expect(r.params).not.toHaveProperty('SecurityToken');
  });

  it('never mixes sources: ALIBABA_CLOUD_* keys do not take the ALICLOUD_* token', async () => {
    const { run, requests } = await runRecorded(noKeyInputs(), { ...ALIBABA_ENV, ALICLOUD_SECURITY_TOKEN: ALICLOUD_STS.securityToken });
    expectFinished(run);
    expect(signers(requests)).toEqual({ keys: [ALIBABA_ENV_KEY.accessKeyId], tokens: [undefined] });
  });

  it('never mixes sources: an ALIBABA_CLOUD_* id without its secret is an error, not a fallback', async () => {
    const { run, requests } = await runRecorded(noKeyInputs(), {
      ALIBABA_CLOUD_ACCESS_KEY_ID: ALIBABA_ENV_KEY.accessKeyId,
      ...ALICLOUD_ENV
    });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('error');
    expect(run.stdout).toMatch(/::error::.*ALIBABA_CLOUD_ACCESS_KEY_SECRET/);
    expect(requests).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('OIDC: role-to-assume + oidc-provider-arn', () => {
  const oidcInputs = (overrides: Record<string, string> = {}): Record<string, string> =>
    noKeyInputs({ 'role-to-assume': ROLE_ARN, 'oidc-provider-arn': PROVIDER_ARN, 'sts-endpoint': sim.endpoint, ...overrides });

  it('asks GitHub for a token for sts.aliyuncs.com, exchanges it at STS and signs DTS calls with what STS issued', async () => {
    const issuedBefore = sim.issuedCredentials.length;
    const stsBefore = sim.stsCalls.length;
    const audiencesBefore = sim.oidcAudiences.length;
    // Static keys in the environment too: role-to-assume wins over them.
    const { run, requests } = await runRecorded(oidcInputs(), {
      ...ID_TOKEN_ENV(sim),
      ...ALIBABA_ENV,
      GITHUB_RUN_ID: '987654321',
      GITHUB_RUN_ATTEMPT: '2'
    });
    expectFinished(run);

    expect(sim.oidcAudiences.slice(audiencesBefore)).toEqual(['sts.aliyuncs.com']);
    const oidcRequest = requests.find((r) => r.kind === 'oidc');
    expect(oidcRequest?.headers.authorization).toBe(`Bearer ${REQUEST_TOKEN}`);

    const calls = sim.stsCalls.slice(stsBefore);
    expect(calls).toHaveLength(1);
    // `audience` is set only when OIDCToken is a token the OIDC endpoint issued.
    expect(calls[0]).toMatchObject({
      roleArn: ROLE_ARN,
      providerArn: PROVIDER_ARN,
      audience: 'sts.aliyuncs.com',
      sessionName: 'github-actions-987654321-2',
      outcome: 'ok'
    });
    // The order: ID token, then STS, then DTS.
    const kinds = requests.map((r) => r.kind);
    expect(kinds.slice(0, 2)).toEqual(['oidc', 'sts']);
    expect(kinds.slice(2).every((k) => k === 'dts')).toBe(true);

    const issued = sim.issuedCredentials.slice(issuedBefore);
    expect(issued).toHaveLength(1);
    expect(signers(requests)).toEqual({ keys: [issued[0]!.accessKeyId], tokens: [issued[0]!.securityToken] });
    expect(run.stdout).toContain(`credentials from OIDC (role ${ROLE_ARN})`);
    // The ID token, the temporary secret and the token are masked before anything could print them.
    expect(run.stdout).toContain(`::add-mask::${issued[0]!.accessKeySecret}`);
    expect(run.stdout).toContain(`::add-mask::${issued[0]!.securityToken}`);
    expect(run.stdout).toContain(`::add-mask::${calls[0]!.params.OIDCToken}`);
  });

  it('asks for the audience given in oidc-audience', async () => {
    const stsBefore = sim.stsCalls.length;
    const audiencesBefore = sim.oidcAudiences.length;
    const { run } = await runRecorded(oidcInputs({ 'oidc-audience': CUSTOM_AUDIENCE }), ID_TOKEN_ENV(sim));
    expectFinished(run);
    expect(sim.oidcAudiences.slice(audiencesBefore)).toEqual([CUSTOM_AUDIENCE]);
    expect(sim.stsCalls.slice(stsBefore)).toEqual([expect.objectContaining({ audience: CUSTOM_AUDIENCE, outcome: 'ok' })]);
  });

  it('reports an audience the provider does not accept, pointing at oidc-audience', async () => {
    const { run, requests } = await runRecorded(oidcInputs({ 'oidc-audience': 'not-a-client-id' }), ID_TOKEN_ENV(sim));
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('error');
    expect(run.stdout).toMatch(/::error::.*InvalidAudience.*oidc-audience/);
    expect(dtsOf(requests)).toEqual([]);
  });

  describe('a wait longer than the STS session', () => {
    const pending = scenarios.state({
      data: [scenarios.dataEntry({ db: 'big', name: 'events', status: 'Migrating', total: '100', finished: '50' })]
    });
    const done = scenarios.state({
      data: [scenarios.dataEntry({ db: 'big', name: 'events', status: 'Finished', total: '100', finished: '100' })]
    });

    afterEach(() => sim.setClockOffset(0));

    /**
     * Runs the action on job `jobId` and, once its second poll is complete (its log line is out:
     * no call of it is still on its way), moves DTS's clock past the session.
     */
    async function runPastExpiry(jobId: string, atExpiry = (): void => {}): Promise<{ run: ActionRun; requests: RecordedRequest[] }> {
      sim.setJob(jobId, scenarios.steps(pending, pending, pending, pending, done));
      const from = sim.requests.length;
      let polled = false;
      const running = runAction(oidcInputs({ 'job-id': jobId, 'poll-interval': '250ms' }), {
        env: ID_TOKEN_ENV(sim),
        onStdout: (stdout) => (polled ||= /^poll 2 /m.test(stdout))
      });
      const deadline = Date.now() + 10_000;
      while (!polled && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      atExpiry();
      sim.setClockOffset(61 * 60 * 1000);
      const run = await running;
      return { run, requests: sim.requests.slice(from) };
    }

    it('renews the credentials (new ID token, new STS call) when DTS says the token expired, and goes on', async () => {
      const issuedBefore = sim.issuedCredentials.length;
      const { run, requests } = await runPastExpiry('renewal');
      expectFinished(run);
      expect(run.outputs.polls).toBe('5');
      expect(requests.filter((r) => r.kind === 'oidc')).toHaveLength(2);
      expect(requests.filter((r) => r.kind === 'sts').map((r) => r.outcome)).toEqual(['ok', 'ok']);
      const [first, second] = sim.issuedCredentials.slice(issuedBefore);
      expect(second).toBeDefined();
      const dts = dtsOf(requests);
      // The calls in flight together when the session ran out (the job-status call and page 1
      // beside it) all find it expired; the credentials are renewed once for them all.
      const expired = dts.map((r) => r.outcome).lastIndexOf('InvalidSecurityToken.Expired');
      expect(expired).toBeGreaterThan(0);
      const expiredCalls = dts.filter((r) => r.outcome === 'InvalidSecurityToken.Expired');
      expect(expiredCalls.length).toBeGreaterThanOrEqual(1);
      expect(expiredCalls.length).toBeLessThanOrEqual(2);
      expect(new Set(expiredCalls.map((r) => r.poll)).size).toBe(1);
      expect(dts.slice(0, expired + 1).every((r) => r.params.AccessKeyId === first!.accessKeyId)).toBe(true);
      expect(
        dts
          .slice(expired + 1)
          .every((r) => r.params.AccessKeyId === second!.accessKeyId && r.params.SecurityToken === second!.securityToken)
      ).toBe(true);
      expect(dts.slice(expired + 1).every((r) => r.outcome === 'ok')).toBe(true);
      expect(run.stdout).toContain(`::add-mask::${second!.accessKeySecret}`);
    });

    it('ends with an error that says so when the renewal fails', async () => {
      const { run, requests } = await runPastExpiry('renewfail', () => sim.injectNextFor('sts', 'internal'));
      expect(run.code).toBe(1);
      expect(run.outputs.status).toBe('error');
      expect(run.stdout).toMatch(
        /::error::.*InvalidSecurityToken\.Expired.*renewing the temporary credentials failed: STS AssumeRoleWithOIDC/
      );
      expect(requests.filter((r) => r.kind === 'sts').map((r) => r.outcome)).toEqual(['ok', 'InternalError']);
      expect(run.outputs.polls).toBe('2');
    });
  });

  it('without the ID-token variables, says the job needs id-token: write, before any call', async () => {
    const { run, requests } = await runRecorded(oidcInputs(), { ...ALIBABA_ENV });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('error');
    expect(run.stdout).toMatch(/::error::.*permissions: id-token: write/);
    expect(run.summary).toContain('id-token: write');
    expect(requests).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('several jobs in one step', () => {
  afterEach(() => sim.setLatency(0));

  it('adds up both jobs, names the failed one, summarizes each and polls them side by side', async () => {
    sim.setJob('alpha', scenarios.progressing()); // 9 objects, finished at the third poll
    sim.setJob('beta', scenarios.dataFailure()); // 6 objects: 3 finished, 1 failed, 2 incremental running
    sim.setLatency(60);
    const { run, requests } = await runRecorded(baseInputs(sim.endpoint, { 'job-id': 'alpha,\nbeta' }));

    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({
      status: 'failed',
      total: '15',
      finished: '12',
      failed: '1',
      ignored: '0',
      pending: '0',
      running: '2',
      polls: '3'
    });
    const failed = JSON.parse(run.outputs['failed-objects']!) as Array<Record<string, string>>;
    expect(failed).toEqual([expect.objectContaining({ jobId: 'beta', section: 'data', sourceDatabase: 'sales', name: 'invoices' })]);
    expect(run.stdout).toMatch(/::error::.*1 object failed/);

    // One part per job, then the total over both.
    const alphaAt = run.summary.indexOf('### Job alpha');
    const betaAt = run.summary.indexOf('### Job beta');
    const allAt = run.summary.indexOf('### All jobs');
    expect(alphaAt).toBeGreaterThan(0);
    expect(betaAt).toBeGreaterThan(alphaAt);
    expect(allAt).toBeGreaterThan(betaAt);
    const totalRow = (from: number): string =>
      run.summary
        .slice(from)
        .split('\n')
        .find((l) => l.startsWith('| **total**'))!;
    // Columns: Finished | Failed | Ignored | Pending | Running | Total.
    expect(totalRow(alphaAt)).toBe('| **total** | 9 | 0 | 0 | 0 | 0 | 9 |');
    expect(totalRow(betaAt)).toBe('| **total** | 3 | 1 | 0 | 0 | 2 | 6 |');
    expect(totalRow(allAt)).toBe('| **total** | 12 | 1 | 0 | 0 | 2 | 15 |');
    expect(run.report?.status).toBe('failed');

    // Every poll reads both jobs, and a poll starts only when the previous one has ended.
    const dts = dtsOf(requests);
    for (let poll = 0; poll < 3; poll++) {
      const inPoll = dts.filter((r) => r.poll === poll);
      expect(new Set(inPoll.map((r) => r.jobId))).toEqual(new Set(['alpha', 'beta']));
      const next = dts.filter((r) => r.poll === poll + 1);
      const ended = Math.max(...inPoll.map((r) => r.doneAt ?? Infinity));
      for (const r of next) expect(r.at).toBeGreaterThanOrEqual(ended);
    }
    expect(dts.some((r) => r.poll !== undefined && r.poll > 2)).toBe(false);
    // Side by side, not one after the other: once the page counts are known, both jobs' calls of
    // a poll are in flight at the same time.
    for (const poll of [1, 2]) {
      const [a, b] = ['alpha', 'beta'].map((id) => dts.find((r) => r.jobId === id && r.poll === poll && r.pageNum === 1)!);
      expect(a!.at).toBeLessThan(b!.doneAt!);
      expect(b!.at).toBeLessThan(a!.doneAt!);
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('ignore', () => {
  beforeAll(() => {
    sim.setJob('sales', scenarios.dataFailure());
    sim.setJob('shop', scenarios.constraintFailure());
  });

  it.each([
    ['sales', 'sales.invoices'],
    ['sales', 'sales.inv*'],
    ['sales', 'other.*, \n sal?s.*'],
    // A constraint is matched by its own name, not by its table's.
    ['shop', 'shop.fk_order_items_*']
  ])('job %s: a failure matched by %j is reported as ignored and the step passes', async (job, patterns) => {
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': job, ignore: patterns }));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'finished', failed: '0', ignored: '1' });
    expect(JSON.parse(run.outputs['failed-objects']!)).toEqual([]);
    expect(run.summary).toContain('Failed (ignored)');
    expect(run.stdout).not.toMatch(/^::error/m);
  });

  it.each([
    ['sales', 'sales.payments'],
    ['sales', 'Sales.*'], // case-sensitive
    ['sales', 'sales.invoice'],
    ['shop', 'shop.order_items']
  ])('job %s: a pattern that does not match (%j) still fails the step', async (job, patterns) => {
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': job, ignore: patterns }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'failed', failed: '1', ignored: '0' });
    expect(run.summary).not.toContain('Failed (ignored)');
  });
});

// ---------------------------------------------------------------------------------------------

describe('fail-fast', () => {
  /** `early.broken` fails at the first poll while `early.big` copies for two more polls. */
  const earlyFailure = (): scenarios.JobScenario => {
    const db = 'early';
    const at = (done: boolean): scenarios.JobState =>
      scenarios.state({
        structure: [
          scenarios.structureEntry({ db, name: 'broken', status: 'Finished' }),
          scenarios.structureEntry({ db, name: 'big', status: 'Finished' })
        ],
        data: [
          scenarios.dataEntry({ db, name: 'broken', status: 'Failed', error: scenarios.NUMBER_FORMAT_ERROR }),
          scenarios.dataEntry({ db, name: 'big', status: done ? 'Finished' : 'Migrating', total: '1000', finished: done ? '1000' : '10' })
        ]
      });
    return scenarios.steps(at(false), at(false), at(true));
  };

  it('stops after the first poll that sees the failure, while other objects are still pending', async () => {
    sim.setJob('ffon', earlyFailure());
    const { run, requests } = await runRecorded(
      baseInputs(sim.endpoint, { 'job-id': 'ffon', 'fail-fast': 'true', 'poll-interval': '300ms' })
    );
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'failed', polls: '1', failed: '1', pending: '1' });
    // No second poll was started.
    expect(sim.pollsOf('ffon')).toBe(1);
    expect(dtsOf(requests).every((r) => r.poll === 0)).toBe(true);
    expect(run.durationMs).toBeLessThan(3_000);
  });

  it('does not stop for a failure that ignore matches', async () => {
    sim.setJob('ffignored', earlyFailure());
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'ffignored', 'fail-fast': 'true', ignore: 'early.broken' }));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'finished', polls: '3', failed: '0', ignored: '1', pending: '0' });
  });

  it('without fail-fast, waits for the pending objects before failing', async () => {
    sim.setJob('ffoff', earlyFailure());
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'ffoff' }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'failed', polls: '3', failed: '1', pending: '0', finished: '3' });
    expect(sim.pollsOf('ffoff')).toBe(3);
  });
});

// ---------------------------------------------------------------------------------------------

describe('pr-comment', () => {
  const TOKEN = 'ghs_prCommentTestToken0123456789';
  let eventPath: string;
  const standIns: GithubStandIn[] = [];

  beforeAll(() => {
    eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: 17, pull_request: { number: 17 } }));
  });

  afterEach(async () => {
    await Promise.all(standIns.splice(0).map((s) => s.close()));
  });

  async function standIn(options: { forbidden?: boolean } = {}): Promise<GithubStandIn> {
    const gh = await startGithubStandIn({ token: TOKEN, ...options });
    standIns.push(gh);
    return gh;
  }

  const prEnv = (gh: GithubStandIn): Record<string, string> => ({
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_API_URL: gh.apiUrl
  });
  const prInputs = (job: string, prComment = 'true'): Record<string, string> =>
    baseInputs(sim.endpoint, { 'job-id': job, 'pr-comment': prComment, 'github-token': TOKEN });

  it('creates one comment, then updates that same comment on the next run', async () => {
    const gh = await standIn();
    // Someone else's comment on the pull request: never touched.
    gh.comments.push({ id: 500, issue: 17, body: 'LGTM' });

    sim.setJob('prjob', scenarios.dataFailure());
    const first = await runAction(prInputs('prjob'), { env: prEnv(gh) });
    expect(first.code).toBe(1); // the gate fails on its own verdict; the comment is written anyway
    expect(first.outputs.status).toBe('failed');
    const ours = gh.comments.filter((c) => c.id !== 500);
    expect(ours).toHaveLength(1);
    const id = ours[0]!.id;
    expect(ours[0]).toMatchObject({ issue: 17 });
    expect(ours[0]!.body).toContain('<!-- dts-init-gate:prjob -->');
    expect(ours[0]!.body).toContain('invoices');
    expect(ours[0]!.body).toMatch(/failed/);
    expect(first.stdout).toContain(`pr-comment: created comment ${id} on pull request #17`);
    expect(gh.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/repos/'))).toHaveLength(1);
    expect(gh.requests.every((r) => r.auth === `token ${TOKEN}` || r.auth === `Bearer ${TOKEN}`)).toBe(true);

    sim.setJob('prjob', scenarios.seedExample());
    const second = await runAction(prInputs('prjob'), { env: prEnv(gh) });
    expect(second.code).toBe(0);
    expect(gh.comments).toHaveLength(2);
    expect(gh.comments.find((c) => c.id === 500)?.body).toBe('LGTM');
    const updated = gh.comments.find((c) => c.id === id)!;
    expect(updated.body).toContain('<!-- dts-init-gate:prjob -->');
    expect(updated.body).toContain('customer');
    expect(updated.body).not.toContain('invoices');
    expect(second.stdout).toContain(`pr-comment: updated comment ${id} on pull request #17`);
    expect(gh.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/repos/'))).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([`/repos/octo-org/octo-repo/issues/comments/${id}`]);

    // A third run still updates rather than adds.
    await runAction(prInputs('prjob'), { env: prEnv(gh) });
    expect(gh.comments).toHaveLength(2);
  });

  it('with a token that may not write, warns about pull-requests: write and does not fail the gate', async () => {
    const gh = await standIn({ forbidden: true });
    const run = await runAction(prInputs('seed'), { env: prEnv(gh) });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('finished');
    expect(run.stdout).toMatch(/^::warning::pr-comment: .*pull-requests: write/m);
    expect(run.stdout).not.toContain(TOKEN);
    expect(gh.comments).toEqual([]);
    expect(gh.requests.some((r) => r.method === 'POST')).toBe(true);
  });

  it('with a forbidden token, a failing gate still fails for its own reason', async () => {
    const gh = await standIn({ forbidden: true });
    sim.setJob('prfail', scenarios.dataFailure());
    const run = await runAction(prInputs('prfail'), { env: prEnv(gh) });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('failed');
    expect(run.stdout).toMatch(/^::warning::pr-comment: .*pull-requests: write/m);
  });

  it('with pr-comment off, nothing reaches GitHub', async () => {
    const gh = await standIn();
    const run = await runAction(prInputs('seed', 'false'), { env: prEnv(gh) });
    expectFinished(run);
    expect(gh.requests).toEqual([]);
    expect(run.stdout).not.toContain('pr-comment');
  });

  it('on a push event, skips the comment with a note and sends nothing', async () => {
    const gh = await standIn();
    const run = await runAction(prInputs('seed'), { env: { ...prEnv(gh), GITHUB_EVENT_NAME: 'push' } });
    expectFinished(run);
    expect(gh.requests).toEqual([]);
    expect(run.stdout).toContain('pr-comment: skipped');
  });
});
