/**
 * Reads and validates every input of the action before any call is made. Pure: the input
 * reader and the environment are passed in, so that tests need no @actions/core.
 */
import { InputError, refusedValue } from '../errors.js';
import { parseDuration } from './duration.js';

interface OidcSettings {
  roleArn: string;
  providerArn: string;
  audience: string;
  stsEndpoint: string;
}

/** The credential inputs as written (`''` when unset); the environment is consulted only when access-key-id is empty. */
export interface KeyInputs {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken: string;
}

export interface Inputs {
  jobIds: string[];
  region: string;
  endpoint: string;
  timeoutMs: number;
  pollIntervalMs: number;
  requestTimeoutMs: number;
  pageSize: number;
  failOnTimeout: boolean;
  failFast: boolean;
  ignore: string[];
  /** Also read each job's state as a whole (DescribeSynchronizationJobStatus). */
  jobStatus: boolean;
  /** `max-delay`: also wait until every job's replication delay is at most this; absent when empty. */
  maxDelayMs?: number;
  summary: boolean;
  prComment: boolean;
  githubToken: string;
  keys: KeyInputs;
  oidc?: OidcSettings;
}

/** Returns an input's value with surrounding blanks removed, or `''` when it is unset. */
export type InputReader = (name: string) => string;

export type Env = Record<string, string | undefined>;

export const DEFAULTS = {
  region: 'cn-hangzhou',
  endpoint: 'https://dts.aliyuncs.com',
  stsEndpoint: 'https://sts.aliyuncs.com',
  oidcAudience: 'sts.aliyuncs.com',
  timeout: '30m',
  pollInterval: '30s',
  requestTimeout: '10s',
  pageSize: 100
} as const;

const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const REGION = /^[a-z0-9-]{2,40}$/;
const ROLE_ARN = /^acs:ram::\d{1,32}:role\/[A-Za-z0-9._@+=,/-]{1,128}$/;
const PROVIDER_ARN = /^acs:ram::\d{1,32}:oidc-provider\/[A-Za-z0-9._@+=,/-]{1,128}$/;
const MIN_REQUEST_TIMEOUT_MS = 100;
const MAX_REQUEST_TIMEOUT_MS = 5 * 60 * 1000;

/** Splits a list written with commas and/or newlines; trims, drops empties and duplicates. */
function splitList(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[,\r\n]/)) {
    const item = part.trim();
    if (item !== '') seen.add(item);
  }
  return [...seen];
}

function envValue(env: Env, name: string): string {
  return (env[name] ?? '').trim();
}

/** `true`/`false` in the three casings GitHub accepts; `''` gives the default. */
function parseBoolean(text: string, input: string, fallback: boolean): boolean {
  const value = text.trim();
  if (value === '') return fallback;
  if (value === 'true' || value === 'True' || value === 'TRUE') return true;
  if (value === 'false' || value === 'False' || value === 'FALSE') return false;
  throw new InputError(input, `${input} must be true or false; got ${refusedValue(text)}`);
}

function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]') return true;
  // The URL parser has already normalised IPv4 forms such as `127.1` to dotted quads.
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Validates an API endpoint: `https://host[:port][/path]`, or `http://` only for a loopback host;
 * no user info, query or fragment. A bare host name (`dts.cn-hangzhou.aliyuncs.com`) is taken as
 * https. Returns the endpoint without a trailing slash.
 */
