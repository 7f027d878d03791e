/**
 * One signed DescribeInitializationStatus call through @alicloud/pop-core, checked both ways DTS
 * reports errors (gateway `Code`, and HTTP 200 with `Success: false`).
 */
import RPCClient from '@alicloud/pop-core';
import type { Credentials } from '../credentials/credentials.js';
import { DtsApiError } from '../errors.js';
import { text, flag } from '../core/scalar.js';
import { apiError, fromThrown } from './errors.js';

export const DTS_API_VERSION = '2020-01-01';
const ACTION = 'DescribeInitializationStatus';

export interface PageRequest {
  jobId: string;
  pageNum: number;
  pageSize: number;
}

/** What the pager needs from a client; tests of the pager give a plain function instead. */
export type FetchPage = (request: PageRequest) => Promise<unknown>;

export interface DtsClientOptions {
  endpoint: string;
  region: string;
  credentials: Pick<Credentials, 'accessKeyId' | 'accessKeySecret' | 'securityToken'>;
  requestTimeoutMs: number;
}

interface VerboseEntry {
  response?: { statusCode?: number };
}

interface RpcLike {
  request(action: string, params: object, options: object): Promise<unknown>;
  keepAliveAgent?: { destroy(): void };
}

export class DtsClient {
  private readonly rpc: RpcLike;

  constructor(private readonly options: DtsClientOptions) {
    const config: RPCClient.Config = {
      endpoint: options.endpoint,
      apiVersion: DTS_API_VERSION,
      accessKeyId: options.credentials.accessKeyId,
      accessKeySecret: options.credentials.accessKeySecret
    };
    // pop-core would send an absent token as the text "undefined".
    if (options.credentials.securityToken) config.securityToken = options.credentials.securityToken;
    // Verbose mode hands back the HTTP status, which pop-core otherwise drops.
    const Client = RPCClient as unknown as new (config: RPCClient.Config, verbose: boolean) => RpcLike;
    this.rpc = new Client(config, true);
  }

  /** The answer body of one page, after both error checks. Throws DtsApiError only. */
  readonly fetchPage: FetchPage = async ({ jobId, pageNum, pageSize }) => {
    const params = { SynchronizationJobId: jobId, RegionId: this.options.region, PageSize: String(pageSize), PageNum: String(pageNum) };
    let answer: unknown;
    try {
      // POST keeps the signature, key id and token out of every URL.
      answer = await this.rpc.request(ACTION, params, { method: 'POST', timeout: this.options.requestTimeoutMs, formatParams: false });
    } catch (thrown) {
      throw fromThrown(thrown);
    }
    const [body, entry] = Array.isArray(answer) ? (answer as [unknown, VerboseEntry]) : [answer, undefined];
    return checkBody(body, entry?.response?.statusCode);
  };

  /** Closes the keep-alive sockets so that the process can exit at once. */
  close(): void {
    this.rpc.keepAliveAgent?.destroy();
  }
}

/** The error checks pop-core leaves to us: `Success: false`, and HTTP errors without a `Code`. */
export function checkBody(body: unknown, httpStatus: number | undefined): Record<string, unknown> {
  const record = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  const requestId = record ? text(record.RequestId) || undefined : undefined;
  if (record && (flag(record.Success) === false || (record.ErrCode !== undefined && flag(record.Success) !== true))) {
    return fail(apiError(text(record.ErrCode) || 'UnknownError', text(record.ErrMessage) || undefined, requestId, httpStatus));
  }
  if (httpStatus !== undefined && httpStatus >= 400) {
    const options: ConstructorParameters<typeof DtsApiError>[2] = { retryable: httpStatus >= 500 || httpStatus === 429, httpStatus };
    if (requestId) options.requestId = requestId;
    return fail(new DtsApiError('HttpError', `DTS answered HTTP ${httpStatus} without an error code`, options));
  }
  if (!record) {
    return fail(new DtsApiError('InvalidResponse', 'DTS answered with something other than a JSON object', { retryable: true }));
  }
  const known = ['Success', 'StructureInitializationDetails', 'DataInitializationDetails', 'DataSynchronizationDetails'];
  if (!known.some((key) => key in record)) {
    return fail(new DtsApiError('InvalidResponse', 'DTS answered without Success or any initialization list', { retryable: true }));
  }
  return record;
}

function fail(error: DtsApiError): never {
  throw error;
}
