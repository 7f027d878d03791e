import { describe, it, expect } from '@jest/globals';
import { parseEndpoint } from '../../src/config/endpoint.js';
import { readInputs, type Inputs } from '../../src/config/inputs.js';
import { INPUT_NAMES, INPUTS, type InputRow } from '../../src/config/table.js';
import { InputError } from '../../src/errors.js';
import { reader, thrownBy } from '../support/unit.js';

/** Mimics core.getInput: trimmed value, '' when unset. */

function read(values: Record<string, string>, env: Record<string, string | undefined> = {}): Inputs {
  return readInputs(reader({ 'job-id': 'dtsabc123', ...values }), env);
}

const errorOf = (fn: () => unknown): InputError => thrownBy(InputError, fn);

function refused(values: Record<string, string>, env: Record<string, string | undefined> = {}): InputError {
  return errorOf(() => read(values, env));
}

describe('readInputs: defaults', () => {
  it('fills every default from a bare job-id', () => {
    expect(read({})).toEqual({
      jobIds: ['dtsabc123'],
      region: 'cn-hangzhou',
      endpoint: 'https://dts.aliyuncs.com',
      endpointSource: 'sdk-map',
      timeoutMs: 30 * 60 * 1000,
      pollIntervalMs: 30 * 1000,
      requestTimeoutMs: 10 * 1000,
      pageSize: 100,
      failOnTimeout: true,
      failFast: false,
      ignore: [],
      jobStatus: true,
      dataCheck: 'auto',
      summary: true,
      prComment: false,
      githubToken: '',
      keys: { accessKeyId: '', accessKeySecret: '', securityToken: '' }
    });
  });

  it('reads every input when given', () => {
    const inputs = read({
      'job-id': 'a1, b2',
      region: 'ap-southeast-1',
      endpoint: 'https://dts.ap-southeast-1.aliyuncs.com/',
      timeout: '1h30m',
      'poll-interval': '10s',
      'request-timeout': '500ms',
      'page-size': '20',
      'fail-on-timeout': 'false',
      'fail-fast': 'TRUE',
      summary: 'False',
      'pr-comment': 'True',
      ignore: 'db.tmp_*\nlogs.?',
      'github-token': 'ghs_xyz',
      'job-status': 'True',
      'max-delay': '1.5s',
      'data-check': 'TRUE',
      'access-key-id': 'LTAIin',
      'access-key-secret': 'in-secret',
      'security-token': 'in-token',
      'role-to-assume': 'acs:ram::1234567890123456:role/github-dts',
      'oidc-provider-arn': 'acs:ram::1234567890123456:oidc-provider/github',
      'oidc-audience': 'my-audience',
      'sts-endpoint': 'https://sts.cn-shanghai.aliyuncs.com'
    });
    expect(inputs).toEqual({
      jobIds: ['a1', 'b2'],
      region: 'ap-southeast-1',
      endpoint: 'https://dts.ap-southeast-1.aliyuncs.com',
      endpointSource: 'input',
      timeoutMs: 90 * 60 * 1000,
      pollIntervalMs: 10 * 1000,
      requestTimeoutMs: 500,
      pageSize: 20,
      failOnTimeout: false,
      failFast: true,
      ignore: ['db.tmp_*', 'logs.?'],
      jobStatus: true,
      maxDelayMs: 1500,
      dataCheck: 'required',
      summary: false,
      prComment: true,
      githubToken: 'ghs_xyz',
      keys: { accessKeyId: 'LTAIin', accessKeySecret: 'in-secret', securityToken: 'in-token' },
      oidc: {
        roleArn: 'acs:ram::1234567890123456:role/github-dts',
        providerArn: 'acs:ram::1234567890123456:oidc-provider/github',
        audience: 'my-audience',
        stsEndpoint: 'https://sts.cn-shanghai.aliyuncs.com'
      }
    });
  });

  it('allows timeout 0 (poll once)', () => {
    expect(read({ timeout: '0' }).timeoutMs).toBe(0);
  });
});

