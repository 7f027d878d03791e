/**
 * A local stand-in for Alibaba Cloud, for integration tests, end-to-end tests, `npm run demo`
 * and the benchmark. One HTTP server on 127.0.0.1 answers:
 *
 * - DTS `DescribeInitializationStatus` (2020-01-01) RPC calls, signed like `@alicloud/pop-core`
 *   signs them (POST form body or GET query), with the gateway's checks and error bodies;
 * - STS `AssumeRoleWithOIDC` (2015-04-01, unsigned POST form), issuing temporary credentials that
 *   the DTS side then accepts;
 * - GitHub's OIDC ID-token endpoint (`GET /oidc/token?api-version=2.0&audience=...`).
 *
 * It records every request, can inject faults (seeded, so reproducible) and adds latency.
 * Node built-ins only; it never imports the action's code (the signature check is written here
 * from the platform's description, independently of src/).
 */
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { SeededRandom } from './random.js';
import { isRawJson, type JobScenario, type JobState, type Shape, type SuccessStyle } from './scenarios.js';

export type { JobScenario, JobState, RawEntry, Shape, SuccessStyle } from './scenarios.js';

export const DTS_VERSION = '2020-01-01';
export const DTS_ACTION = 'DescribeInitializationStatus';
export const STS_VERSION = '2015-04-01';
export const STS_ACTION = 'AssumeRoleWithOIDC';

/** Faults the simulator can serve instead of (or, for `slow`, before) a normal answer. */
export type FaultKind =
  | 'throttling' // 400 Throttling.User
  | 'unavailable' // 503 ServiceUnavailable
  | 'internal' // 500 InternalError
  | 'bad-gateway-html' // 502 with an HTML page (text/html)
  | 'http500-empty' // 500 with an empty body
  | 'http500-json-empty' // 500 with `{}` (no Code): pop-core resolves with `{}`
  | 'reset' // socket destroyed without an answer
  | 'slow'; // answered normally after `slowMs`

/** The kinds drawn at random when `faults.kinds` is not given. */
export const DEFAULT_FAULT_KINDS: readonly FaultKind[] = [
  'throttling',
  'unavailable',
  'internal',
  'bad-gateway-html',
  'http500-empty',
  'reset',
  'slow'
];

export const ALL_FAULT_KINDS: readonly FaultKind[] = [...DEFAULT_FAULT_KINDS, 'http500-json-empty'];

/** What a fault can hit: the DTS API, the STS API, the GitHub OIDC endpoint. */
export type FaultTarget = 'dts' | 'sts' | 'oidc';

export interface FaultOptions {
  /** Probability (0..1) that a request of a targeted kind gets a fault. */
  rate: number;
  seed: number;
  /** Kinds drawn from (uniformly); default {@link DEFAULT_FAULT_KINDS}. */
  kinds?: FaultKind[];
  /** Delay of a `slow` fault; default 5000 ms. */
  slowMs?: number;
  /** Which endpoints the random faults hit; default `['dts']`. */
  targets?: FaultTarget[];
}

export interface CredentialSpec {
  accessKeyId: string;
  accessKeySecret: string;
  /** Set for temporary (STS) credentials: DTS calls must carry exactly this SecurityToken. */
  securityToken?: string;
  /** Epoch ms after which the SecurityToken is expired. */
  expiresAt?: number;
}

export interface StsOptions {
  roleArn: string;
  providerArn: string;
  /** Audiences (client IDs) the OIDC provider accepts; default: any. */
  audiences?: string[];
  /** The role's maximum session duration; default 43200. */
  maxDurationSeconds?: number;
}

export interface OidcOptions {
  /** The bearer token the runner would put in ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  requestToken: string;
  /** `sub` claim of issued tokens; default `repo:octo-org/octo-repo:ref:refs/heads/main`. */
  subject?: string;
}

export interface SimulatorOptions {
  /** Job id -> scenario. */
  jobs?: Record<string, JobScenario>;
  /** Known access keys. */
  credentials?: CredentialSpec[];
  /** When set, `RegionId` must equal it. */
  region?: string;
  /** Default `array`. */
  shape?: Shape;
  /** Default `boolean`. */
  success?: SuccessStyle;
  /** Wrapper key of constraints in the wrapped shape: `{"Constraints": {"<key>": [...]}}`; default `Constraint`. */
  constraintWrapperKey?: string;
  /** Added before every DTS answer. */
  latencyMs?: number;
  faults?: FaultOptions;
  /** Access key ids that get `Forbidden.RAM` (403). */
  forbiddenKeys?: string[];
  /** The server's clock minus the real one (to provoke `InvalidTimeStamp.Expired`). */
  clockOffsetMs?: number;
  /** Allowed |server time - Timestamp|; default 15 minutes. */
  maxClockSkewMs?: number;
  sts?: StsOptions;
  oidc?: OidcOptions;
  /** `HostId` of error bodies; default `dts.aliyuncs.com`. */
  hostId?: string;
}

