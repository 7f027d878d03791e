import { describe, it, expect, beforeAll, afterAll, beforeEach, jest } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { staticCredentials } from '../../src/credentials/credentials.js';
import { assumeRoleWithOidc, requestIdToken, sanitizeSessionName } from '../../src/credentials/oidc.js';
import { resolveCredentials, type CredentialDeps } from '../../src/credentials/resolve.js';
import { readInputs, type InputReader, type Inputs, type KeyInputs } from '../../src/config/inputs.js';
import { CredentialsError } from '../../src/errors.js';
import { keys, reader, thrownBy } from '../support/unit.js';

async function rejectionOf(p: Promise<unknown>): Promise<CredentialsError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(CredentialsError);
    return err as CredentialsError;
  }
  throw new Error('expected a CredentialsError');
}

const errorOf = (fn: () => unknown): CredentialsError => thrownBy(CredentialsError, fn);

const ALIBABA = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIenvid',
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret',
  ALIBABA_CLOUD_SECURITY_TOKEN: 'env-token'
};
const ALICLOUD = {
  ALICLOUD_ACCESS_KEY: 'LTAIaliid',
  ALICLOUD_SECRET_KEY: 'ali-secret',
  ALICLOUD_SECURITY_TOKEN: 'ali-token'
};

describe('staticCredentials', () => {
  it('takes the inputs first, with their token', () => {
    const creds = staticCredentials(keys({ 'access-key-id': 'LTAIin', 'access-key-secret': 'in-secret', 'security-token': 'in-token' }), {
      ...ALIBABA,
      ...ALICLOUD
    });
    expect(creds).toEqual({
      accessKeyId: 'LTAIin',
      accessKeySecret: 'in-secret',
      securityToken: 'in-token',
      source: 'inputs'
    });
  });

  it('then ALIBABA_CLOUD_*, then ALICLOUD_*', () => {
    expect(staticCredentials(keys({}), { ...ALIBABA, ...ALICLOUD })).toEqual({
      accessKeyId: 'LTAIenvid',
      accessKeySecret: 'env-secret',
      securityToken: 'env-token',
      source: 'ALIBABA_CLOUD_* environment variables'
    });
    expect(staticCredentials(keys({}), ALICLOUD)).toEqual({
      accessKeyId: 'LTAIaliid',
      accessKeySecret: 'ali-secret',
      securityToken: 'ali-token',
      source: 'ALICLOUD_* environment variables'
    });
  });

  it('never mixes sources: a token from a later source is not used', () => {
    const fromInputs = staticCredentials(keys({ 'access-key-id': 'LTAIin', 'access-key-secret': 's' }), {
      ...ALIBABA,
      ...ALICLOUD
    });
    expect(fromInputs).toEqual({ accessKeyId: 'LTAIin', accessKeySecret: 's', source: 'inputs' });
    expect(fromInputs).not.toHaveProperty('securityToken');

    const fromEnv = staticCredentials(keys({}), {
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'id',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'sec',
      ALICLOUD_SECURITY_TOKEN: 'ali-token'
    });
    expect(fromEnv).toEqual({
      accessKeyId: 'id',
      accessKeySecret: 'sec',
      source: 'ALIBABA_CLOUD_* environment variables'
    });
  });

  it('trims values and treats blank as unset', () => {
    expect(
      staticCredentials(keys({}), {
        ALIBABA_CLOUD_ACCESS_KEY_ID: '   ',
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'ignored',
        ALICLOUD_ACCESS_KEY: ' id \n',
        ALICLOUD_SECRET_KEY: '\tsec ',
        ALICLOUD_SECURITY_TOKEN: '  '
      })
    ).toEqual({ accessKeyId: 'id', accessKeySecret: 'sec', source: 'ALICLOUD_* environment variables' });
  });

  it('returns undefined when no source has an id', () => {
    expect(staticCredentials(keys({}), {})).toBeUndefined();
    expect(staticCredentials(keys({}), { ALICLOUD_SECRET_KEY: 'x', ALIBABA_CLOUD_SECURITY_TOKEN: 'y' })).toBeUndefined();
  });

  it.each<[string, KeyInputs, Record<string, string>, string, string]>([
    ['inputs', keys({ 'access-key-id': 'LTAIin', 'security-token': 'tok-in' }), ALIBABA, 'access-key-id', 'access-key-secret'],
    [
      'ALIBABA_CLOUD_*',
      keys({}),
      { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIenvid', ALIBABA_CLOUD_SECURITY_TOKEN: 'tok-env', ...ALICLOUD },
      'ALIBABA_CLOUD_ACCESS_KEY_ID',
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET'
    ],
    ['ALICLOUD_*', keys({}), { ALICLOUD_ACCESS_KEY: 'LTAIaliid', ALICLOUD_SECRET_KEY: ' ' }, 'ALICLOUD_ACCESS_KEY', 'ALICLOUD_SECRET_KEY']
  ])('an id without a secret in %s is an error naming both, never a value', (_label, read, env, idName, secretName) => {
    const err = errorOf(() => staticCredentials(read, env));
    expect(err.message).toContain(idName);
    expect(err.message).toContain(secretName);
    for (const value of ['LTAIin', 'LTAIenvid', 'LTAIaliid', 'tok-in', 'tok-env', 'env-secret', 'ali-secret']) {
      expect(err.message).not.toContain(value);
    }
  });

  it('refuses access-key-secret in the inputs without access-key-id', () => {
    const err = errorOf(() => staticCredentials(keys({ 'access-key-secret': 'in-secret' }), ALIBABA));
    expect(err.message).toContain('access-key-secret is set but access-key-id is empty');
    expect(err.message).not.toContain('in-secret');
  });
});

describe('sanitizeSessionName', () => {
  it.each<[string, string]>([
    ['github-actions-12345', 'github-actions-12345'],
    ['github actions/run#1', 'github-actions-run-1'],
    ['a', 'github-actions'],
    ['', 'github-actions'],
    ['x'.repeat(100), 'x'.repeat(64)],
    ['me@corp.example_1', 'me@corp.example_1']
  ])('%j -> %j', (input, out) => {
    expect(sanitizeSessionName(input)).toBe(out);
  });
});

// ---------------------------------------------------------------------------------------------
// A local STS stand-in on 127.0.0.1.

interface Recorded {
  method: string;
  url: string;
  contentType: string;
  form: URLSearchParams;
}

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

let server: Server;
let base: string;
let recorded: Recorded[] = [];
let handler: Handler;

const ID_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm8vciJ9.c2lnbmF0dXJlLXNlY3JldA';
const STS_SECRET = 'sts-secret/with+chars=';
const STS_TOKEN = 'CAIS+sts/token==';
const ROLE = 'acs:ram::1234567890123456:role/github-dts';
const PROVIDER = 'acs:ram::1234567890123456:oidc-provider/github';

function json(status: number, body: unknown): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
}

