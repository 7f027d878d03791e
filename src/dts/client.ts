/**
 * Signed DTS calls through @alicloud/pop-core, checked both ways DTS reports errors (gateway
 * `Code`, and HTTP 200 with `Success: false`): one page of DescribeInitializationStatus (the
 * objects), or DescribeSynchronizationJobStatus (the job as a whole).
 */
import RPCClient from '@alicloud/pop-core';
import type { Credentials } from '../credentials/credentials.js';
import { DtsApiError } from '../errors.js';
import { safeLine } from '../text/safe.js';
import { text, flag } from '../core/scalar.js';
import { apiError, fromThrown } from './apiErrors.js';

const DTS_API_VERSION = '2020-01-01';
const ACTION = 'DescribeInitializationStatus';
export const JOB_STATUS_ACTION = 'DescribeSynchronizationJobStatus';

/** The API actions the action calls. */
type DtsAction = typeof ACTION | typeof JOB_STATUS_ACTION;

/** Fields of which an answer of each action has at least one, when it is not an error. */
const ANSWER_FIELDS: Record<DtsAction, { fields: readonly string[]; what: string }> = {
  [ACTION]: {
    fields: ['Success', 'StructureInitializationDetails', 'DataInitializationDetails', 'DataSynchronizationDetails'],
    what: 'any initialization list'
  },
  [JOB_STATUS_ACTION]: {
    fields: [
      'Success',
      'Status',
      'PrecheckStatus',
      'StructureInitializationStatus',
      'DataInitializationStatus',
      'DataSynchronizationStatus'
    ],
    what: 'any job state'
  }
};

export interface PageRequest {
  jobId: string;
  pageNum: number;
  pageSize: number;
}

/** What the pager needs from a client; tests of the pager give a plain function instead. */
export type FetchPage = (request: PageRequest) => Promise<unknown>;

/** The checked answer body of DescribeSynchronizationJobStatus for one job. */
export type FetchJobStatus = (jobId: string) => Promise<Record<string, unknown>>;

interface DtsClientOptions {
  endpoint: string;
  region: string;
  credentials: Pick<Credentials, 'accessKeyId' | 'accessKeySecret' | 'securityToken' | 'renew'>;
  requestTimeoutMs: number;
  /**
   * Epoch ms by which every call has ended: a call started late gets only the time left, so that
   * no answer holds the step past its timeout plus one request timeout.
   */
  stopAt?: number;
}

type ClientCredentials = DtsClientOptions['credentials'];

/** How DTS refuses a call signed with an STS token whose session has run out. */
const EXPIRED_TOKEN = /^InvalidSecurityToken\.Expired$/;

interface VerboseEntry {
  response?: { statusCode?: number };
}

interface RpcLike {
  request(action: string, params: object, options: object): Promise<unknown>;
  keepAliveAgent?: { destroy(): void };
}

export class DtsClient {
  private rpc: RpcLike;
  private credentials: ClientCredentials;
  /** Clients replaced on renewal: calls may still be in flight on them, so they close last. */
  private readonly retired: RpcLike[] = [];
  private renewing: Promise<void> | undefined;

  constructor(private readonly options: DtsClientOptions) {
    this.credentials = options.credentials;
    this.rpc = rpcClient(options.endpoint, options.credentials);
  }

  /**
   * The answer body of one page, after both error checks. Throws DtsApiError only. A call refused
   * because the STS token expired is made once more with renewed credentials, when they can be.
   */
  readonly fetchPage: FetchPage = ({ jobId, pageNum, pageSize }) =>
    this.request(ACTION, {
      SynchronizationJobId: jobId,
      RegionId: this.options.region,
      PageSize: String(pageSize),
      PageNum: String(pageNum)
    });

  /** The job's own state (no paging), with the same checks and renewal as a page. */
  readonly fetchJobStatus: FetchJobStatus = (jobId) =>
    this.request(JOB_STATUS_ACTION, { SynchronizationJobId: jobId, RegionId: this.options.region });

  private async request(action: DtsAction, params: Record<string, string>): Promise<Record<string, unknown>> {
    const rpc = this.rpc;
    try {
      return await this.call(rpc, action, params);
    } catch (error) {
      if (!(error instanceof DtsApiError) || !EXPIRED_TOKEN.test(error.code) || !this.credentials.renew) throw error;
      await this.renew(rpc, error);
      return this.call(this.rpc, action, params);
    }
  }