export type RequestKind = 'dts' | 'sts' | 'oidc';

export interface RecordedRequest {
  /** 1, 2, 3, ... in order of arrival. */
  seq: number;
  kind: RequestKind;
  method: string;
  /** Path and query exactly as received. */
  url: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Raw body text. */
  body: string;
  /** Where the parameters came from. */
  via: 'body' | 'query' | 'both' | 'none';
  /** Decoded parameters (query, then form body on top). */
  params: Record<string, string>;
  action?: string;
  jobId?: string;
  /** As sent, when it is an integer; undefined otherwise. */
  pageNum?: number;
  pageSize?: number;
  /** Set when the request carried AccountId (the action must never send it). */
  accountId?: string;
  /** For an OIDC request: the audience asked ('' when none). */
  audience?: string;
  /** For a DTS call answered from a scenario: the poll number whose state was served. */
  poll?: number;
  /** Arrival time (ms since epoch). */
  at: number;
  /** When the answer was written (or the socket destroyed). */
  doneAt?: number;
  /** HTTP status answered; 0 for a reset (or before the answer). */
  status: number;
  /** 'ok', 'success-false', an error code, or a fault kind ('pending' until answered). */
  outcome: string;
  /** Fault served (a `slow` request also has its normal outcome). */
  fault?: FaultKind;
  requestId?: string;
}

export interface StsCall {
  at: number;
  params: Record<string, string>;
  roleArn?: string;
  providerArn?: string;
  sessionName?: string;
  durationSeconds?: number;
  audience?: string;
  outcome: string;
  /** AccessKeyId issued on success. */
  accessKeyId?: string;
}

export interface SimulatorStats {
  requests: number;
  dtsRequests: number;
  stsRequests: number;
  oidcRequests: number;
  faults: Record<FaultKind, number>;
  /** Count per outcome ('ok', error codes, fault kinds, ...). */
  outcomes: Record<string, number>;
  inFlight: number;
  maxInFlight: number;
}

export interface Simulator {
  /** `http://127.0.0.1:PORT` (DTS and STS endpoint). */
  readonly endpoint: string;
  readonly port: number;
  /** Value for ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:PORT/oidc/token?api-version=2.0`. */
  readonly oidcRequestUrl: string;
  readonly requests: RecordedRequest[];
  readonly stsCalls: StsCall[];
  readonly oidcAudiences: string[];
  /** Temporary credentials issued by STS, in order. */
  readonly issuedCredentials: CredentialSpec[];
  readonly stats: SimulatorStats;
  /** Only the DTS calls of `requests`. */
  dtsRequests(): RecordedRequest[];
  /** Number of polls started for the job (PageNum=1 requests served from its scenario). */
  pollsOf(jobId: string): number;
  /** Adds or replaces a job; a replaced job's scenario starts again at poll 0. */
  setJob(jobId: string, scenario: JobScenario): void;
  removeJob(jobId: string): void;
  addCredential(credential: CredentialSpec): void;
  /** The next DTS requests get these faults, in order (before any random fault). */
  injectNext(...kinds: FaultKind[]): void;
  injectNextFor(target: FaultTarget, ...kinds: FaultKind[]): void;
  setFaults(faults: FaultOptions | undefined): void;
  setLatency(ms: number): void;
  setClockOffset(ms: number): void;
  /** Issues an OIDC ID token directly (as the OIDC endpoint would), without recording a request. */
  issueOidcToken(audience: string): string;
  /** Forgets recorded requests, STS calls, audiences and stats (jobs and poll counts stay). */
  clearRecords(): void;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------

interface JobEntry {
  scenario: JobScenario;
  /** PageNum=1 requests served since the scenario was set. */
  pageOnes: number;
  /** PageNum=1 requests served in total (survives setJob). */
  totalPolls: number;
  current?: { poll: number; state: JobState };
}

interface Answer {
  status: number;
  body: string;
  contentType: string;
  outcome: string;
  requestId?: string;
}

interface IssuedOidcToken {
  audience: string;
  expiresAt: number;
}

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json;charset=utf-8';
const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
const SESSION_NAME_RE = /^[A-Za-z0-9._@-]{2,64}$/;
const BAD_GATEWAY_HTML =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
  '<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n';

/** encodeURIComponent plus `! ' ( ) *`, as the RPC signature wants. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** The RPC string to sign for `method` and the decoded parameters (Signature left out). */
export function stringToSign(method: string, params: Record<string, string>): string {
  const canonical = Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k] ?? '')}`)
    .join('&');
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonical)}`;
}

