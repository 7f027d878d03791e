/**
 * The action in its ecosystem, through run() in-process against the simulators: where the
 * credentials come from (inputs, ALIBABA_CLOUD_*, ALICLOUD_*, OIDC), several jobs in one step,
 * `ignore`, `fail-fast`, and the pull-request comment. The OIDC exchange and the comment through
 * the built action: test/e2e/ecosystem.test.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedRequest, Simulator } from '../../simulator/index.js';
import * as scenarios from '../../simulator/index.js';
import type { ActionRun } from '../../simulator/index.js';
import {
  ALIBABA_ENV,
  ALIBABA_ENV_KEY,
  ALIBABA_STS,
  ALICLOUD_ENV,
  ALICLOUD_ENV_KEY,
  ALICLOUD_STS,
  CUSTOM_AUDIENCE,
  dtsOf,
  expectFinished,
  ID_TOKEN_ENV,
  INPUT_STS,
  noKeyInputs as ecosystemNoKeyInputs,
  oidcInputs as ecosystemOidcInputs,
  PR_TOKEN,
  pullRequest17,
  recorded,
  signers,
  startEcosystem
} from '../support/ecosystem.js';
import { baseInputs, KEY } from '../support/fixtures.js';
import { runInProcess } from '../support/inProcess.js';

let sim: Simulator;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dts-gate-ecosystem-'));
  sim = await startEcosystem();
});

afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const runRecorded = recorded(() => sim, runInProcess);

const noKeyInputs = (overrides: Record<string, string> = {}): Record<string, string> => ecosystemNoKeyInputs(sim, overrides);

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
  const oidcInputs = (overrides: Record<string, string> = {}): Record<string, string> => ecosystemOidcInputs(sim, overrides);

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
     * no call of it is still on its way), moves DTS's clock past the session. In-process the log
     * line is written while the run waits for it, so nothing of the third poll starts before.
     */
    async function runPastExpiry(jobId: string, atExpiry = (): void => {}): Promise<{ run: ActionRun; requests: RecordedRequest[] }> {
      sim.setJob(jobId, scenarios.steps(pending, pending, pending, pending, done));
      const from = sim.requests.length;
      let expired = false;
      const run = await runInProcess(oidcInputs({ 'job-id': jobId }), {
        env: ID_TOKEN_ENV(sim),
        onStdout: (stdout) => {
          if (expired || !/^poll 2 /m.test(stdout)) return;
          expired = true;
          atExpiry();
          sim.setClockOffset(61 * 60 * 1000);
        }
      });
      expect(expired).toBe(true);
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
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': job, ignore: patterns }));
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
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': job, ignore: patterns }));
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
    const at = (done: boolean): scenarios.PollState =>
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
    // A run that went on waiting would wait ten minutes for its next poll.
    const { run, requests } = await runRecorded(
      baseInputs(sim.endpoint, { 'job-id': 'ffon', 'fail-fast': 'true', 'poll-interval': '10m', timeout: '20m' })
    );
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'failed', polls: '1', failed: '1', pending: '1' });
    // No second poll was started.
    expect(sim.pollsOf('ffon')).toBe(1);
    expect(dtsOf(requests).every((r) => (r.poll ?? r.polls?.ffon) === 0)).toBe(true);
  });

  it('does not stop for a failure that ignore matches', async () => {
    sim.setJob('ffignored', earlyFailure());
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'ffignored', 'fail-fast': 'true', ignore: 'early.broken' }));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'finished', polls: '3', failed: '0', ignored: '1', pending: '0' });
  });

  it('without fail-fast, waits for the pending objects before failing', async () => {
    sim.setJob('ffoff', earlyFailure());
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'ffoff' }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'failed', polls: '3', failed: '1', pending: '0', finished: '3' });
    expect(sim.pollsOf('ffoff')).toBe(3);
  });
});

// ---------------------------------------------------------------------------------------------

describe('pr-comment', () => {
  const { standIn, prEnv, prInputs: inputsOf } = pullRequest17(() => dir);
  const prInputs = (job: string, prComment = 'true'): Record<string, string> => inputsOf(sim, job, prComment);

  it('with a token that may not write, warns about pull-requests: write and does not fail the gate', async () => {
    const gh = await standIn({ forbidden: true });
    const run = await runInProcess(prInputs('seed'), { env: prEnv(gh) });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('finished');
    expect(run.stdout).toMatch(/^::warning::pr-comment: .*pull-requests: write/m);
    expect(run.stdout).not.toContain(PR_TOKEN);
    expect(gh.comments).toEqual([]);
    expect(gh.requests.some((r) => r.method === 'POST')).toBe(true);
  });

  it('with a forbidden token, a failing gate still fails for its own reason', async () => {
    const gh = await standIn({ forbidden: true });
    sim.setJob('prfail', scenarios.dataFailure());
    const run = await runInProcess(prInputs('prfail'), { env: prEnv(gh) });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('failed');
    expect(run.stdout).toMatch(/^::warning::pr-comment: .*pull-requests: write/m);
  });

  it('with pr-comment off, nothing reaches GitHub', async () => {
    const gh = await standIn();
    const run = await runInProcess(prInputs('seed', 'false'), { env: prEnv(gh) });
    expectFinished(run);
    expect(gh.requests).toEqual([]);
    expect(run.stdout).not.toContain('pr-comment');
  });

  it('on a push event, skips the comment with a note and sends nothing', async () => {
    const gh = await standIn();
    const run = await runInProcess(prInputs('seed'), { env: { ...prEnv(gh), GITHUB_EVENT_NAME: 'push' } });
    expectFinished(run);
    expect(gh.requests).toEqual([]);
    expect(run.stdout).toContain('pr-comment: skipped');
  });
});