const OK = json(200, {
  RequestId: 'req-ok',
  Credentials: {
    AccessKeyId: 'STS.NTxyz',
    AccessKeySecret: STS_SECRET,
    SecurityToken: STS_TOKEN,
    Expiration: '2030-01-01T00:00:00Z'
  },
  AssumedRoleUser: { Arn: ROLE, AssumedRoleId: 'x' }
});

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      recorded.push({
        method: req.method ?? '',
        url: req.url ?? '',
        contentType: req.headers['content-type'] ?? '',
        form: new URLSearchParams(body)
      });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  recorded = [];
  handler = OK;
});

function assume(extra: Partial<Parameters<typeof assumeRoleWithOidc>[0]> = {}) {
  return assumeRoleWithOidc({
    stsEndpoint: base,
    roleArn: ROLE,
    providerArn: PROVIDER,
    idToken: ID_TOKEN,
    sessionName: 'github-actions-987654',
    timeoutMs: 5000,
    ...extra
  });
}

function expectNoSecrets(message: string): void {
  for (const s of [ID_TOKEN, STS_SECRET, STS_TOKEN, 'c2lnbmF0dXJlLXNlY3JldA', 'OIDCToken=']) {
    expect(message).not.toContain(s);
  }
}

describe('assumeRoleWithOidc', () => {
  it('POSTs the form STS expects and returns the credentials', async () => {
    const before = Date.now();
    const creds = await assume();
    expect(creds).toEqual({
      accessKeyId: 'STS.NTxyz',
      accessKeySecret: STS_SECRET,
      securityToken: STS_TOKEN,
      source: `OIDC (role ${ROLE})`
    });
    expect(recorded).toHaveLength(1);
    const [req] = recorded;
    expect(req?.method).toBe('POST');
    expect(req?.url).toBe('/');
    expect(req?.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    const form = req!.form;
    expect(Object.fromEntries(form)).toEqual({
      Action: 'AssumeRoleWithOIDC',
      Version: '2015-04-01',
      Format: 'JSON',
      Timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      SignatureNonce: expect.stringMatching(/^[0-9a-f-]{16,}$/),
      RoleArn: ROLE,
      OIDCProviderArn: PROVIDER,
      OIDCToken: ID_TOKEN,
      RoleSessionName: 'github-actions-987654',
      DurationSeconds: '3600'
    });
    const ts = Date.parse(form.get('Timestamp') ?? '');
    expect(ts).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(ts).toBeLessThanOrEqual(Date.now());
  });

  it('uses a fresh nonce per call and a sane session name', async () => {
    await assume({ sessionName: 'run #1 / attempt 2' });
    await assume({ sessionName: 'x', stsEndpoint: `${base}/` });
    const [a, b] = recorded;
    expect(a?.form.get('SignatureNonce')).not.toBe(b?.form.get('SignatureNonce'));
    expect(a?.form.get('RoleSessionName')).toBe('run--1---attempt-2');
    expect(b?.form.get('RoleSessionName')).toMatch(/^[A-Za-z0-9._@-]{2,64}$/);
    expect(b?.url).toBe('/');
  });

  it('maps an STS error body to code, message, RequestId and a hint', async () => {
    handler = json(400, {
      RequestId: 'req-123',
      HostId: 'sts.aliyuncs.com',
      Code: 'AuthenticationFail.NoPermission',
      Message: 'The role does not trust this token',
      Recommend: 'https://api.aliyun.com/troubleshoot'
    });
    const err = await rejectionOf(assume());
    expect(err.message).toContain('AuthenticationFail.NoPermission');
    expect(err.message).toContain('The role does not trust this token');
    expect(err.message).toContain('req-123');
    expect(err.message).toContain("check role-to-assume, oidc-provider-arn and the role's trust policy");
    expectNoSecrets(err.message);
  });

  it('points at oidc-audience for an audience error, and never echoes the token', async () => {
    handler = json(400, {
      RequestId: 'req-aud',
      Code: 'AuthenticationFail.OIDCToken.AudienceNotMatch',
      Message: `The audience of token ${ID_TOKEN} does not match\n::error::x`
    });
    const err = await rejectionOf(assume());
    expect(err.message).toContain('oidc-audience');
    expect(err.message).not.toContain('\n');
    expectNoSecrets(err.message);
  });

  it('says STS could not be reached for a body that is not JSON', async () => {
    handler = (_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>Bad Gateway</html>');
    };
    const err = await rejectionOf(assume());
    expect(err.message).toContain('could not be reached');
    expect(err.message).toContain('502');
    expectNoSecrets(err.message);
  });

  it('says STS could not be reached when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const err = await rejectionOf(assume({ stsEndpoint: `http://127.0.0.1:${port}` }));
    expect(err.message).toContain('could not be reached');
    expect(err.message).toContain(`127.0.0.1:${port}`);
    expectNoSecrets(err.message);
  });

  it('gives up after timeoutMs', async () => {
    handler = () => {
      /* never answers */
    };
    // The call is bounded by an AbortSignal.timeout of timeoutMs (a clock of the platform's own, which
    // fake timers do not reach); the server never answers, so only that signal can end the call.
    const timeout = jest.spyOn(AbortSignal, 'timeout');
    let err: Error;
    try {
      err = await rejectionOf(assume({ timeoutMs: 200 }));
      expect(timeout.mock.calls).toEqual([[200]]);
    } finally {
      timeout.mockRestore();
    }
    expect(err.message).toContain('could not be reached');
    expect(err.message).toContain('200 ms');
    expectNoSecrets(err.message);
  });

  it.each([
    ['no Credentials', { RequestId: 'r' }],
    ['an empty secret', { Credentials: { AccessKeyId: 'a', AccessKeySecret: '', SecurityToken: 't' } }],
    ['a missing token', { Credentials: { AccessKeyId: 'a', AccessKeySecret: STS_SECRET } }],
    ['a numeric id', { Credentials: { AccessKeyId: {}, AccessKeySecret: STS_SECRET, SecurityToken: STS_TOKEN } }]
  ])('refuses an answer with %s', async (_label, body) => {
    handler = json(200, body);
    const err = await rejectionOf(assume());
    expect(err.message).toContain('without usable credentials');
    expectNoSecrets(err.message);
  });

  it('sends through an injected fetch', async () => {
    const seen: string[] = [];
    const fetchImpl: typeof fetch = async (url, init) => {
      seen.push(String(url));
      return fetch(url, init);
    };
    await assume({ fetchImpl });
    expect(seen).toEqual([`${base}/`]);
  });
});