/** HMAC-SHA1 keyed with `secret + '&'`, base64. */
export function rpcSignature(method: string, params: Record<string, string>, secret: string): string {
  return createHmac('sha1', `${secret}&`).update(stringToSign(method, params)).digest('base64');
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** JSON text where `{ __rawJson }` markers are written verbatim (e.g. numbers beyond 2^53). */
export function toJsonText(value: unknown): string {
  if (isRawJson(value)) return value.__rawJson;
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    case 'undefined':
    case 'function':
    case 'symbol':
      return 'null';
    default:
      break;
  }
  if (Array.isArray(value)) return '[' + value.map((v) => toJsonText(v)).join(',') + ']';
  if (value instanceof Date) return JSON.stringify(value);
  const parts: string[] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    parts.push(JSON.stringify(k) + ':' + toJsonText(v));
  }
  return '{' + parts.join(',') + '}';
}

function newRequestId(): string {
  return randomUUID().toUpperCase();
}

function alnum(length: number): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += chars[b % chars.length];
  return out;
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function sleep(ms: number, timers: Set<NodeJS.Timeout>): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(() => {
      timers.delete(t);
      resolve();
    }, ms);
    timers.add(t);
  });
}

function emptyFaultCounts(): Record<FaultKind, number> {
  const counts = {} as Record<FaultKind, number>;
  for (const k of ALL_FAULT_KINDS) counts[k] = 0;
  return counts;
}

function intParam(text: string | undefined): number | undefined {
  if (text === undefined || !/^-?\d{1,15}$/.test(text)) return undefined;
  return Number(text);
}

// ---------------------------------------------------------------------------------------------

