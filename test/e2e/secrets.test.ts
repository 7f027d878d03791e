/**
 * Nothing secret leaves the action: for runs that finish, fail, are refused by the gateway, meet
 * faults, or take the OIDC path, neither the access key secret nor the security token (nor the
 * OIDC ID token) appears raw or encoded in stdout, stderr, the job summary, the outputs or the
 * report file. The runner's own `::add-mask::` commands are the one place they are written,
 * and those must be there. Every call is a POST: nothing signed travels in a URL.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ALL_FAULT_KINDS,
  type ActionRun,
  type CredentialSpec,
  dataFailure,
  percentEncode,
  progressing,
  runAction,
  seedExample,
  type Simulator,
  startSimulator
} from '../../simulator/index.js';
import { baseInputs } from '../support/fixtures.js';

/** Temporary credentials whose token has every character that encoding changes: `+`, `/`, `=`. */
const STS_KEY: Required<Pick<CredentialSpec, 'accessKeyId' | 'accessKeySecret' | 'securityToken'>> = {
  accessKeyId: 'STS.NTfSecretsTestKey01',
  accessKeySecret: 'Sec+ret/Value=With+Signs/0123456789=',
  securityToken: 'CAIS+tOkEn/With+Plus/And=Equals+sign/1234567890abcdef=='
};
const FORBIDDEN_KEY = {
  accessKeyId: 'STS.NTfForbiddenKey0002',
  accessKeySecret: 'Forbidden+Sec/ret=Value0123456789',
  securityToken: 'CAIS+forbidden/Token=Value+xyz/987=='
};
const ROLE = 'acs:ram::1234567890123456:role/github-dts';
const PROVIDER = 'acs:ram::1234567890123456:oidc-provider/github';
const REQUEST_TOKEN = 'ghs_RequestToken+For/Oidc=Tests';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({
    region: 'cn-hangzhou',
    credentials: [STS_KEY, FORBIDDEN_KEY],
    forbiddenKeys: [FORBIDDEN_KEY.accessKeyId],
    sts: { roleArn: ROLE, providerArn: PROVIDER },
    oidc: { requestToken: REQUEST_TOKEN },
    jobs: { seed: seedExample(), datafail: dataFailure(), progressing: progressing() }
  });
});

afterAll(async () => {
  await sim.close();
});

const inputsWith = (key: { accessKeyId: string; accessKeySecret: string; securityToken: string }, overrides: Record<string, string> = {}) =>
  baseInputs(sim.endpoint, {
    'access-key-id': key.accessKeyId,
    'access-key-secret': key.accessKeySecret,
    'security-token': key.securityToken,
    ...overrides
  });

/** Every form a value takes on its way into a signed request or an echoed string to sign. */
function encodings(value: string): Record<string, string> {
  return {
    raw: value,
    encodeURIComponent: encodeURIComponent(value),
    rpcPercentEncode: percentEncode(value),
    encodedTwice: percentEncode(percentEncode(value)),
    base64: Buffer.from(value).toString('base64')
  };
}

