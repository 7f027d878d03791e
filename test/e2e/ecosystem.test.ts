/**
 * The action in its ecosystem through the built action (dist/index.js against the simulators):
 * the OIDC exchange as the runner offers it (ID-token variables, STS, signed DTS calls), and the
 * pull-request comment, whose @actions/github the bundle loads only then, created and updated.
 * Every other case of the ecosystem runs in-process: test/integration/ecosystem.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Simulator } from '../../simulator/index.js';
import { runAction } from '../../simulator/index.js';
import {
  ALIBABA_ENV,
  expectFinished,
  ID_TOKEN_ENV,
  oidcInputs,
  PR_TOKEN,
  PROVIDER_ARN,
  pullRequest17,
  recorded,
  REQUEST_TOKEN,
  ROLE_ARN,
  signers,
  startEcosystem
} from '../support/ecosystem.js';
import { dataFailure, seedExample } from '../../simulator/index.js';

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

const runRecorded = recorded(() => sim, runAction);

describe('OIDC: role-to-assume + oidc-provider-arn', () => {
  it('asks GitHub for a token for sts.aliyuncs.com, exchanges it at STS and signs DTS calls with what STS issued', async () => {
    const issuedBefore = sim.issuedCredentials.length;
    const stsBefore = sim.stsCalls.length;
    const audiencesBefore = sim.oidcAudiences.length;
    // Static keys in the environment too: role-to-assume wins over them.
    const { run, requests } = await runRecorded(oidcInputs(sim), {
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
});

describe('pr-comment', () => {
  const { standIn, prEnv, prInputs: inputsOf } = pullRequest17(() => dir);
  const prInputs = (job: string): Record<string, string> => inputsOf(sim, job);

  it('creates one comment, then updates that same comment on the next run', async () => {
    const gh = await standIn();
    // Someone else's comment on the pull request: never touched.
    gh.comments.push({ id: 500, issue: 17, body: 'LGTM' });

    sim.setJob('prjob', dataFailure());
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
    expect(gh.requests.every((r) => r.auth === `token ${PR_TOKEN}` || r.auth === `Bearer ${PR_TOKEN}`)).toBe(true);

    sim.setJob('prjob', seedExample());
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
});