/** Starts the simulator on 127.0.0.1 with a free port. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const hostId = options.hostId ?? 'dts.aliyuncs.com';
  const maxSkew = options.maxClockSkewMs ?? 15 * 60 * 1000;
  const constraintKey = options.constraintWrapperKey ?? 'Constraint';
  const forbidden = new Set(options.forbiddenKeys ?? []);
  let latencyMs = options.latencyMs ?? 0;
  let clockOffset = options.clockOffsetMs ?? 0;
  let faults = options.faults;
  let random = faults ? new SeededRandom(faults.seed) : undefined;

  const jobs = new Map<string, JobEntry>();
  for (const [id, scenario] of Object.entries(options.jobs ?? {})) {
    jobs.set(id, { scenario, pageOnes: 0, totalPolls: 0 });
  }
  const credentials = new Map<string, CredentialSpec>();
  for (const c of options.credentials ?? []) credentials.set(c.accessKeyId, { ...c });
  const usedNonces = new Set<string>();
  const oidcTokens = new Map<string, IssuedOidcToken>();
  const queues: Record<FaultTarget, FaultKind[]> = { dts: [], sts: [], oidc: [] };

  const requests: RecordedRequest[] = [];
  const stsCalls: StsCall[] = [];
  const oidcAudiences: string[] = [];
  const issuedCredentials: CredentialSpec[] = [];
  const stats: SimulatorStats = {
    requests: 0,
    dtsRequests: 0,
    stsRequests: 0,
    oidcRequests: 0,
    faults: emptyFaultCounts(),
    outcomes: {},
    inFlight: 0,
    maxInFlight: 0
  };
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;
  let seq = 0;

  const now = (): number => Date.now() + clockOffset;

  // ------------------------------------------------------------------ answers

  function gatewayError(status: number, code: string, message: string): Answer {
    const requestId = newRequestId();
    const body = toJsonText({
      RequestId: requestId,
      HostId: hostId,
      Code: code,
      Message: message,
      Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}&product=Dts&requestId=${requestId}`
    });
    return { status, body, contentType: JSON_TYPE, outcome: code, requestId };
  }

  function json(status: number, value: Record<string, unknown>, outcome: string): Answer {
    const requestId = typeof value.RequestId === 'string' ? value.RequestId : undefined;
    const answer: Answer = { status, body: toJsonText(value), contentType: JSON_TYPE, outcome };
    if (requestId !== undefined) answer.requestId = requestId;
    return answer;
  }

  function missing(name: string): Answer {
    return gatewayError(
      400,
      'MissingParameter',
      `The input parameter "${name}" that is mandatory for processing this request is not supplied.`
    );
  }

  function faultAnswer(kind: Exclude<FaultKind, 'reset' | 'slow'>): Answer {
    switch (kind) {
      case 'throttling':
        return gatewayError(400, 'Throttling.User', 'Request was denied due to user flow control.');
      case 'unavailable':
        return gatewayError(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.');
      case 'internal':
        return gatewayError(500, 'InternalError', 'The request processing has failed due to some unknown error, exception or failure.');
      case 'bad-gateway-html':
        return { status: 502, body: BAD_GATEWAY_HTML, contentType: 'text/html', outcome: kind };
      case 'http500-empty':
        return { status: 500, body: '', contentType: JSON_TYPE, outcome: kind };
      case 'http500-json-empty':
        return { status: 500, body: '{}', contentType: JSON_TYPE, outcome: kind };
    }
  }

  function pickFault(target: FaultTarget): FaultKind | undefined {
    const queued = queues[target].shift();
    if (queued !== undefined) return queued;
    if (!faults || !random) return undefined;
    if (!(faults.targets ?? ['dts']).includes(target)) return undefined;
    // Two draws per request whatever the outcome, so a seed gives one fixed sequence.
    const hit = random.next() < faults.rate;
    const kinds = faults.kinds && faults.kinds.length > 0 ? faults.kinds : DEFAULT_FAULT_KINDS;
    const kind = random.pick(kinds);
    return hit ? kind : undefined;
  }

  // ------------------------------------------------------------------ DTS

  function serveJob(rec: RecordedRequest, entry: JobEntry, pageNum: number, pageSize: number): Answer {
    if (pageNum === 1) {
      entry.pageOnes++;
      entry.totalPolls++;
      const poll = Math.max(0, entry.pageOnes - 1);
      entry.current = { poll, state: entry.scenario(poll) };
    } else if (!entry.current) {
      const poll = Math.max(0, entry.pageOnes - 1);
      entry.current = { poll, state: entry.scenario(poll) };
    }
    const { poll, state } = entry.current;
    rec.poll = poll;
    const requestId = newRequestId();

    if (state.raw) {
      return {
        status: state.raw.status ?? 200,
        body: state.raw.body,
        contentType: state.raw.contentType ?? JSON_TYPE,
        outcome: 'raw',
        requestId
      };
    }
    const successStyle = state.success ?? options.success ?? 'boolean';
    if (state.successFalse) {
      return json(
        200,
        {
          RequestId: requestId,
          Success: successStyle === 'string' ? 'false' : false,
          ErrCode: state.successFalse.ErrCode,
          ErrMessage: state.successFalse.ErrMessage
        },
        'success-false'
      );
    }
    const shape = state.shape ?? options.shape ?? 'array';
    const from = (pageNum - 1) * pageSize;
    const page = (list: unknown): unknown => (Array.isArray(list) ? list.slice(from, from + pageSize) : list);
    const structure = page(state.structure);
    const data = page(state.data);
    const incremental = page(state.incremental);
    const body: Record<string, unknown> = { RequestId: requestId, Success: successStyle === 'string' ? 'true' : true };
    if (shape === 'wrapped') {
      const wrapConstraints = (e: unknown): unknown => {
        if (typeof e !== 'object' || e === null || Array.isArray(e)) return e;
        const c = (e as Record<string, unknown>).Constraints;
        return Array.isArray(c) ? { ...(e as Record<string, unknown>), Constraints: { [constraintKey]: c } } : e;
      };
      body.StructureInitializationDetails = {
        StructureInitializationDetail: Array.isArray(structure) ? structure.map(wrapConstraints) : structure
      };
      body.DataInitializationDetails = { DataInitializationDetail: data };
      body.DataSynchronizationDetails = { DataSynchronizationDetail: incremental };
    } else {
      body.StructureInitializationDetails = structure;
      body.DataInitializationDetails = data;
      body.DataSynchronizationDetails = incremental;
    }
    if (state.fields) {
      for (const [k, v] of Object.entries(state.fields)) {
        if (v === undefined) delete body[k];
        else body[k] = v;
      }
    }
    return json(200, body, 'ok');
  }

  function handleDts(rec: RecordedRequest): Answer {
    const p = rec.params;
    const method = rec.method.toUpperCase();

    if (p.Version !== DTS_VERSION) {
      return gatewayError(400, 'InvalidVersion', 'Specified parameter Version is not valid.');
    }
    if (p.Action !== DTS_ACTION) {
      return gatewayError(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.');
    }
    if (p.Format === undefined) return missing('Format');
    if (p.Format !== 'JSON') {
      return gatewayError(400, 'InvalidParameter', 'Specified parameter Format is not valid (this simulator answers JSON only).');
    }
    if (p.SignatureMethod === undefined) return missing('SignatureMethod');
    if (p.SignatureMethod !== 'HMAC-SHA1') {
      return gatewayError(400, 'InvalidSignatureMethod', 'Specified signature method is not supported.');
    }
    if (p.SignatureVersion === undefined) return missing('SignatureVersion');
    if (p.SignatureVersion !== '1.0') {
      return gatewayError(400, 'InvalidSignatureVersion', 'Specified signature version is not supported.');
    }
    if (p.Timestamp === undefined) return missing('Timestamp');
    const m = TIMESTAMP_RE.exec(p.Timestamp);
    const stamp = m ? Date.parse(p.Timestamp) : NaN;
    if (!m || Number.isNaN(stamp)) {
      return gatewayError(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.');
    }
    if (Math.abs(now() - stamp) > maxSkew) {
      return gatewayError(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
    }
    if (p.SignatureNonce === undefined || p.SignatureNonce === '') return missing('SignatureNonce');
    if (usedNonces.has(p.SignatureNonce)) {
      return gatewayError(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
    }
    if (p.AccessKeyId === undefined || p.AccessKeyId === '') return missing('AccessKeyId');
    const cred = credentials.get(p.AccessKeyId);
    if (!cred) return gatewayError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
    if (cred.securityToken !== undefined) {
      if (p.SecurityToken === undefined || p.SecurityToken === '') {
        return gatewayError(400, 'MissingSecurityToken', 'SecurityToken is mandatory for this action.');
      }
      if (!sameText(p.SecurityToken, cred.securityToken)) {
        return gatewayError(400, 'InvalidSecurityToken.MismatchWithAccessKey', 'Specified SecurityToken mismatch with the AccessKey.');
      }
      if (cred.expiresAt !== undefined && now() > cred.expiresAt) {
        return gatewayError(400, 'InvalidSecurityToken.Expired', 'Specified SecurityToken is expired.');
      }
    } else if (p.SecurityToken !== undefined) {
      return gatewayError(400, 'InvalidSecurityToken.Malformed', 'Specified SecurityToken is malformed.');
    }
    if (p.Signature === undefined || p.Signature === '') return missing('Signature');
    const toSign = stringToSign(method, p);
    const expected = createHmac('sha1', `${cred.accessKeySecret}&`).update(toSign).digest('base64');
    if (!sameText(expected, p.Signature)) {
      // The real gateway echoes its string to sign (AccessKeyId and SecurityToken included).
      return gatewayError(
        400,
        'SignatureDoesNotMatch',
        `Specified signature does not match our calculation. server string to sign is:${toSign}`
      );
    }
    usedNonces.add(p.SignatureNonce);
    if (forbidden.has(cred.accessKeyId)) {
      return gatewayError(403, 'Forbidden.RAM', 'User not authorized to operate on the specified resource.');
    }

    // API-level checks.
    for (const [k, v] of Object.entries(p)) {
      if (v === 'undefined' || v === 'null') {
        return gatewayError(400, 'InvalidParameter', `The parameter ${k} is not valid: its value is the text "${v}".`);
      }
    }
    if (p.RegionId === undefined || p.RegionId === '') {
      return gatewayError(400, 'InvalidRegionId', 'The parameter RegionId is mandatory for this action.');
    }
    if (options.region !== undefined && p.RegionId !== options.region) {
      return gatewayError(400, 'InvalidRegionId', `The specified region ${p.RegionId} does not exist.`);
    }
    const jobId = p.SynchronizationJobId;
    if (jobId === undefined || jobId === '') {
      return gatewayError(400, 'InvalidParameter', 'The parameter SynchronizationJobId is mandatory for this action.');
    }
    let pageSize = 20;
    if (p.PageSize !== undefined) {
      const n = /^\d{1,9}$/.test(p.PageSize) ? Number(p.PageSize) : NaN;
      if (!(n >= 1 && n <= 100)) {
        return gatewayError(400, 'InvalidParameter', `The parameter PageSize is not valid: "${p.PageSize}" (1 to 100).`);
      }
      pageSize = n;
    }
    let pageNum = 1;
    if (p.PageNum !== undefined) {
      const n = /^\d{1,9}$/.test(p.PageNum) ? Number(p.PageNum) : NaN;
      if (!(n >= 1)) {
        return gatewayError(400, 'InvalidParameter', `The parameter PageNum is not valid: "${p.PageNum}" (1 or more).`);
      }
      pageNum = n;
    }
    const entry = jobs.get(jobId);
    if (!entry) return gatewayError(404, 'Forbidden.InstanceNotFound', 'The specified instance is not found.');
    return serveJob(rec, entry, pageNum, pageSize);
  }

  // ------------------------------------------------------------------ STS

  function handleSts(rec: RecordedRequest): Answer {
    const p = rec.params;
    const call: StsCall = { at: rec.at, params: p, outcome: 'pending' };
    if (p.RoleArn !== undefined) call.roleArn = p.RoleArn;
    if (p.OIDCProviderArn !== undefined) call.providerArn = p.OIDCProviderArn;
    if (p.RoleSessionName !== undefined) call.sessionName = p.RoleSessionName;
    const duration = intParam(p.DurationSeconds);
    if (duration !== undefined) call.durationSeconds = duration;
    const token = p.OIDCToken !== undefined ? oidcTokens.get(p.OIDCToken) : undefined;
    if (token) call.audience = token.audience;
    stsCalls.push(call);
    const answer = stsAnswer(p, token);
    call.outcome = answer.outcome;
    if (answer.outcome === 'ok') {
      const issued = issuedCredentials[issuedCredentials.length - 1];
      if (issued) call.accessKeyId = issued.accessKeyId;
    }
    return answer;
  }

  function stsAnswer(p: Record<string, string>, token: IssuedOidcToken | undefined): Answer {
    if (p.Version !== STS_VERSION) return gatewayError(400, 'InvalidVersion', 'Specified parameter Version is not valid.');
    for (const name of ['RoleArn', 'OIDCProviderArn', 'OIDCToken', 'RoleSessionName']) {
      if (p[name] === undefined || p[name] === '') return missing(name);
    }
    for (const [k, v] of Object.entries(p)) {
      if (v === 'undefined' || v === 'null') {
        return gatewayError(400, 'InvalidParameter', `The parameter ${k} is not valid: its value is the text "${v}".`);
      }
    }
    if (!SESSION_NAME_RE.test(p.RoleSessionName ?? '')) {
      return gatewayError(400, 'InvalidParameter.RoleSessionName', 'The parameter RoleSessionName is wrongly formed.');
    }
    const maxDuration = options.sts?.maxDurationSeconds ?? 43200;
    let durationSeconds = 3600;
    if (p.DurationSeconds !== undefined) {
      const n = /^\d{1,9}$/.test(p.DurationSeconds) ? Number(p.DurationSeconds) : NaN;
      if (!(n >= 900 && n <= maxDuration)) {
        return gatewayError(400, 'InvalidParameter.DurationSeconds', `The Min/Max value of DurationSeconds is 900/${maxDuration} seconds.`);
      }
      durationSeconds = n;
    }
    const sts = options.sts;
    if (!sts) return gatewayError(404, 'EntityNotExist.Role', 'The specified Role not exists (the simulator has no sts option).');
    if (p.OIDCProviderArn !== sts.providerArn) {
      return gatewayError(404, 'EntityNotExist.OIDCProvider', 'The specified OIDC provider does not exist.');
    }
    if (p.RoleArn !== sts.roleArn) return gatewayError(404, 'EntityNotExist.Role', 'The specified Role not exists .');
    if (!token)
      return gatewayError(
        400,
        'AuthenticationFail.OIDCToken.Invalid',
        'The OIDC token is invalid: it was not issued by the trusted issuer.'
      );
    if (Date.now() > token.expiresAt) {
      return gatewayError(400, 'AuthenticationFail.OIDCToken.Expired', 'The OIDC token is expired.');
    }
    if (sts.audiences && !sts.audiences.includes(token.audience)) {
      return gatewayError(
        400,
        'AuthenticationFail.OIDCToken.InvalidAudience',
        `The audience "${token.audience}" of the OIDC token is not a client ID of the OIDC provider.`
      );
    }

    const expiresAt = now() + durationSeconds * 1000;
    const raw = randomBytes(301).toString('base64'); // 301 bytes: ends with "=="
    const securityToken = `CAIS${raw.slice(0, 60)}+${raw.slice(60, 120)}/${raw.slice(120)}`;
    const cred: CredentialSpec = {
      accessKeyId: `STS.${alnum(25)}`,
      accessKeySecret: alnum(44),
      securityToken,
      expiresAt
    };
    credentials.set(cred.accessKeyId, cred);
    issuedCredentials.push(cred);
    return json(
      200,
      {
        RequestId: newRequestId(),
        AssumedRoleUser: {
          AssumedRoleId: `3${alnum(17)}:${p.RoleSessionName}`,
          Arn: `${p.RoleArn}/${p.RoleSessionName}`
        },
        OIDCTokenInfo: {
          Subject: options.oidc?.subject ?? 'repo:octo-org/octo-repo:ref:refs/heads/main',
          Issuer: 'https://token.actions.githubusercontent.com',
          ClientIds: token.audience,
          ExpirationTime: isoSeconds(token.expiresAt),
          IssuanceTime: isoSeconds(token.expiresAt - 5 * 60 * 1000)
        },
        Credentials: {
          SecurityToken: cred.securityToken,
          Expiration: isoSeconds(expiresAt),
          AccessKeySecret: cred.accessKeySecret,
          AccessKeyId: cred.accessKeyId
        }
      },
      'ok'
    );
  }

  // ------------------------------------------------------------------ OIDC

  function issueOidcToken(audience: string): string {
    const iat = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', x5t: alnum(27), kid: alnum(40) };
    const payload = {
      jti: randomUUID(),
      sub: options.oidc?.subject ?? 'repo:octo-org/octo-repo:ref:refs/heads/main',
      aud: audience,
      ref: 'refs/heads/main',
      repository: 'octo-org/octo-repo',
      repository_owner: 'octo-org',
      run_id: '1234567890',
      iss: 'https://token.actions.githubusercontent.com',
      nbf: iat - 5,
      iat,
      exp: iat + 300
    };
    const token = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.${base64url(randomBytes(256))}`;
    oidcTokens.set(token, { audience, expiresAt: (iat + 300) * 1000 });
    return token;
  }

  function handleOidc(req: IncomingMessage, rec: RecordedRequest, query: URLSearchParams): Answer {
    const audience = query.get('audience') ?? '';
    rec.audience = audience;
    if (!options.oidc) return json(404, { message: 'OIDC is not configured in the simulator' }, 'NotConfigured');
    const auth = req.headers.authorization ?? '';
    const m = /^bearer\s+(.+)$/i.exec(auth);
    if (!m || !sameText(m[1] ?? '', options.oidc.requestToken)) {
      return json(401, { message: 'Unauthorized' }, 'Unauthorized');
    }
    if (rec.method !== 'GET') return json(405, { message: 'Method not allowed' }, 'MethodNotAllowed');
    oidcAudiences.push(audience);
    const effective = audience !== '' ? audience : 'https://github.com/octo-org';
    return json(200, { count: 1, value: issueOidcToken(effective) }, 'ok');
  }

  // ------------------------------------------------------------------ HTTP plumbing

  function finish(rec: RecordedRequest, res: ServerResponse, answer: Answer): void {
    rec.status = answer.status;
    rec.outcome = answer.outcome;
    if (answer.requestId !== undefined) rec.requestId = answer.requestId;
    rec.doneAt = Date.now();
    stats.outcomes[answer.outcome] = (stats.outcomes[answer.outcome] ?? 0) + 1;
    if (res.destroyed || res.writableEnded || closed) return;
    const headers: Record<string, string | number> = {
      'content-type': answer.contentType,
      'content-length': Buffer.byteLength(answer.body)
    };
    if (answer.requestId !== undefined) headers['x-acs-request-id'] = answer.requestId;
    res.writeHead(answer.status, headers);
    res.end(answer.body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    stats.requests++;
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    res.on('close', () => {
      stats.inFlight--;
    });

    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');

    const url = req.url ?? '/';
    const qIndex = url.indexOf('?');
    const path = qIndex >= 0 ? url.slice(0, qIndex) : url;
    const query = new URLSearchParams(qIndex >= 0 ? url.slice(qIndex + 1) : '');
    const method = (req.method ?? 'GET').toUpperCase();

    const params: Record<string, string> = {};
    let fromQuery = false;
    let fromBody = false;
    for (const [k, v] of query) {
      if (!(k in params)) params[k] = v;
      fromQuery = true;
    }
    const contentType = String(req.headers['content-type'] ?? '').toLowerCase();
    if (body !== '' && contentType.includes(FORM)) {
      const seen = new Set<string>();
      for (const [k, v] of new URLSearchParams(body)) {
        if (seen.has(k)) continue;
        seen.add(k);
        params[k] = v;
        fromBody = true;
      }
    }

    const kind: RequestKind = path === '/oidc/token' ? 'oidc' : params.Action === STS_ACTION ? 'sts' : 'dts';
    const rec: RecordedRequest = {
      seq: ++seq,
      kind,
      method,
      url,
      path,
      headers: req.headers,
      body,
      via: fromQuery && fromBody ? 'both' : fromBody ? 'body' : fromQuery ? 'query' : 'none',
      params,
      at: Date.now(),
      status: 0,
      outcome: 'pending'
    };
    if (kind !== 'oidc') {
      if (params.Action !== undefined) rec.action = params.Action;
      if (params.SynchronizationJobId !== undefined) rec.jobId = params.SynchronizationJobId;
      const pageNum = intParam(params.PageNum);
      const pageSize = intParam(params.PageSize);
      if (pageNum !== undefined) rec.pageNum = pageNum;
      if (pageSize !== undefined) rec.pageSize = pageSize;
      if (params.AccountId !== undefined) rec.accountId = params.AccountId;
    }
    requests.push(rec);
    if (kind === 'dts') stats.dtsRequests++;
    else if (kind === 'sts') stats.stsRequests++;
    else stats.oidcRequests++;

    const fault = pickFault(kind);
    if (fault !== undefined) {
      rec.fault = fault;
      stats.faults[fault]++;
      if (fault === 'reset') {
        rec.outcome = 'reset';
        rec.doneAt = Date.now();
        stats.outcomes.reset = (stats.outcomes.reset ?? 0) + 1;
        req.socket.destroy();
        return;
      }
      if (fault === 'slow') {
        await sleep(faults?.slowMs ?? 5000, timers);
        if (closed) return;
      } else {
        if (kind === 'dts') await sleep(latencyMs, timers);
        if (closed) return;
        finish(rec, res, faultAnswer(fault));
        return;
      }
    }

    let answer: Answer;
    if (kind === 'oidc') answer = handleOidc(req, rec, query);
    else if (kind === 'sts') answer = handleSts(rec);
    else answer = handleDts(rec);
    if (kind === 'dts') await sleep(latencyMs, timers);
    if (closed) return;
    finish(rec, res, answer);
  }

  const server = createServer({ keepAlive: true }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent || res.destroyed || closed) return;
      const answer = gatewayError(500, 'InternalError', `Simulator failure: ${err instanceof Error ? err.message : String(err)}`);
      res.writeHead(500, { 'content-type': JSON_TYPE });
      res.end(answer.body);
    });
  });
  // Longer than any poll interval tests use, so keep-alive clients rarely race an idle close.
  server.keepAliveTimeout = 30_000;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_err, socket) => {
    socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const endpoint = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | undefined;

  const sim: Simulator = {
    endpoint,
    port,
    oidcRequestUrl: `${endpoint}/oidc/token?api-version=2.0`,
    requests,
    stsCalls,
    oidcAudiences,
    issuedCredentials,
    stats,
    dtsRequests: () => requests.filter((r) => r.kind === 'dts'),
    pollsOf: (jobId) => jobs.get(jobId)?.totalPolls ?? 0,
    setJob: (jobId, scenario) => {
      const old = jobs.get(jobId);
      jobs.set(jobId, { scenario, pageOnes: 0, totalPolls: old?.totalPolls ?? 0 });
    },
    removeJob: (jobId) => {
      jobs.delete(jobId);
    },
    addCredential: (credential) => {
      credentials.set(credential.accessKeyId, { ...credential });
    },
    injectNext: (...kinds) => {
      queues.dts.push(...kinds);
    },
    injectNextFor: (target, ...kinds) => {
      queues[target].push(...kinds);
    },
    setFaults: (next) => {
      faults = next;
      random = next ? new SeededRandom(next.seed) : undefined;
    },
    setLatency: (ms) => {
      latencyMs = ms;
    },
    setClockOffset: (ms) => {
      clockOffset = ms;
    },
    issueOidcToken,
    clearRecords: () => {
      requests.length = 0;
      stsCalls.length = 0;
      oidcAudiences.length = 0;
      stats.requests = 0;
      stats.dtsRequests = 0;
      stats.stsRequests = 0;
      stats.oidcRequests = 0;
      stats.faults = emptyFaultCounts();
      stats.outcomes = {};
      stats.maxInFlight = stats.inFlight;
    },
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        closed = true;
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
        sockets.clear();
      });
      return closing;
    }
  };
  return sim;
}