/** The value of an `::add-mask::` line, as the runner reads it (escapeData undone). */
function maskValue(line: string): string {
  return line.slice('::add-mask::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/**
 * Asserts that no form of any secret shows up anywhere the action writes, except in the
 * `::add-mask::` lines, that those lines mask nothing but the secrets, and that they come first.
 */
function expectNothingLeaked(run: ActionRun, secrets: Record<string, string>, mustMask: string[]): void {
  const lines = run.stdout.split('\n');
  const maskLines = lines.filter((line) => line.startsWith('::add-mask::'));
  const places: Record<string, string> = {
    stdout: lines.filter((line) => !line.startsWith('::add-mask::')).join('\n'),
    stderr: run.stderr,
    summary: run.summary,
    outputs: Object.entries(run.outputs)
      .map(([name, value]) => `${name}=${value}`)
      .join('\n'),
    'report file': run.reportText
  };
  const leaks: string[] = [];
  for (const [secretName, secret] of Object.entries(secrets)) {
    for (const [form, text] of Object.entries(encodings(secret))) {
      for (const [place, content] of Object.entries(places)) {
        if (content.includes(text)) leaks.push(`${secretName} (${form}) in ${place}`);
      }
    }
  }
  expect(leaks).toEqual([]);

  const masked = maskLines.map(maskValue);
  for (const value of mustMask) expect(masked).toContain(value);
  const allowed = new Set(Object.values(secrets).flatMap((s) => [s, encodeURIComponent(s)]));
  for (const value of masked) expect(allowed.has(value)).toBe(true);
  // Masked at once: before the action writes anything of its own (only @actions/core's debug
  // line about the OIDC token URL may come first).
  if (maskLines.length > 0) {
    const lastMask = lines.lastIndexOf(maskLines[maskLines.length - 1]!);
    const firstOwn = lines.findIndex((line) => line !== '' && !line.startsWith('::add-mask::') && !line.startsWith('::debug::'));
    expect(lastMask).toBeLessThan(firstOwn === -1 ? Infinity : firstOwn);
  }
}

/** The key's secret, its token, and the token's URL-encoded form must be masked. */
const masksOf = (key: { accessKeySecret: string; securityToken: string }) => [
  key.accessKeySecret,
  key.securityToken,
  encodeURIComponent(key.securityToken)
];

function expectPostOnly(since: number): void {
  const calls = sim.requests.filter((r) => r.seq > since);
  expect(calls.length).toBeGreaterThan(0);
  for (const r of calls) {
    if (r.kind === 'oidc') {
      // GitHub's token endpoint: a GET whose query holds only the API version and the audience.
      expect([...new URLSearchParams(r.url.split('?')[1] ?? '').keys()].sort()).toEqual(['api-version', 'audience']);
      continue;
    }
    expect({ kind: r.kind, method: r.method, url: r.url, via: r.via }).toEqual({ kind: r.kind, method: 'POST', url: '/', via: 'body' });
    expect(r.url).not.toMatch(/AccessKeyId|Signature|SecurityToken|OIDCToken/);
  }
}

const lastSeq = (): number => sim.requests[sim.requests.length - 1]?.seq ?? 0;

describe('no secret in anything the action writes', () => {
  it('a run that finishes', async () => {
    const since = lastSeq();
    const run = await runAction(inputsWith(STS_KEY, { 'job-id': 'seed' }));
    expect(run.outputs.status).toBe('finished');
    expect(sim.requests.filter((r) => r.seq > since && r.outcome === 'ok').length).toBeGreaterThan(0); // the token was accepted
    expectNothingLeaked(run, { secret: STS_KEY.accessKeySecret, token: STS_KEY.securityToken }, masksOf(STS_KEY));
    expectPostOnly(since);
  });

  it('a run that fails on a failed object', async () => {
    const since = lastSeq();
    const run = await runAction(inputsWith(STS_KEY, { 'job-id': 'datafail' }));
    expect(run.outputs.status).toBe('failed');
    expectNothingLeaked(run, { secret: STS_KEY.accessKeySecret, token: STS_KEY.securityToken }, masksOf(STS_KEY));
    expectPostOnly(since);
  });

  it('a run refused with Forbidden.RAM', async () => {
    const since = lastSeq();
    const run = await runAction(inputsWith(FORBIDDEN_KEY, { 'job-id': 'seed' }));
    expect(run.outputs.status).toBe('error');
    expect(run.stdout).toMatch(/^::error::.*Forbidden\.RAM/m);
    expectNothingLeaked(run, { secret: FORBIDDEN_KEY.accessKeySecret, token: FORBIDDEN_KEY.securityToken }, masksOf(FORBIDDEN_KEY));
    expectPostOnly(since);
  });

  it('a run refused with SignatureDoesNotMatch, whose answer echoes the string to sign with the token in it', async () => {
    const since = lastSeq();
    const wrong = { ...STS_KEY, accessKeySecret: 'Wrong+Secret/For=The+Key/0123=' };
    const run = await runAction(inputsWith(wrong, { 'job-id': 'seed' }));
    expect(run.outputs.status).toBe('error');
    expect(run.stdout).toMatch(/^::error::.*SignatureDoesNotMatch.*key pair/m);
    // The gateway really did echo the (twice encoded) token: the action must not repeat it.
    const echoed = sim.requests.find((r) => r.seq > since && r.outcome === 'SignatureDoesNotMatch');
    expect(echoed).toBeDefined();
    expectNothingLeaked(
      run,
      { secret: wrong.accessKeySecret, token: STS_KEY.securityToken, realSecret: STS_KEY.accessKeySecret },
      masksOf(wrong)
    );
    expectPostOnly(since);
  });

  it('a run refused for a token that does not belong to the key', async () => {
    const since = lastSeq();
    const mismatched = { ...STS_KEY, securityToken: FORBIDDEN_KEY.securityToken };
    const run = await runAction(inputsWith(mismatched, { 'job-id': 'seed' }));
    expect(run.outputs.status).toBe('error');
    expect(run.stdout).toMatch(/^::error::.*InvalidSecurityToken.*check security-token/m);
    expectNothingLeaked(
      run,
      { secret: STS_KEY.accessKeySecret, token: FORBIDDEN_KEY.securityToken, otherToken: STS_KEY.securityToken },
      masksOf(mismatched)
    );
    expectPostOnly(since);
  });

  it('a run through seeded faults (5xx, HTML pages, resets, read timeouts)', async () => {
    const since = lastSeq();
    // The first call's answer outlasts request-timeout (one read timeout: each costs a second of
    // waiting); every other answer, faulty or not, comes well within it, on a loaded machine too.
    sim.setFaults({ rate: 0.3, seed: 58, slowMs: 1_500, kinds: ALL_FAULT_KINDS.filter((kind) => kind !== 'slow') });
    sim.injectNext('slow');
    try {
      const run = await runAction(inputsWith(STS_KEY, { 'job-id': 'progressing', 'request-timeout': '1s', 'page-size': '1' }));
      expect(run.outputs.status).toBe('finished');
      // Seed 58 serves a 503, a reset and an HTML page within the first ten draws.
      const served = sim.requests.filter((r) => r.seq > since).map((r) => r.fault);
      expect(served).toEqual(expect.arrayContaining(['slow', 'unavailable', 'reset', 'bad-gateway-html']));
      expect(run.stdout).toMatch(/, retry 1 in/);
      expect(run.stdout).toMatch(/RequestTimeout, retry/);
      expectNothingLeaked(run, { secret: STS_KEY.accessKeySecret, token: STS_KEY.securityToken }, masksOf(STS_KEY));
    } finally {
      sim.setFaults(undefined);
    }
    expectPostOnly(since);
  });
});

describe('the OIDC path', () => {
  const oidcInputs = (overrides: Record<string, string> = {}) => {
    const inputs = baseInputs(sim.endpoint, {
      'job-id': 'seed',
      'role-to-assume': ROLE,
      'oidc-provider-arn': PROVIDER,
      'sts-endpoint': sim.endpoint,
      ...overrides
    });
    delete inputs['access-key-id'];
    delete inputs['access-key-secret'];
    return inputs;
  };
  const oidcEnv = { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN };

  it('temporary credentials from STS and the ID token stay out of every output', async () => {
    const since = lastSeq();
    const issuedBefore = sim.issuedCredentials.length;
    const run = await runAction(oidcInputs(), { env: { ...oidcEnv, ACTIONS_ID_TOKEN_REQUEST_URL: sim.oidcRequestUrl } });
    expect(run.outputs.status).toBe('finished');
    expect(run.stdout).toMatch(/credentials from OIDC/);
    const issued = sim.issuedCredentials[issuedBefore]!;
    expect(issued.securityToken).toMatch(/[+/=]/);
    const idToken = sim.stsCalls[sim.stsCalls.length - 1]!.params.OIDCToken!;
    const issuedKey = { accessKeySecret: issued.accessKeySecret, securityToken: issued.securityToken! };
    expectNothingLeaked(run, { secret: issued.accessKeySecret, token: issued.securityToken!, idToken, requestToken: REQUEST_TOKEN }, [
      ...masksOf(issuedKey),
      idToken
    ]);
    expectPostOnly(since);
  });

  it('an STS refusal names the role, never the ID token', async () => {
    const since = lastSeq();
    const run = await runAction(oidcInputs({ 'role-to-assume': 'acs:ram::1234567890123456:role/not-trusted' }), {
      env: { ...oidcEnv, ACTIONS_ID_TOKEN_REQUEST_URL: sim.oidcRequestUrl }
    });
    expect(run.outputs.status).toBe('error');
    expect(run.stdout).toMatch(
      /^::error::.*STS AssumeRoleWithOIDC refused the role acs:ram::1234567890123456:role\/not-trusted: EntityNotExist\.Role/m
    );
    const idToken = sim.stsCalls[sim.stsCalls.length - 1]!.params.OIDCToken!;
    expectNothingLeaked(run, { idToken, requestToken: REQUEST_TOKEN }, [idToken]);
    expectPostOnly(since);
  });
});