describe('readInputs: job-status and max-delay', () => {
  it('reads job-status in the three casings, true by default', () => {
    expect(['', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE'].map((v) => read({ 'job-status': v }).jobStatus)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false
    ]);
  });

  it.each(['yes', '1', 'off', 'tru'])('refuses job-status %j, naming it', (value) => {
    const err = refused({ 'job-status': value });
    expect(err.input).toBe('job-status');
    expect(err.message).toBe(`job-status must be true or false; got "${value}"`);
  });

  it.each([
    ['5s', 5000],
    ['1m', 60_000],
    ['0', 0],
    ['1.5s', 1500],
    ['250ms', 250]
  ])('reads max-delay %s as %i ms', (value, ms) => {
    expect(read({ 'max-delay': value }).maxDelayMs).toBe(ms);
  });

  it('leaves max-delay out when it is empty: the delay is shown, not waited on', () => {
    expect(read({}).maxDelayMs).toBeUndefined();
    expect(read({ 'max-delay': '', 'job-status': 'false' })).not.toHaveProperty('maxDelayMs');
  });

  it.each(['5 seconds', '-5s', 'soon'])('refuses max-delay %j, naming it', (value) => {
    expect(refused({ 'max-delay': value }).input).toBe('max-delay');
  });

  it('refuses max-delay with job-status false: the delay could never be read', () => {
    const err = refused({ 'max-delay': '5s', 'job-status': 'false' });
    expect(err.input).toBe('max-delay');
    expect(err.message).toBe(
      'max-delay needs job-status: true, since the replication delay is read with the job\'s state (DescribeDtsJobs or DescribeSynchronizationJobStatus); got max-delay "5s" with job-status: false'
    );
  });
});

describe('readInputs: data-check', () => {
  it.each<[string, string]>([
    ['', 'auto'],
    ['auto', 'auto'],
    ['Auto', 'auto'],
    ['AUTO', 'auto'],
    ['true', 'required'],
    ['True', 'required'],
    ['TRUE', 'required'],
    ['false', 'off'],
    ['False', 'off'],
    ['FALSE', 'off']
  ])('reads %j as %s', (value, dataCheck) => {
    expect(read({ 'data-check': value }).dataCheck).toBe(dataCheck);
  });

  it.each(['yes', 'on', 'aUTO', 'required', 'off', '1'])('refuses %j, naming it', (value) => {
    const err = refused({ 'data-check': value });
    expect(err.input).toBe('data-check');
    expect(err.message).toBe(`data-check must be auto, true or false; got "${value}"`);
  });

  it('refuses data-check true with job-status false: the verification is read with the job state', () => {
    for (const value of ['true', 'TRUE']) {
      const err = refused({ 'data-check': value, 'job-status': 'false' });
      expect(err.input).toBe('data-check');
      expect(err.message).toBe(
        "data-check: true needs job-status: true, since the full data verification is read with the job's state (DescribeDtsJobs); " +
          'got data-check "true" with job-status: false'
      );
    }
  });

  it('with job-status false, auto (the default) and false read nothing, without an error', () => {
    expect(read({ 'job-status': 'false' }).dataCheck).toBe('off');
    expect(read({ 'job-status': 'false', 'data-check': 'auto' }).dataCheck).toBe('off');
    expect(read({ 'job-status': 'false', 'data-check': 'false' }).dataCheck).toBe('off');
    expect(read({ 'job-status': 'true', 'data-check': 'auto' }).dataCheck).toBe('auto');
  });
});