  private async call(rpc: RpcLike, action: DtsAction, params: Record<string, string>): Promise<Record<string, unknown>> {
    const timeout = Math.min(this.options.requestTimeoutMs, (this.options.stopAt ?? Infinity) - Date.now());
    if (timeout <= 0) throw new DtsApiError('RequestTimeout', 'no time was left for the call before the timeout', { retryable: true });
    let answer: unknown;
    try {
      // POST keeps the signature, key id and token out of every URL.
      answer = await rpc.request(action, params, { method: 'POST', timeout, formatParams: false });
    } catch (thrown) {
      // pop-core reads `.Code` of the parsed body: a body of `null` makes it throw a TypeError.
      if ((thrown as { name?: unknown } | null)?.name === 'TypeError') {
        throw new DtsApiError('InvalidResponse', 'DTS answered with a JSON body that is not an object', { retryable: true });
      }
      throw fromThrown(thrown, action);
    }
    const [body, entry] = Array.isArray(answer) ? (answer as [unknown, VerboseEntry]) : [answer, undefined];
    return checkBody(body, entry?.response?.statusCode, action);
  }

  /**
   * Replaces the credentials that `expired` was made with, once however many calls found them
   * expired at the same time. @throws DtsApiError (the expiry, and why renewing failed)
   */
  private async renew(expired: RpcLike, error: DtsApiError): Promise<void> {
    if (this.rpc !== expired) return; // another call has renewed them already
    const renew = this.credentials.renew!;
    this.renewing ??= (async () => {
      try {
        const fresh = await renew();
        this.retired.push(this.rpc);
        this.credentials = fresh;
        this.rpc = rpcClient(this.options.endpoint, fresh);
      } finally {
        this.renewing = undefined;
      }
    })();
    try {
      await this.renewing;
    } catch (thrown) {
      // Renewal errors are ours and already clean; anything else thrown is not.
      const why = safeLine(thrown instanceof Error ? thrown.message : String(thrown), 500);
      throw new DtsApiError(error.code, `${error.message}; renewing the temporary credentials failed: ${why}`, {
        ...error.options,
        retryable: false
      });
    }
  }

  /** Closes the keep-alive sockets so that the process can exit at once. */
  close(): void {
    for (const rpc of [this.rpc, ...this.retired]) rpc.keepAliveAgent?.destroy();
  }
}

function rpcClient(endpoint: string, credentials: ClientCredentials): RpcLike {
  const config: RPCClient.Config = {
    endpoint,
    apiVersion: DTS_API_VERSION,
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret
  };
  // pop-core would send an absent token as the text "undefined".
  if (credentials.securityToken) config.securityToken = credentials.securityToken;
  // Verbose mode hands back the HTTP status, which pop-core otherwise drops.
  const Client = RPCClient as unknown as new (config: RPCClient.Config, verbose: boolean) => RpcLike;
  return new Client(config, true);
}

/**
 * The error checks pop-core leaves to us: `Success: false`, HTTP errors without a `Code`, and an
 * answer with none of the fields `action` answers with.
 */
export function checkBody(body: unknown, httpStatus: number | undefined, action: DtsAction = ACTION): Record<string, unknown> {
  const record = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  const requestId = record ? text(record.RequestId) || undefined : undefined;
  if (record && (flag(record.Success) === false || (record.ErrCode !== undefined && flag(record.Success) !== true))) {
    return fail(apiError(text(record.ErrCode) || 'UnknownError', text(record.ErrMessage) || undefined, requestId, httpStatus, action));
  }
  if (httpStatus !== undefined && httpStatus >= 400) {
    const options: ConstructorParameters<typeof DtsApiError>[2] = { retryable: httpStatus >= 500 || httpStatus === 429, httpStatus };
    if (requestId) options.requestId = requestId;
    return fail(new DtsApiError('HttpError', `DTS answered HTTP ${httpStatus} without an error code`, options));
  }
  if (!record) {
    return fail(new DtsApiError('InvalidResponse', 'DTS answered with something other than a JSON object', { retryable: true }));
  }
  // Only true and false, as booleans or text, say how the call went: `[false]`, `null` or `"no"`
  // is a malformed answer, never a success.
  if (record.Success !== undefined && flag(record.Success) === undefined) {
    const kind = Array.isArray(record.Success) ? 'array' : record.Success === null ? 'null' : typeof record.Success;
    return fail(
      new DtsApiError('InvalidResponse', `DTS answered with a Success that is neither true nor false (${kind})`, { retryable: true })
    );
  }
  const expected = ANSWER_FIELDS[action];
  if (!expected.fields.some((key) => key in record)) {
    return fail(new DtsApiError('InvalidResponse', `DTS answered without Success or ${expected.what}`, { retryable: true }));
  }
  return record;
}

function fail(error: DtsApiError): never {
  throw error;
}