describe('requestIdToken', () => {
  const env = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req-bearer-token' };

  it.each([{}, { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/x' }, { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req-bearer-token' }])(
    'asks for id-token: write when the runner variables are missing (%j)',
    async (partial) => {
      let called = false;
      const err = await rejectionOf(
        requestIdToken(
          'sts.aliyuncs.com',
          async () => {
            called = true;
            return ID_TOKEN;
          },
          partial
        )
      );
      expect(called).toBe(false);
      expect(err.message).toBe(
        "role-to-assume needs the workflow's OIDC token, but it is not available: add `permissions: id-token: write` to the job (or workflow)"
      );
    }
  );

  it('passes the audience and returns the token', async () => {
    const auds: string[] = [];
    const token = await requestIdToken(
      'my-aud',
      async (aud) => {
        auds.push(aud);
        return ID_TOKEN;
      },
      env
    );
    expect(token).toBe(ID_TOKEN);
    expect(auds).toEqual(['my-aud']);
  });

  it('wraps a failure without echoing the request token', async () => {
    const err = await rejectionOf(
      requestIdToken(
        'sts.aliyuncs.com',
        async () => {
          throw new Error('Failed to get ID Token. Error Code : 403 Bearer req-bearer-token refused');
        },
        env
      )
    );
    expect(err.message).toContain('could not get the workflow');
    expect(err.message).toContain('403');
    expect(err.message).toContain('id-token: write');
    expect(err.message).not.toContain('req-bearer-token');
  });

  it('refuses an empty token', async () => {
    const err = await rejectionOf(requestIdToken('a', async () => '  ', env));
    expect(err.message).toContain('empty OIDC token');
  });
});