describe('readInputs: job-id', () => {
  it('splits on commas and newlines, trims, drops empties and de-duplicates in order', () => {
    expect(read({ 'job-id': ' b2 ,a1\r\n\n, c3,,b2\na1 ' }).jobIds).toEqual(['b2', 'a1', 'c3']);
  });

  it.each(['', '   ', ',', ' ,\n, '])('is required (%j)', (value) => {
    const err = refused({ 'job-id': value });
    expect(err.input).toBe('job-id');
    expect(err.message).toBe(
      'job-id is required: one or more DTS synchronization job IDs (task IDs or instance IDs) separated by commas or newlines'
    );
  });

  it.each(['dts abc', '-abc', '_abc', 'abc.def', 'abc/def', 'a'.repeat(65), 'dts;rm -rf', 'ïd'])(
    'refuses the bad id %j, quoting it',
    (bad) => {
      const err = refused({ 'job-id': `good1, ${bad}` });
      expect(err.input).toBe('job-id');
      expect(err.message).toContain('job-id must list DTS synchronization job IDs');
      expect(err.message).toContain(JSON.stringify(bad.slice(0, 100)).slice(0, -1));
    }
  );

  it('takes task IDs, instance IDs and both mixed in one list, each as written', () => {
    expect(read({ 'job-id': 'i03e3zty16iabcd' }).jobIds).toEqual(['i03e3zty16iabcd']);
    expect(read({ 'job-id': 'dtsi03e3zty16iabcd, k2gm967v16fxyz\ndtsb2c3d4e5f6g' }).jobIds).toEqual([
      'dtsi03e3zty16iabcd',
      'k2gm967v16fxyz',
      'dtsb2c3d4e5f6g'
    ]);
    // One task by both of its IDs is two entries here: which ID names which task is DTS's to say.
    expect(read({ 'job-id': 'i03e3zty16iabcd,dtsi03e3zty16iabcd' }).jobIds).toEqual(['i03e3zty16iabcd', 'dtsi03e3zty16iabcd']);
  });

  it('names both kinds of ID when it refuses one', () => {
    const err = refused({ 'job-id': 'i03e3zty16iabcd, dts*' });
    expect(err.message).toBe(
      'job-id must list DTS synchronization job IDs, each its task ID (such as i03e3zty16iabcd) or its instance ID (such as dtsi03e3zty16iabcd): ' +
        'letters, digits, "_" and "-", up to 64 characters, separated by commas or newlines; got "dts*"'
    );
  });

  it('accepts the longest id and the id alphabet', () => {
    const id = 'A' + 'b1_-'.repeat(15) + 'xyz';
    expect(id.length).toBe(64);
    expect(read({ 'job-id': id }).jobIds).toEqual([id]);
  });

  it('shows control characters in a quoted id', () => {
    const err = refused({ 'job-id': 'abc\u001b[31mred\u0007' });
    expect([...err.message].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
    expect(err.message).toContain('"abc<U+001B>[31mred<U+0007>"');
  });
});

describe('readInputs: region', () => {
  it('prefers the input over the environment', () => {
    const env = { ALIBABA_CLOUD_REGION_ID: 'cn-beijing', ALICLOUD_REGION: 'cn-shanghai' };
    expect(read({ region: 'eu-central-1' }, env).region).toBe('eu-central-1');
  });

  it('falls back to ALIBABA_CLOUD_REGION_ID, then ALICLOUD_REGION, then cn-hangzhou', () => {
    expect(read({}, { ALIBABA_CLOUD_REGION_ID: 'cn-beijing', ALICLOUD_REGION: 'cn-shanghai' }).region).toBe('cn-beijing');
    expect(read({}, { ALIBABA_CLOUD_REGION_ID: '  ', ALICLOUD_REGION: ' cn-shanghai ' }).region).toBe('cn-shanghai');
    expect(read({}, { ALIBABA_CLOUD_REGION_ID: '' }).region).toBe('cn-hangzhou');
  });

  it.each(['CN-HANGZHOU', 'cn hangzhou', 'x', 'cn_hangzhou', 'a'.repeat(41), 'cn-hangzhou\n'])('refuses %j', (region) => {
    const err = errorOf(() => readInputs(reader({ 'job-id': 'a' }), { ALIBABA_CLOUD_REGION_ID: region + 'Z' }));
    expect(err.input).toBe('region');
    expect(err.message).toContain('ALIBABA_CLOUD_REGION_ID');
    const direct = refused({ region: `${region}!` });
    expect(direct.input).toBe('region');
    expect(direct.message).toContain('region must be an Alibaba Cloud region ID such as cn-hangzhou');
    expect(direct.message).toContain('got "');
  });
});

describe('readInputs: endpoints', () => {
  it.each<[string, string]>([
    ['https://dts.aliyuncs.com', 'https://dts.aliyuncs.com'],
    ['https://dts.aliyuncs.com/', 'https://dts.aliyuncs.com'],
    ['HTTPS://DTS.Aliyuncs.COM//', 'https://dts.aliyuncs.com'],
    ['https://proxy.example.com:8443/dts/', 'https://proxy.example.com:8443/dts'],
    ['dts.cn-hangzhou.aliyuncs.com', 'https://dts.cn-hangzhou.aliyuncs.com'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['http://127.0.0.1:9000/', 'http://127.0.0.1:9000'],
    ['http://127.1.2.3', 'http://127.1.2.3'],
    ['http://[::1]:1234/', 'http://[::1]:1234']
  ])('accepts %j as %j', (value, expected) => {
    expect(read({ endpoint: value }).endpoint).toBe(expected);
    expect(parseEndpoint(value, 'sts-endpoint')).toBe(expected);
  });

  it.each([
    'http://dts.aliyuncs.com',
    'http://example.com',
    'http://127.0.0.1.nip.io',
    'http://10.0.0.1',
    'http://[::2]',
    'ftp://dts.aliyuncs.com',
    'file:///etc/passwd',
    'https://user:pass@dts.aliyuncs.com',
    'https://user@dts.aliyuncs.com',
    'https://@dts.aliyuncs.com',
    'https://dts.aliyuncs.com/?a=b',
    'https://dts.aliyuncs.com?',
    'https://dts.aliyuncs.com/#x',
    'https://',
    'https://dts aliyuncs.com',
    'not a url'
  ])('refuses %j for endpoint and sts-endpoint', (value) => {
    for (const input of ['endpoint', 'sts-endpoint']) {
      const err = refused({ [input]: value });
      expect(err.input).toBe(input);
      expect(err.message).toContain(`${input} must be an https:// URL`);
      expect(err.message).toContain('http:// only for localhost');
      if (!value.includes(':pass@')) expect(err.message).toContain(JSON.stringify(value));
    }
  });

  it('chooses the endpoint from the region without an endpoint input, and says so', () => {
    expect(read({ region: 'ap-northeast-1' })).toMatchObject({
      endpoint: 'https://dts.ap-northeast-1.aliyuncs.com',
      endpointSource: 'sdk-map'
    });
    expect(read({ region: 'eu-central-1' })).toMatchObject({ endpoint: 'https://dts.aliyuncs.com', endpointSource: 'sdk-map' });
    expect(read({ region: 'cn-nanjing' })).toMatchObject({
      endpoint: 'https://dts.cn-nanjing.aliyuncs.com',
      endpointSource: 'regional-rule'
    });
    // The region of the environment chooses it as well.
    expect(read({}, { ALICLOUD_REGION: 'me-central-1' })).toMatchObject({
      region: 'me-central-1',
      endpoint: 'https://dts.me-central-1.aliyuncs.com',
      endpointSource: 'sdk-map'
    });
  });

  it('an endpoint given wins over the region', () => {
    expect(read({ region: 'ap-northeast-1', endpoint: 'dts.aliyuncs.com' })).toMatchObject({
      region: 'ap-northeast-1',
      endpoint: 'https://dts.aliyuncs.com',
      endpointSource: 'input'
    });
    expect(read({ region: 'cn-nanjing', endpoint: 'http://127.0.0.1:9000' })).toMatchObject({
      endpoint: 'http://127.0.0.1:9000',
      endpointSource: 'input'
    });
  });

  it('an endpoint given is held to its rules whatever the region', () => {
    for (const region of ['cn-hangzhou', 'ap-northeast-1', 'cn-nanjing']) {
      expect(refused({ region, endpoint: 'http://dts.aliyuncs.com' }).message).toContain(
        'plain http:// would send signed requests unencrypted'
      );
      expect(refused({ region, endpoint: 'https://user:pass@dts.aliyuncs.com' }).input).toBe('endpoint');
    }
  });

  it('keeps sts-endpoint at https://sts.aliyuncs.com whatever the region', () => {
    const inputs = read({
      region: 'ap-northeast-1',
      'role-to-assume': 'acs:ram::1:role/r',
      'oidc-provider-arn': 'acs:ram::1:oidc-provider/p'
    });
    expect(inputs.oidc?.stsEndpoint).toBe('https://sts.aliyuncs.com');
  });

  it('defaults sts-endpoint to https://sts.aliyuncs.com when OIDC is configured', () => {
    const inputs = read({
      'role-to-assume': 'acs:ram::1:role/r',
      'oidc-provider-arn': 'acs:ram::1:oidc-provider/p'
    });
    expect(inputs.oidc).toEqual({
      roleArn: 'acs:ram::1:role/r',
      providerArn: 'acs:ram::1:oidc-provider/p',
      audience: 'sts.aliyuncs.com',
      stsEndpoint: 'https://sts.aliyuncs.com'
    });
  });
});

describe('readInputs: durations', () => {
  it.each(['timeout', 'poll-interval', 'request-timeout'])('%s refuses a value that is not a duration', (input) => {
    const err = refused({ [input]: '10x' });
    expect(err.input).toBe(input);
    expect(err.message).toContain(`${input} must be a duration`);
    expect(err.message).toContain('"10x"');
  });

  it('poll-interval must be greater than zero', () => {
    for (const value of ['0', '0s', '0ms']) {
      const err = refused({ 'poll-interval': value });
      expect(err.input).toBe('poll-interval');
      expect(err.message).toContain('greater than zero');
      expect(err.message).toContain(`"${value}"`);
    }
    expect(read({ 'poll-interval': '100ms' }).pollIntervalMs).toBe(100);
  });

  it('request-timeout lies between 100ms and 5m', () => {
    expect(read({ 'request-timeout': '100ms' }).requestTimeoutMs).toBe(100);
    expect(read({ 'request-timeout': '5m' }).requestTimeoutMs).toBe(300000);
    for (const value of ['99ms', '0', '5m1s', '1h']) {
      const err = refused({ 'request-timeout': value });
      expect(err.input).toBe('request-timeout');
      expect(err.message).toContain('request-timeout must be a duration from 100ms to 5m');
      expect(err.message).toContain(`"${value}"`);
    }
  });

  it('timeout refuses more than 7 days', () => {
    expect(refused({ timeout: '8d' }).input).toBe('timeout');
  });
});

describe('readInputs: page-size', () => {
  it.each<[string, number]>([
    ['1', 1],
    ['50', 50],
    ['100', 100],
    ['007', 7]
  ])('accepts %j', (value, n) => {
    expect(read({ 'page-size': value }).pageSize).toBe(n);
  });

  it.each(['10.5', 'abc', '0', '101', '-1', '1e2', '0x10', '1 0', '+5', '100000'])('refuses %j', (value) => {
    const err = refused({ 'page-size': value });
    expect(err.input).toBe('page-size');
    expect(err.message).toBe(`page-size must be a whole number from 1 to 100; got "${value}"`);
  });
});

describe('readInputs: booleans', () => {
  const cases: Array<[string, boolean]> = [
    ['fail-on-timeout', true],
    ['fail-fast', false],
    ['summary', true],
    ['pr-comment', false]
  ];

  it.each(cases)('%s defaults to %s when empty', (input, fallback) => {
    const inputs = read({ [input]: '' });
    const key = { 'fail-on-timeout': 'failOnTimeout', 'fail-fast': 'failFast', summary: 'summary', 'pr-comment': 'prComment' }[
      input
    ] as keyof Inputs;
    expect(inputs[key]).toBe(fallback);
    for (const t of ['true', 'True', 'TRUE']) expect(read({ [input]: t })[key]).toBe(true);
    for (const f of ['false', 'False', 'FALSE']) expect(read({ [input]: f })[key]).toBe(false);
  });

  it.each(cases)('%s refuses anything but true or false', (input) => {
    for (const value of ['yes', 'no', '1', '0', 'tRUE', 'on']) {
      const err = refused({ [input]: value });
      expect(err.input).toBe(input);
      expect(err.message).toBe(`${input} must be true or false; got "${value}"`);
    }
  });
});

describe('readInputs: ignore and github-token', () => {
  it('splits ignore on commas and newlines', () => {
    expect(read({ ignore: ' db.tmp_* , \n\nlogs.[x]?\r\nsch ema.t*\n' }).ignore).toEqual(['db.tmp_*', 'logs.[x]?', 'sch ema.t*']);
  });

  it('passes github-token through', () => {
    expect(read({ 'github-token': 'ghs_abc' }).githubToken).toBe('ghs_abc');
  });
});

describe('readInputs: OIDC', () => {
  const role = 'acs:ram::1234567890123456:role/github-dts';
  const provider = 'acs:ram::1234567890123456:oidc-provider/github';

  it('has no oidc block without role-to-assume', () => {
    expect(read({ 'oidc-audience': 'x' }).oidc).toBeUndefined();
  });

  it('needs both role-to-assume and oidc-provider-arn', () => {
    const a = refused({ 'role-to-assume': role });
    expect(a.input).toBe('oidc-provider-arn');
    expect(a.message).toContain('needs both role-to-assume');
    expect(a.message).toContain('oidc-provider-arn');
    const b = refused({ 'oidc-provider-arn': provider });
    expect(b.input).toBe('role-to-assume');
    expect(b.message).toContain('needs both role-to-assume');
  });

  it.each([
    ['role-to-assume', 'arn:aws:iam::123:role/x'],
    ['role-to-assume', 'acs:ram::abc:role/x'],
    ['role-to-assume', 'acs:ram::123:oidc-provider/x'],
    ['role-to-assume', 'acs:ram::123:role/'],
    ['oidc-provider-arn', 'acs:ram::123:role/x'],
    ['oidc-provider-arn', 'acs:ram::123:oidc-provider/'],
    ['oidc-provider-arn', 'github']
  ])('%s refuses %j', (input, value) => {
    const values = { 'role-to-assume': role, 'oidc-provider-arn': provider, [input]: value };
    const err = refused(values);
    expect(err.input).toBe(input);
    expect(err.message).toContain(`${input} must be a RAM ARN such as acs:ram::`);
    expect(err.message).toContain(JSON.stringify(value));
  });
});

describe('readInputs: order', () => {
  it('reports job-id before anything else', () => {
    expect(refused({ 'job-id': '', 'page-size': 'abc' }).input).toBe('job-id');
  });
});

describe('the table of inputs', () => {
  const rows = INPUT_NAMES.map((name): [string, InputRow] => [name, INPUTS[name]]);
  const named = (kind: InputRow['commandLine']): string[] => rows.filter(([, row]) => row.commandLine === kind).map(([name]) => name);

  it('keeps every credential off the command line: a secret in a flag stays in shell history and the process list', () => {
    expect(named('credential')).toEqual(['access-key-id', 'access-key-secret', 'security-token']);
  });

  it('marks as GitHub-only what means something only in a workflow run', () => {
    expect(named('github-only')).toEqual(['summary', 'pr-comment', 'github-token']);
    expect(named('flag')).toHaveLength(INPUT_NAMES.length - 6);
  });

  it('gives a required input no default, and states a default in words only where action.yml has none', () => {
    expect(rows.filter(([, row]) => row.required).map(([name]) => name)).toEqual(['job-id']);
    for (const [name, row] of rows) {
      if (row.required) expect([name, row.default, row.defaultText]).toEqual([name, undefined, undefined]);
      else expect([name, typeof row.default]).toEqual([name, 'string']);
      if (row.defaultText !== undefined) expect([name, row.default]).toEqual([name, '']);
    }
  });

  it('words each description as one sentence or more on one line, fit for a table cell', () => {
    for (const [name, row] of rows) {
      expect([name, /^[A-Z][^\n|]*\.$/.test(row.description)]).toEqual([name, true]);
      if (row.commandLineDescription !== undefined)
        expect([name, /^[A-Z][^\n|]*\.$/.test(row.commandLineDescription)]).toEqual([name, true]);
    }
  });
});