export function parseEndpoint(text: string, input: string): string {
  const value = text.trim();
  const form = `${input} must be an https:// URL (http:// only for localhost/127.0.0.1/[::1]) without credentials, query or fragment`;
  const fail = (why = ''): InputError => new InputError(input, `${form}${why}; got ${refusedValue(text)}`);
  if (value === '' || /\s/.test(value)) throw fail();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw fail();
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw fail();
  if (url.hostname === '') throw fail();
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw fail(' (plain http:// would send signed requests unencrypted)');
  }
  if (url.username !== '' || url.password !== '' || /^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(withScheme)) {
    throw fail(' (credentials are read from their own inputs, never from the URL)');
  }
  if (withScheme.includes('?') || withScheme.includes('#')) throw fail();
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path}`;
}

function parseJobIds(text: string): string[] {
  const ids = splitList(text);
  if (ids.length === 0) {
    throw new InputError('job-id', 'job-id is required: one or more DTS synchronization job IDs separated by commas or newlines');
  }
  for (const id of ids) {
    if (!JOB_ID.test(id)) {
      throw new InputError(
        'job-id',
        `job-id must list DTS synchronization job IDs (letters, digits, "_" and "-", up to 64 characters, such as dtsa1b2c3d4e5f), separated by commas or newlines; got ${refusedValue(id)}`
      );
    }
  }
  return ids;
}

function parseRegion(read: InputReader, env: Env): string {
  const sources: Array<[string, string]> = [
    ['region', read('region')],
    ['ALIBABA_CLOUD_REGION_ID', envValue(env, 'ALIBABA_CLOUD_REGION_ID')],
    ['ALICLOUD_REGION', envValue(env, 'ALICLOUD_REGION')]
  ];
  const found = sources.find(([, value]) => value !== '');
  if (found === undefined) return DEFAULTS.region;
  const [from, value] = found;
  if (!REGION.test(value)) {
    const origin = from === 'region' ? 'region' : `region (taken from ${from})`;
    throw new InputError(
      'region',
      `${origin} must be an Alibaba Cloud region ID such as cn-hangzhou (lower-case letters, digits and "-"); got ${refusedValue(value)}`
    );
  }
  return value;
}

function parsePageSize(text: string): number {
  if (text === '') return DEFAULTS.pageSize;
  const n = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    throw new InputError('page-size', `page-size must be a whole number from 1 to 100; got ${refusedValue(text)}`);
  }
  return n;
}

function parseArn(text: string, input: string, pattern: RegExp, example: string): string {
  if (!pattern.test(text)) {
    throw new InputError(input, `${input} must be a RAM ARN such as ${example}; got ${refusedValue(text)}`);
  }
  return text;
}

function parseOidc(read: InputReader, stsEndpoint: string): OidcSettings | undefined {
  const roleArn = read('role-to-assume');
  const providerArn = read('oidc-provider-arn');
  if (roleArn === '' && providerArn === '') return undefined;
  if (roleArn === '' || providerArn === '') {
    const missing = roleArn === '' ? 'role-to-assume' : 'oidc-provider-arn';
    const given = roleArn === '' ? 'oidc-provider-arn' : 'role-to-assume';
    throw new InputError(
      missing,
      `${given} is set but ${missing} is not: the OIDC exchange needs both role-to-assume (acs:ram::<account id>:role/<name>) and oidc-provider-arn (acs:ram::<account id>:oidc-provider/<name>)`
    );
  }
  return {
    roleArn: parseArn(roleArn, 'role-to-assume', ROLE_ARN, 'acs:ram::1234567890123456:role/github-dts'),
    providerArn: parseArn(providerArn, 'oidc-provider-arn', PROVIDER_ARN, 'acs:ram::1234567890123456:oidc-provider/github'),
    audience: read('oidc-audience') || DEFAULTS.oidcAudience,
    stsEndpoint
  };
}

/**
 * `max-delay`, when set: a duration (`0` is allowed: no delay at all). It needs `job-status`,
 * since the delay is read with DescribeSynchronizationJobStatus; with `job-status: false` it is
 * refused rather than ignored, because the run could never wait on what it was asked to.
 */
function parseMaxDelay(text: string, jobStatus: boolean): number | undefined {
  if (text === '') return undefined;
  const ms = parseDuration(text, 'max-delay');
  if (!jobStatus) {
    throw new InputError(
      'max-delay',
      'max-delay needs job-status: true, since the replication delay is read with DescribeSynchronizationJobStatus; ' +
        `got max-delay ${refusedValue(text)} with job-status: false`
    );
  }
  return ms;
}

/**
 * Reads every input of the action and validates it.
 *
 * @throws InputError naming the first input that cannot be used
 */
export function readInputs(read: InputReader, env: Env): Inputs {
  const jobIds = parseJobIds(read('job-id'));
  const region = parseRegion(read, env);
  const endpoint = parseEndpoint(read('endpoint') || DEFAULTS.endpoint, 'endpoint');
  const stsEndpoint = parseEndpoint(read('sts-endpoint') || DEFAULTS.stsEndpoint, 'sts-endpoint');

  const timeoutMs = parseDuration(read('timeout') || DEFAULTS.timeout, 'timeout');

  const pollText = read('poll-interval') || DEFAULTS.pollInterval;
  const pollIntervalMs = parseDuration(pollText, 'poll-interval');
  if (pollIntervalMs <= 0) {
    throw new InputError(
      'poll-interval',
      `poll-interval must be a duration greater than zero such as 30s, 5m, 1h30m or a number of seconds; got ${refusedValue(pollText)}`
    );
  }

  const requestText = read('request-timeout') || DEFAULTS.requestTimeout;
  const requestTimeoutMs = parseDuration(requestText, 'request-timeout');
  if (requestTimeoutMs < MIN_REQUEST_TIMEOUT_MS || requestTimeoutMs > MAX_REQUEST_TIMEOUT_MS) {
    throw new InputError(
      'request-timeout',
      `request-timeout must be a duration from 100ms to 5m such as 10s; got ${refusedValue(requestText)}`
    );
  }

  const pageSize = parsePageSize(read('page-size'));
  const failOnTimeout = parseBoolean(read('fail-on-timeout'), 'fail-on-timeout', true);
  const failFast = parseBoolean(read('fail-fast'), 'fail-fast', false);
  const summary = parseBoolean(read('summary'), 'summary', true);
  const prComment = parseBoolean(read('pr-comment'), 'pr-comment', false);
  const ignore = splitList(read('ignore'));
  const jobStatus = parseBoolean(read('job-status'), 'job-status', true);
  const maxDelayMs = parseMaxDelay(read('max-delay'), jobStatus);
  const githubToken = read('github-token');
  const oidc = parseOidc(read, stsEndpoint);
  const keys = { accessKeyId: read('access-key-id'), accessKeySecret: read('access-key-secret'), securityToken: read('security-token') };

  const inputs: Inputs = {
    jobIds,
    region,
    endpoint,
    timeoutMs,
    pollIntervalMs,
    requestTimeoutMs,
    pageSize,
    failOnTimeout,
    failFast,
    ignore,
    jobStatus,
    summary,
    prComment,
    githubToken,
    keys
  };
  if (oidc !== undefined) inputs.oidc = oidc;
  if (maxDelayMs !== undefined) inputs.maxDelayMs = maxDelayMs;
  return inputs;
}