describe('resolveCredentials', () => {
  const oidcEnv = {
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/x',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req-bearer',
    ...ALIBABA
  };

  function deps(): CredentialDeps & { masked: string[]; audiences: string[] } {
    const masked: string[] = [];
    const audiences: string[] = [];
    return {
      masked,
      audiences,
      async getIDToken(aud) {
        audiences.push(aud);
        return ID_TOKEN;
      },
      setSecret(value) {
        masked.push(value);
      }
    };
  }

  function oidcInputs(values: Record<string, string> = {}): { inputs: Inputs; read: InputReader } {
    const read = reader({
      'job-id': 'j1',
      'role-to-assume': ROLE,
      'oidc-provider-arn': PROVIDER,
      'sts-endpoint': base,
      'request-timeout': '5s',
      ...values
    });
    return { inputs: readInputs(read, {}), read };
  }

  it('exchanges the OIDC token, masking the token and the STS secrets at once', async () => {
    const { inputs } = oidcInputs({ 'access-key-id': 'LTAIin', 'access-key-secret': 'in-secret' });
    const d = deps();
    const creds = await resolveCredentials(inputs, { ...oidcEnv, GITHUB_RUN_ID: '4242' }, d);
    expect(creds.source).toBe(`OIDC (role ${ROLE})`);
    expect(creds.accessKeyId).toBe('STS.NTxyz');
    expect(d.audiences).toEqual(['sts.aliyuncs.com']);
    expect(recorded[0]?.form.get('RoleSessionName')).toBe('github-actions-4242');
    expect(recorded[0]?.form.get('DurationSeconds')).toBe('3600');
    expect(d.masked).toEqual([ID_TOKEN, STS_SECRET, encodeURIComponent(STS_SECRET), STS_TOKEN, encodeURIComponent(STS_TOKEN)]);
    expect(d.masked).not.toContain('STS.NTxyz');
  });

  it('gives OIDC credentials a renew that repeats the exchange with a new ID token, masking again', async () => {
    const { inputs } = oidcInputs();
    const d = deps();
    const creds = await resolveCredentials(inputs, { ...oidcEnv, GITHUB_RUN_ID: '4242' }, d);
    expect(typeof creds.renew).toBe('function');
    d.masked.length = 0;
    const fresh = await creds.renew!();
    expect(fresh).toMatchObject({ accessKeyId: 'STS.NTxyz', securityToken: STS_TOKEN, source: `OIDC (role ${ROLE})` });
    expect(typeof fresh.renew).toBe('function');
    expect(d.audiences).toEqual(['sts.aliyuncs.com', 'sts.aliyuncs.com']);
    expect(recorded).toHaveLength(2);
    expect(recorded[1]?.form.get('RoleSessionName')).toBe('github-actions-4242');
    expect(d.masked).toEqual([ID_TOKEN, STS_SECRET, encodeURIComponent(STS_SECRET), STS_TOKEN, encodeURIComponent(STS_TOKEN)]);
  });

  it('gives static credentials no renew', async () => {
    const read = reader({ 'job-id': 'j1' });
    const creds = await resolveCredentials(readInputs(read, {}), ALIBABA, deps());
    expect(creds.renew).toBeUndefined();
  });

  it('takes the run id and attempt from the environment when none is given', async () => {
    const { inputs } = oidcInputs({ 'oidc-audience': 'custom' });
    const d = deps();
    await resolveCredentials(inputs, { ...oidcEnv, GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '2' }, d);
    expect(d.audiences).toEqual(['custom']);
    expect(recorded[0]?.form.get('RoleSessionName')).toBe('github-actions-77-2');
  });

  it('fails before calling STS when the job lacks id-token: write', async () => {
    const { inputs } = oidcInputs();
    const d = deps();
    const err = await rejectionOf(resolveCredentials(inputs, { ...ALIBABA, GITHUB_RUN_ID: '1' }, d));
    expect(err.message).toContain('permissions: id-token: write');
    expect(recorded).toHaveLength(0);
    expect(d.audiences).toEqual([]);
  });

  it('masks the token before an STS refusal, and the refusal does not contain it', async () => {
    handler = json(403, { RequestId: 'r1', Code: 'EntityNotExist.Role', Message: 'The role not exists' });
    const { inputs } = oidcInputs();
    const d = deps();
    const err = await rejectionOf(resolveCredentials(inputs, { ...oidcEnv, GITHUB_RUN_ID: '1' }, d));
    expect(d.masked).toEqual([ID_TOKEN]);
    expect(err.message).toContain('EntityNotExist.Role');
    expectNoSecrets(err.message);
  });

  it('uses static credentials without role-to-assume, masking secret and token but not the id', async () => {
    const read = reader({ 'job-id': 'j1' });
    const inputs = readInputs(read, {});
    const d = deps();
    const creds = await resolveCredentials(inputs, { ...ALIBABA, ALIBABA_CLOUD_SECURITY_TOKEN: 'tok/en+=' }, d);
    expect(creds).toEqual({
      accessKeyId: 'LTAIenvid',
      accessKeySecret: 'env-secret',
      securityToken: 'tok/en+=',
      source: 'ALIBABA_CLOUD_* environment variables'
    });
    expect(d.masked).toEqual(['env-secret', 'tok/en+=', encodeURIComponent('tok/en+=')]);
    expect(d.audiences).toEqual([]);
    expect(recorded).toHaveLength(0);
  });

  it('masks the static secret from the inputs', async () => {
    const read = reader({ 'job-id': 'j1', 'access-key-id': 'LTAIin', 'access-key-secret': 'a b&c' });
    const d = deps();
    await resolveCredentials(readInputs(read, {}), {}, d);
    expect(d.masked).toEqual(['a b&c', 'a%20b%26c']);
  });

  it('says how to provide credentials when there are none', async () => {
    const read = reader({ 'job-id': 'j1' });
    const err = await rejectionOf(resolveCredentials(readInputs(read, {}), {}, deps()));
    expect(err.message).toBe(
      'No Alibaba Cloud credentials: set access-key-id and access-key-secret, the ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET variables, or role-to-assume with oidc-provider-arn'
    );
  });
});
